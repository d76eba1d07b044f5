#pragma once

// Every setting of the app, in one place: key, value type, default, help text for `config list`
// and the rule a value must follow. Code reads and writes them through Settings::value() and
// Settings::setValue(); the command line and the settings dialog, which hold keys typed or
// shown as text, look them up here through Settings::get()/set(). No other file spells a key.

#include "settingvalue.h"

#include <QtGlobal>

namespace aria::setting {

namespace words {
inline constexpr const char *kVia[] = { "", "cloud", "key" };
inline constexpr const char *kTheme[] = { "system", "light", "dark" };
inline constexpr const char *kReducedMotion[] = { "system", "on", "off" };
inline constexpr const char *kLanguage[] = { "system", "en", "de", "fr", "es" };
inline constexpr const char *kMode[] = { "composio", "direct" };
} // namespace words

namespace why {
inline constexpr const char *kTrueFalse = QT_TRANSLATE_NOOP("Settings", "Expected true or false.");
inline constexpr const char *kNoSpaces
    = QT_TRANSLATE_NOOP("Settings", "The value must not contain spaces or control characters.");
} // namespace why

using namespace settingdef;
constexpr SettingScope kPerIntegration = SettingScope::PerIntegration;

// --- global ---------------------------------------------------------------------------------
inline constexpr SettingValue<QUrl> composioBaseUrl
    = url("composio.base_url", "https://backend.composio.dev/api/v3.1",
        QT_TRANSLATE_NOOP("Settings", "Composio API base URL (or a proxy that holds the key)"));
inline constexpr SettingValue<QString> composioVia = choice("composio.via", "",
    QT_TRANSLATE_NOOP("Settings",
        "cloud (through ARIA's server, signed in) or key (your own Composio API key); empty: cloud once a "
        "Supabase project is set"),
    QT_TRANSLATE_NOOP("Settings", "Expected cloud or key."), words::kVia);
inline constexpr SettingValue<QUrl> composioBrokerUrl = url("composio.broker_url", "",
    QT_TRANSLATE_NOOP("Settings", "ARIA's Composio function (empty: <supabase.url>/functions/v1/composio)"));
inline constexpr SettingValue<int> connectTimeout = number("connect.timeout", "600",
    QT_TRANSLATE_NOOP("Settings", "Seconds a connect flow waits for the browser"),
    QT_TRANSLATE_NOOP("Settings", "Expected a number of seconds from 10 to 3600."), 10, 3600);
inline constexpr SettingValue<QUrl> supabaseUrl
    = url("supabase.url", "", QT_TRANSLATE_NOOP("Settings", "Supabase project URL"));
inline constexpr SettingValue<QString> supabaseAnonKey = text(
    "supabase.anon_key", "", QT_TRANSLATE_NOOP("Settings", "Supabase anon (public) key"), why::kNoSpaces);
inline constexpr SettingValue<QString> theme
    = choice("ui.theme", "system", QT_TRANSLATE_NOOP("Settings", "system, light or dark"),
        QT_TRANSLATE_NOOP("Settings", "Expected system, light or dark."), words::kTheme);
inline constexpr SettingValue<QString> reducedMotion
    = choice("ui.reduced_motion", "system", QT_TRANSLATE_NOOP("Settings", "system, on or off"),
        QT_TRANSLATE_NOOP("Settings", "Expected system, on or off."), words::kReducedMotion);
inline constexpr SettingValue<QString> language
    = choice("ui.language", "system", QT_TRANSLATE_NOOP("Settings", "system, en, de, fr or es"),
        QT_TRANSLATE_NOOP("Settings", "Expected system, en, de, fr or es."), words::kLanguage);
inline constexpr SettingValue<bool> autostart = flag("ui.autostart", "false",
    QT_TRANSLATE_NOOP("Settings", "Start at login (true or false)"), why::kTrueFalse);
inline constexpr SettingValue<bool> startMinimised = flag("ui.start_minimised", "false",
    QT_TRANSLATE_NOOP("Settings", "Start hidden in the tray (true or false)"), why::kTrueFalse);
inline constexpr SettingValue<bool> trayHintShown = flag("ui.tray_hint_shown", "false",
    QT_TRANSLATE_NOOP("Settings", "The \"still running in the tray\" notice was shown"), why::kTrueFalse);
inline constexpr SettingValue<bool> syncPaused = flag("sync.paused", "false",
    QT_TRANSLATE_NOOP("Settings", "Pause background sync (true or false)"), why::kTrueFalse);

// --- per integration: "<id>.<name>" ----------------------------------------------------------
inline constexpr IntegrationSettingValue<QString> mode
    = choice<kPerIntegration>("mode", "composio", QT_TRANSLATE_NOOP("Settings", "composio or direct"),
        QT_TRANSLATE_NOOP("Settings", "Expected composio or direct."), words::kMode);
inline constexpr IntegrationSettingValue<QString> clientId = text<kPerIntegration>(
    "client_id", "", QT_TRANSLATE_NOOP("Settings", "OAuth client id for direct mode"), why::kNoSpaces);
inline constexpr IntegrationSettingValue<quint16> redirectPort = port<kPerIntegration>("redirect_port", "",
    QT_TRANSLATE_NOOP("Settings", "Fixed port of the sign-in redirect in direct mode (empty: any free port)"),
    QT_TRANSLATE_NOOP("Settings", "Expected a port number from 1024 to 65535."), 1024, 65535);
inline constexpr IntegrationSettingValue<QString> authConfigId = text<kPerIntegration>("auth_config_id", "",
    QT_TRANSLATE_NOOP("Settings", "Composio auth config id (found or created automatically when empty)"),
    why::kNoSpaces);

// The table, in the order `config list` shows it (global ones first).
inline constexpr const SettingDef *kAll[] = {
    &composioBaseUrl,
    &composioVia,
    &composioBrokerUrl,
    &connectTimeout,
    &supabaseUrl,
    &supabaseAnonKey,
    &theme,
    &reducedMotion,
    &language,
    &autostart,
    &startMinimised,
    &trayHintShown,
    &syncPaused,
    &mode,
    &clientId,
    &redirectPort,
    &authConfigId,
};

namespace check {
constexpr bool endsWith(const char *s, const char *tail)
{
    std::size_t n = 0, m = 0;
    while (s[n])
        ++n;
    while (tail[m])
        ++m;
    if (m > n)
        return false;
    for (std::size_t i = 0; i < m; ++i) {
        if (s[n - m + i] != tail[i])
            return false;
    }
    return true;
}
// Every URL setting names a service the app sends keys or tokens to: a key ending in "url" must
// be checked by the service-URL rule, whoever adds it.
constexpr bool urlKeysAreUrls()
{
    for (const SettingDef *def : kAll) {
        if (endsWith(def->name, "url") != (def->kind == SettingKind::Url))
            return false;
    }
    return true;
}
static_assert(urlKeysAreUrls(), "a setting whose key ends in \"url\" must be a url() setting");
} // namespace check

} // namespace aria::setting
