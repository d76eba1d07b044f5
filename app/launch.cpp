#include "launch.h"

#include "appservices.h"
#include "common/settingkeys.h"
#include "common/settings.h"
#include "networkmodule.h"

#include <QCoreApplication>

namespace aria::app {
namespace {

struct Parser {
    QCommandLineParser parser;
    QCommandLineOption help{{QStringLiteral("h"), QStringLiteral("help")},
                            QCoreApplication::translate("Launch", "Show this help and exit.")};
    QCommandLineOption version{{QStringLiteral("v"), QStringLiteral("version")},
                               QCoreApplication::translate("Launch", "Show the version and exit.")};
    QCommandLineOption quitAfterFirstPaint{
        QStringLiteral("quit-after-first-paint"),
        QCoreApplication::translate("Launch", "Exit with status 0 right after the window's first frame is painted.")};
    QCommandLineOption minimised{
        QStringLiteral("minimised"),
        QCoreApplication::translate("Launch", "Start hidden in the system tray (shown normally when there is no tray).")};
    QCommandLineOption language{
        QStringLiteral("lang"),
        QCoreApplication::translate("Launch", "Use this language for this run: en, de, fr, es or system (overrides the setting)."),
        QCoreApplication::translate("Launch", "code")};

    Parser()
    {
        parser.setApplicationDescription(
            QCoreApplication::translate("Launch", "Connect work accounts through OAuth and see their state."));
        parser.addOptions({help, version, quitAfterFirstPaint, minimised, language});
        parser.addPositionalArgument(QStringLiteral("command"),
                                     QCoreApplication::translate("Launch", "A command (see below); none starts the window."),
                                     QStringLiteral("[command [args...]]"));
        parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    }
};

}  // namespace

LaunchOptions parseLaunchOptions(const QStringList &arguments)
{
    Parser p;
    LaunchOptions options;
    if (!p.parser.parse(arguments)) {
        options.error = p.parser.errorText();
        return options;
    }
    options.help = p.parser.isSet(p.help);
    options.version = p.parser.isSet(p.version);
    options.quitAfterFirstPaint = p.parser.isSet(p.quitAfterFirstPaint);
    options.minimised = p.parser.isSet(p.minimised);
    options.command = p.parser.positionalArguments();
    if (p.parser.isSet(p.language)) {
        options.language = p.parser.value(p.language);
        static const QStringList known{QStringLiteral("system"), QStringLiteral("en"), QStringLiteral("de"),
                                       QStringLiteral("fr"), QStringLiteral("es")};
        if (!known.contains(options.language))
            options.error = QCoreApplication::translate("Launch", "--lang takes en, de, fr, es or system.");
    }
    return options;
}

QString helpText()
{
    Parser p;
    QString text = p.parser.helpText();
    text += QLatin1Char('\n') + QCoreApplication::translate("Launch", "Commands:") + QLatin1Char('\n');
    if (ServicesModule *module = networkModule())
        text += module->commandsHelp();
    else
        text += QStringLiteral("  ") + networkModuleError() + QLatin1Char('\n');
    return text;
}

void setApplicationIdentity()
{
    QCoreApplication::setApplicationName(QStringLiteral("aria-integrations"));
    QCoreApplication::setOrganizationName(QStringLiteral("ARIA"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ARIA_VERSION));
}

}  // namespace aria::app

namespace aria::app {

QString configuredLanguage() { return Settings().value(setting::language); }

QString chosenLanguage(const LaunchOptions &options)
{
    return options.language.isEmpty() ? configuredLanguage() : options.language;
}

}  // namespace aria::app
