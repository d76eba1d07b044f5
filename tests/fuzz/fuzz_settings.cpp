// libFuzzer harness for Settings validation (what `config set KEY VALUE` accepts): any key and
// value, or a known key with any value. Invariants: only known keys are ever stored; a refused
// value leaves the stored one unchanged and says why; an accepted value reads back identically,
// also from a fresh Settings on the same INI file (so no value can break the file's syntax).
#include "common/settings.h"
#include "domain/integration.h"

#include "fuzzcheck.h"

#include <QCoreApplication>
#include <QTemporaryDir>

#include <fuzzer/FuzzedDataProvider.h>

#include <cstdint>
#include <cstdlib>

namespace {

using fuzz::check;

QCoreApplication *g_app = nullptr;
QTemporaryDir *g_dir = nullptr;
QStringList g_knownKeys;

}  // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    g_app = new QCoreApplication(*argc, *argv);
    g_dir = new QTemporaryDir;
    if (!g_dir->isValid())
        std::abort();
    g_knownKeys = aria::Settings::globalKeys();
    for (const auto &spec : aria::builtInIntegrations())
        for (const QString &suffix : aria::Settings::perIntegrationSuffixes())
            g_knownKeys << spec.id + QLatin1Char('.') + suffix;
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FuzzedDataProvider in(data, size);
    const quint8 selector = in.ConsumeIntegral<quint8>();
    const QString key = selector < g_knownKeys.size()
                            ? g_knownKeys.at(selector)
                            : QString::fromUtf8(QByteArray::fromStdString(in.ConsumeRandomLengthString(80)));
    const QString value = QString::fromUtf8(QByteArray::fromStdString(in.ConsumeRemainingBytesAsString()));
    const QString file = g_dir->filePath(QStringLiteral("settings.ini"));

    aria::Settings settings(file);
    const QString before = settings.get(key);
    QString error;
    const bool accepted = settings.set(key, value, &error);
    if (accepted) {
        check(aria::Settings::isKnownKey(key));
        check(settings.get(key) == value);
        check(aria::Settings(file).get(key) == value);
    } else {
        check(!error.isEmpty());
        check(settings.get(key) == before);
    }
    aria::Settings::describe(key);
    return 0;
}
