#include "settings.h"

#include "apppaths.h"
#include "savefile.h"
#include "settingkeys.h"
#include "serviceurl.h"
#include "domain/integration.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QUrl>
#include <QUuid>

namespace aria {
namespace {

const SettingDef *findDef(const QString &key)
{
    for (const SettingDef *def : setting::kAll) {
        if (def->scope == SettingScope::Global && key == QLatin1String(def->name))
            return def;
    }
    const qsizetype dot = key.lastIndexOf(QLatin1Char('.'));
    if (dot <= 0 || !isValidIntegrationId(QStringView(key).left(dot)))
        return nullptr;
    const QStringView suffix = QStringView(key).mid(dot + 1);
    for (const SettingDef *def : setting::kAll) {
        if (def->scope == SettingScope::PerIntegration && suffix == QLatin1String(def->name))
            return def;
    }
    return nullptr;
}

QString expected(const SettingDef &def) { return QCoreApplication::translate("Settings", def.expected); }

// Empty when the value fits the setting, else what is wrong with it.
QString validate(const SettingDef &def, const QString &value)
{
    switch (def.kind) {
    case SettingKind::Url: {
        // Every URL setting names a service the app sends keys or tokens to.
        QString why;
        return value.isEmpty() || isAcceptableServiceUrl(QUrl(value, QUrl::StrictMode), &why) ? QString() : why;
    }
    case SettingKind::Number: {
        bool ok = false;
        const int n = value.toInt(&ok);
        return ok && n >= def.min && n <= def.max ? QString() : expected(def);
    }
    case SettingKind::Port: {
        bool ok = false;
        const uint port = value.toUInt(&ok);
        return value.isEmpty() || (ok && port >= uint(def.min) && port <= uint(def.max)) ? QString() : expected(def);
    }
    case SettingKind::Flag:
        return value == u"true" || value == u"false" ? QString() : expected(def);
    case SettingKind::Choice:
        for (std::size_t i = 0; i < def.choices.count; ++i) {
            if (value == QLatin1String(def.choices.items[i]))
                return QString();
        }
        return expected(def);
    case SettingKind::Text:
        for (QChar c : value) {
            if (c.isSpace() || !c.isPrint())
                return expected(def);
        }
        return QString();
    }
    return expected(def);
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
    for (const SettingDef *def : setting::kAll) {
        if (def->scope == SettingScope::Global)
            keys << QString::fromLatin1(def->name);
    }
    return keys;
}

QStringList Settings::perIntegrationSuffixes()
{
    QStringList keys;
    for (const SettingDef *def : setting::kAll) {
        if (def->scope == SettingScope::PerIntegration)
            keys << QString::fromLatin1(def->name);
    }
    return keys;
}

const SettingDef *Settings::definition(const QString &key) { return findDef(key); }

bool Settings::isKnownKey(const QString &key) { return findDef(key) != nullptr; }

QString Settings::describe(const QString &key)
{
    const SettingDef *def = findDef(key);
    return def ? QCoreApplication::translate("Settings", def->help) : QString();
}

QString Settings::get(const QString &key) const
{
    const SettingDef *def = findDef(key);
    const QString fallback = def ? QString::fromLatin1(def->defaultValue) : QString();
    return m_settings->value(key, fallback).toString();
}

QString Settings::problemWith(const QString &key, const QString &value)
{
    const SettingDef *def = findDef(key);
    if (!def)
        return QCoreApplication::translate("Settings", "Unknown setting \"%1\".").arg(key);
    const QString problem = validate(*def, value);
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
    return sync(error);
}

bool Settings::unset(const QString &key, QString *error)
{
    m_settings->remove(key);
    return sync(error);
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
    const QString via = value(setting::composioVia);
    if (!via.isEmpty())
        return via;
    return value(setting::supabaseUrl).isEmpty() ? QStringLiteral("key") : QStringLiteral("cloud");
}

QUrl Settings::composioBrokerUrl() const
{
    const QUrl configured = value(setting::composioBrokerUrl);
    if (!configured.isEmpty())
        return configured;
    QUrl url = value(setting::supabaseUrl);
    if (url.isEmpty())
        return {};
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    url.setPath(path + QStringLiteral("/functions/v1/composio"));
    return url;
}

QString Settings::composioBaseUrl() const
{
    const QString fromEnv = qEnvironmentVariable("ARIA_COMPOSIO_BASE_URL");
    return fromEnv.isEmpty() ? value(setting::composioBaseUrl).toString() : fromEnv;
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
