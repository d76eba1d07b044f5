#include "settings.h"

#include "apppaths.h"
#include "autostart.h"
#include "savefile.h"
#include "serviceurl.h"
#include "domain/integration.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QUrl>
#include <QUuid>

namespace aria {
namespace {


struct KeyDef {
    const char *name;  // full key, or the suffix after "<id>." for per-integration keys
    const char *description;
    const char *defaultValue;
};

constexpr KeyDef kGlobal[] = {
    {"composio.base_url", QT_TRANSLATE_NOOP("Settings", "Composio API base URL (or a proxy that holds the key)"),
     "https://backend.composio.dev/api/v3.1"},
    {"composio.via", QT_TRANSLATE_NOOP("Settings", "cloud (through ARIA's server, signed in) or key (your own Composio API key); empty: cloud once a Supabase project is set"), ""},
    {"composio.broker_url", QT_TRANSLATE_NOOP("Settings", "ARIA's Composio function (empty: <supabase.url>/functions/v1/composio)"), ""},
    {"connect.timeout", QT_TRANSLATE_NOOP("Settings", "Seconds a connect flow waits for the browser"), "600"},
    {"supabase.url", QT_TRANSLATE_NOOP("Settings", "Supabase project URL"), ""},
    {"supabase.anon_key", QT_TRANSLATE_NOOP("Settings", "Supabase anon (public) key"), ""},
    {"ui.theme", QT_TRANSLATE_NOOP("Settings", "system, light or dark"), "system"},
    {"ui.reduced_motion", QT_TRANSLATE_NOOP("Settings", "system, on or off"), "system"},
    {"ui.language", QT_TRANSLATE_NOOP("Settings", "system, en, de, fr or es"), "system"},
    {"ui.autostart", QT_TRANSLATE_NOOP("Settings", "Start at login (true or false)"), "false"},
    {"ui.start_minimised", QT_TRANSLATE_NOOP("Settings", "Start hidden in the tray (true or false)"), "false"},
    {"ui.tray_hint_shown", QT_TRANSLATE_NOOP("Settings", "The \"still running in the tray\" notice was shown"), "false"},
    {"sync.paused", QT_TRANSLATE_NOOP("Settings", "Pause background sync (true or false)"), "false"},
};

constexpr KeyDef kPerIntegration[] = {
    {"mode", QT_TRANSLATE_NOOP("Settings", "composio or direct"), "composio"},
    {"client_id", QT_TRANSLATE_NOOP("Settings", "OAuth client id for direct mode"), ""},
    {"redirect_port", QT_TRANSLATE_NOOP("Settings", "Fixed port of the sign-in redirect in direct mode (empty: any free port)"), ""},
    {"auth_config_id", QT_TRANSLATE_NOOP("Settings", "Composio auth config id (found or created automatically when empty)"), ""},
};

const KeyDef *findDef(const QString &key)
{
    for (const KeyDef &def : kGlobal) {
        if (key == QLatin1String(def.name))
            return &def;
    }
    const qsizetype dot = key.lastIndexOf(QLatin1Char('.'));
    if (dot <= 0 || !isValidIntegrationId(QStringView(key).left(dot)))
        return nullptr;
    const QStringView suffix = QStringView(key).mid(dot + 1);
    for (const KeyDef &def : kPerIntegration) {
        if (suffix == QLatin1String(def.name))
            return &def;
    }
    return nullptr;
}

bool oneOf(const QString &value, std::initializer_list<const char *> allowed)
{
    for (const char *a : allowed) {
        if (value == QLatin1String(a))
            return true;
    }
    return false;
}

// Empty when the value fits the key, else what is wrong with it.
QString validate(const QString &key, const QString &value)
{
    if (key == u"composio.via")
        return value.isEmpty() || oneOf(value, {"cloud", "key"}) ? QString()
                                                                  : QCoreApplication::translate("Settings", "Expected cloud or key.");
    if (key.endsWith(QLatin1String("url"))) {
        // Every URL setting names a service the app sends keys or tokens to.
        QString why;
        return value.isEmpty() || isAcceptableServiceUrl(QUrl(value, QUrl::StrictMode), &why) ? QString() : why;
    }
    if (key == u"connect.timeout") {
        bool ok = false;
        const int seconds = value.toInt(&ok);
        return ok && seconds >= 10 && seconds <= 3600 ? QString()
                                                      : QCoreApplication::translate("Settings", "Expected a number of seconds from 10 to 3600.");
    }
    if (key == u"ui.theme")
        return oneOf(value, {"system", "light", "dark"}) ? QString() : QCoreApplication::translate("Settings", "Expected system, light or dark.");
    if (key == u"ui.reduced_motion")
        return oneOf(value, {"system", "on", "off"}) ? QString() : QCoreApplication::translate("Settings", "Expected system, on or off.");
    if (key == u"ui.language")
        return oneOf(value, {"system", "en", "de", "fr", "es"}) ? QString()
                                                                 : QCoreApplication::translate("Settings", "Expected system, en, de, fr or es.");
    if (key == u"ui.autostart" || key == u"ui.start_minimised" || key == u"ui.tray_hint_shown" || key == u"sync.paused")
        return oneOf(value, {"true", "false"}) ? QString() : QCoreApplication::translate("Settings", "Expected true or false.");
    if (key.endsWith(QLatin1String(".redirect_port"))) {
        bool ok = false;
        const uint port = value.toUInt(&ok);
        return value.isEmpty() || (ok && port >= 1024 && port <= 65535)
            ? QString()
            : QCoreApplication::translate("Settings", "Expected a port number from 1024 to 65535.");
    }
    if (key.endsWith(QLatin1String(".mode")))
        return oneOf(value, {"composio", "direct"}) ? QString() : QCoreApplication::translate("Settings", "Expected composio or direct.");
    for (QChar c : value) {
        if (c.isSpace() || !c.isPrint())
            return QCoreApplication::translate("Settings", "The value must not contain spaces or control characters.");
    }
    return QString();
}

}  // namespace

Settings::Settings(const QString &file)
{
    const QString path = file.isEmpty() ? AppPaths::settingsFile() : file;
    AppPaths::ensurePrivateDir(QFileInfo(path).absolutePath());
    m_settings = std::make_unique<QSettings>(path, QSettings::IniFormat);
}

Settings::~Settings() { sync(); }

QStringList Settings::globalKeys()
{
    QStringList keys;
    for (const KeyDef &def : kGlobal)
        keys << QString::fromLatin1(def.name);
    return keys;
}

QStringList Settings::perIntegrationSuffixes()
{
    QStringList keys;
    for (const KeyDef &def : kPerIntegration)
        keys << QString::fromLatin1(def.name);
    return keys;
}

bool Settings::isKnownKey(const QString &key) { return findDef(key) != nullptr; }

QString Settings::describe(const QString &key)
{
    const KeyDef *def = findDef(key);
    return def ? QCoreApplication::translate("Settings", def->description) : QString();
}

QString Settings::get(const QString &key) const
{
    const KeyDef *def = findDef(key);
    const QString fallback = def ? QString::fromLatin1(def->defaultValue) : QString();
    return m_settings->value(key, fallback).toString();
}

QString Settings::problemWith(const QString &key, const QString &value)
{
    if (!isKnownKey(key))
        return QCoreApplication::translate("Settings", "Unknown setting \"%1\".").arg(key);
    const QString problem = validate(key, value);
    if (!problem.isEmpty())
        return QCoreApplication::translate("Settings", "Invalid value for %1: %2").arg(key, problem);
    return QString();
}

bool Settings::set(const QString &key, const QString &value, QString *error)
{
    const QString problem = problemWith(key, value);
    if (!problem.isEmpty()) {
        if (error)
            *error = problem;
        return false;
    }
    m_settings->setValue(key, value);
    if (!sync(error))
        return false;
    // The login entry follows its settings whoever changes them (window or command line).
    if (key == u"ui.autostart" || key == u"ui.start_minimised")
        return Autostart::apply(get(QStringLiteral("ui.autostart")) == u"true",
                                get(QStringLiteral("ui.start_minimised")) == u"true",
                                QCoreApplication::applicationFilePath(), error);
    return true;
}

bool Settings::unset(const QString &key, QString *error)
{
    m_settings->remove(key);
    if (!sync(error))
        return false;
    if (key == u"ui.autostart" || key == u"ui.start_minimised")
        return Autostart::apply(get(QStringLiteral("ui.autostart")) == u"true",
                                get(QStringLiteral("ui.start_minimised")) == u"true",
                                QCoreApplication::applicationFilePath(), error);
    return true;
}

bool Settings::sync(QString *error)
{
    m_settings->sync();
    if (m_settings->status() != QSettings::NoError) {
        if (error)
            *error = QCoreApplication::translate("Settings", "Cannot write the settings file %1.").arg(m_settings->fileName())
                + QLatin1Char(' ') + diskProblemAdvice();
        return false;
    }
    return AppPaths::restrictFile(m_settings->fileName(), error);
}

QString Settings::composioVia() const
{
    const QString via = get(QStringLiteral("composio.via"));
    if (!via.isEmpty())
        return via;
    return get(QStringLiteral("supabase.url")).isEmpty() ? QStringLiteral("key") : QStringLiteral("cloud");
}

QUrl Settings::composioBrokerUrl() const
{
    const QString configured = get(QStringLiteral("composio.broker_url"));
    if (!configured.isEmpty())
        return QUrl(configured);
    const QString project = get(QStringLiteral("supabase.url"));
    if (project.isEmpty())
        return {};
    QUrl url(project);
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    url.setPath(path + QStringLiteral("/functions/v1/composio"));
    return url;
}

QString Settings::composioBaseUrl() const
{
    const QString fromEnv = qEnvironmentVariable("ARIA_COMPOSIO_BASE_URL");
    return fromEnv.isEmpty() ? get(QStringLiteral("composio.base_url")) : fromEnv;
}

QString Settings::localUserId()
{
    const QString key = QStringLiteral("profile/local_user_id");
    QString id = m_settings->value(key).toString();
    if (QUuid::fromString(id).isNull()) {
        id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        m_settings->setValue(key, id);
        sync();
    }
    return id;
}

QString Settings::fileName() const { return m_settings->fileName(); }

}  // namespace aria
