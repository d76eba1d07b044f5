#pragma once

#include "settingvalue.h"

#include <QSettings>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <memory>

namespace aria {

// The app's non-secret settings in an INI file under the XDG config dir (0600 in 0700).
// Every setting is listed in settingkeys.h; code uses the typed value()/setValue() with those
// (settings.value(setting::theme)). The command line's `config get/set` and the settings dialog
// hold keys as text and go through get()/set(), which look the key up in the same table.
// Both validate values the same way. Writing a setting has no other effect: whoever changes
// ui.autostart or ui.start_minimised applies the login entry (Autostart::follow).
// Secrets never go here: see the keychain.
class Settings
{
public:
    explicit Settings(const QString &file = QString());  // empty: AppPaths::settingsFile()
    ~Settings();

    // Known keys: the global ones and, for every integration id, "<id>.<suffix>" (settingkeys.h).
    static QStringList globalKeys();
    static QStringList perIntegrationSuffixes();
    static bool isKnownKey(const QString &key);
    static QString describe(const QString &key);
    // The table entry of a key typed as text; null for unknown keys.
    static const SettingDef *definition(const QString &key);

    template <typename T>
    T value(const SettingValue<T> &setting) const { return SettingCodec<T>::decode(get(setting.key())); }
    template <typename T>
    T value(const IntegrationSettingValue<T> &setting, const QString &integrationId) const
    {
        return SettingCodec<T>::decode(get(setting.key(integrationId)));
    }
    // Validated like set(); false with a message for the user on a bad value or a write error.
    template <typename T>
    bool setValue(const SettingValue<T> &setting, const T &value, QString *error = nullptr)
    {
        return set(setting.key(), SettingCodec<T>::encode(value), error);
    }
    template <typename T>
    bool setValue(const IntegrationSettingValue<T> &setting, const QString &integrationId, const T &value,
                  QString *error = nullptr)
    {
        return set(setting.key(integrationId), SettingCodec<T>::encode(value), error);
    }
    template <typename T>
    bool unset(const IntegrationSettingValue<T> &setting, const QString &integrationId, QString *error = nullptr)
    {
        return unset(setting.key(integrationId), error);
    }

    // Current value, or the default; empty for unset keys without a default.
    QString get(const QString &key) const;
    // Validates and stores (nothing else); on bad input returns false with a message for the user.
    bool set(const QString &key, const QString &value, QString *error);
    // false when the file could not be written (then error says so).
    bool unset(const QString &key, QString *error = nullptr);
    // What set() would refuse about key and value (unknown key, bad value); empty when fine.
    static QString problemWith(const QString &key, const QString &value);
    bool sync(QString *error = nullptr);

    // How Composio is reached: "cloud" (ARIA's Edge Function, with the user's Supabase session;
    // the app holds no Composio key) or "key" (the user's own Composio API key). The setting
    // composio.via, else cloud once a Supabase project is configured, else key.
    QString composioVia() const;
    // The Edge Function's URL: composio.broker_url, else <supabase.url>/functions/v1/composio;
    // invalid when neither is set.
    QUrl composioBrokerUrl() const;
    // Composio API base URL: ARIA_COMPOSIO_BASE_URL, else the setting, else the default.
    QString composioBaseUrl() const;
    // A stable random id for this profile, created on first use (Composio user_id while
    // signed out of Supabase).
    QString localUserId();

    QString fileName() const;

private:
    std::unique_ptr<QSettings> m_settings;
};

}  // namespace aria
