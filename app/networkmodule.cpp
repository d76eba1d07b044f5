#include "networkmodule.h"

#include "appservices.h"
#include "common/logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLibrary>

namespace aria::app {
namespace {

struct Loaded {
    ServicesModule *module = nullptr;
    QString error;
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
    // Never unloaded: its objects live until the process ends.
    auto *library = new QLibrary(path);
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

} // namespace aria::app
