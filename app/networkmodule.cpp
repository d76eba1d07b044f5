#include "networkmodule.h"

#include "appservices.h"
#include "common/logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLibrary>

#include <memory>

namespace aria::app {
#ifndef ARIA_STATIC_MODULE
namespace {

struct Loaded {
    ServicesModule *module = nullptr;
    QString error;
    std::unique_ptr<QLibrary> library; // never unloaded: its objects live until the process ends
};

QStringList candidates()
{
    const QDir bin(QCoreApplication::applicationDirPath());
    return { bin.filePath(QStringLiteral("aria-services.so")),
        QDir::cleanPath(bin.filePath(QStringLiteral(ARIA_MODULE_DIR "/aria-services.so"))) };
}

Loaded load()
{
    Loaded loaded;
    QString path;
    for (const QString &candidate : candidates()) {
        if (QFileInfo::exists(candidate)) {
            path = candidate;
            break;
        }
    }
    if (path.isEmpty()) {
        loaded.error = QCoreApplication::translate("NetworkModule",
            "ARIA Integrations cannot find its network module (looked for %1). Reinstall it.")
                           .arg(candidates().join(QStringLiteral(", ")));
        return loaded;
    }
    loaded.library = std::make_unique<QLibrary>(path); // ~QLibrary does not unload it
    QLibrary *library = loaded.library.get();
    const auto entry = reinterpret_cast<AriaServicesModuleEntry>(library->resolve("aria_services_module"));
    if (!entry) {
        loaded.error = QCoreApplication::translate("NetworkModule",
            "ARIA Integrations cannot load its network module %1: %2. Reinstall it.")
                           .arg(path, library->errorString());
        return loaded;
    }
    loaded.module = entry();
    qCDebug(lcApp).noquote() << "network module loaded from" << path;
    return loaded;
}

const Loaded &loadedOnce()
{
    static const Loaded loaded = load();
    return loaded;
}

} // namespace

ServicesModule *networkModule() { return loadedOnce().module; }

QString networkModuleError() { return loadedOnce().error; }
#else
} // namespace aria::app
extern "C" aria::app::ServicesModule *aria_services_module();
namespace aria::app {
// Linked in (Windows; ARIA_SERVICES_MODULE=OFF on Linux): nothing to load.
ServicesModule *networkModule() { return aria_services_module(); }
QString networkModuleError() { return {}; }
#endif

} // namespace aria::app
