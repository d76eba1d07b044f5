// aria-integrations: the window when started without a command, else the command line.
#include "appservices.h"
#include "guiapp.h"
#include "launch.h"
#include "networkmodule.h"
#include "translator.h"

#include <QApplication>
#include <QTextStream>

#include "common/processprobe.h"
#include "platform/process.h"

#include <cstdio>
#include <cstdlib>

namespace {

// Qt aborts (and dumps core) when no platform plugin can start, e.g. DISPLAY points at a
// dead X server. During start-up keep Qt's messages back and turn that into one line and a
// plain non-zero exit; on success the kept messages are replayed.
QList<std::pair<QtMsgType, QString>> g_startupMessages;

void startupMessageHandler(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    if (type == QtFatalMsg) {
        std::fputs("aria-integrations: cannot open a window: no usable display.\n", stderr);
        std::fflush(stderr);
        std::_Exit(1);
    }
    g_startupMessages.append({type, message});
}

}  // namespace

int main(int argc, char *argv[])
{
    aria::platform::hardenProcess();  // private files, no core dumps
    aria::setProcessProbe(&aria::platform::processRuns);
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    const aria::app::LaunchOptions options = aria::app::parseLaunchOptions(arguments);

    if (!options.error.isEmpty() || options.help || options.version || !options.command.isEmpty()) {
        QCoreApplication app(argc, argv);
        aria::app::setApplicationIdentity();
        aria::installTranslations(aria::app::chosenLanguage(options));
        QTextStream out(stdout);
        if (!options.error.isEmpty()) {
            QTextStream(stderr) << options.error << Qt::endl << aria::app::helpText();
            return 2;
        }
        if (options.help) {
            out << aria::app::helpText();
            return 0;
        }
        if (options.version) {
            out << QCoreApplication::applicationName() << QLatin1Char(' ') << QCoreApplication::applicationVersion()
                << Qt::endl;
            return 0;
        }
        aria::app::ServicesModule *module = aria::app::networkModule();
        if (!module) {
            QTextStream(stderr) << QStringLiteral("aria-integrations: ") << aria::app::networkModuleError() << Qt::endl;
            return 1;
        }
        return module->runCommand(options.command);
    }

    if (!aria::app::displayAvailable()) {
        std::fputs("aria-integrations: no display available (DISPLAY and WAYLAND_DISPLAY are unset); "
                   "see --help for the command line.\n",
                   stderr);
        return 1;
    }
    const QtMessageHandler previous = qInstallMessageHandler(startupMessageHandler);
    QApplication app(argc, argv);
    qInstallMessageHandler(previous);
    for (const auto &[type, message] : std::as_const(g_startupMessages))
        previous(type, QMessageLogContext(), message);
    g_startupMessages.clear();
    aria::app::setApplicationIdentity();
    aria::installTranslations(aria::app::chosenLanguage(options));
    return aria::app::runGui(options);
}
