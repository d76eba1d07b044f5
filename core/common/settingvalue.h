#pragma once

#include <QString>
#include <QUrl>

#include <cstddef>

namespace aria {

// A setting's description: what the table in settingkeys.h lists, what `config list` prints and
// what Settings::set() validates against. Values are stored as text in the INI file; the kind
// says which text is accepted.
enum class SettingKind {
    Text, // any text without spaces or control characters (ids, keys)
    Flag, // true or false
    Choice, // one of a fixed list of words
    Number, // a whole number in [min, max]
    Port, // empty (any free port) or a port number in [min, max]
    Url, // empty or a URL the app may send keys and tokens to (isAcceptableServiceUrl)
};

enum class SettingScope {
    Global, // the key is the name: ui.theme
    PerIntegration, // the key is <integration id>.<name>: gmail.mode
};

// The words of a Choice setting (an array of string literals).
struct SettingChoices {
    const char *const *items = nullptr;
    std::size_t count = 0;
    constexpr SettingChoices() = default;
    // Implicit, so that a table entry passes its array of words as it is.
    template <std::size_t N>
    constexpr SettingChoices(const char *const (&words)[N])
        : items(words)
        , count(N)
    {
    }
};

struct SettingDef {
    const char *name; // the key, or for PerIntegration the part after "<id>."
    SettingScope scope;
    SettingKind kind;
    const char *defaultValue; // as stored; "" when unset means empty
    const char *help; // for `config list`, QT_TRANSLATE_NOOP("Settings", ...)
    const char *expected; // why a value was refused, QT_TRANSLATE_NOOP("Settings", ...); unused for Url
    SettingChoices choices; // Choice
    int min; // Number, Port
    int max;
};

// How a value of type T is kept as text. bool is "true"/"false"; a Port of 0 is the empty
// text (any free port); a URL is kept as the user wrote it.
template <typename T> struct SettingCodec;

template <> struct SettingCodec<QString> {
    static QString decode(const QString &text) { return text; }
    static QString encode(const QString &value) { return value; }
};

template <> struct SettingCodec<bool> {
    static bool decode(const QString &text) { return text == u"true"; }
    static QString encode(bool value) { return value ? QStringLiteral("true") : QStringLiteral("false"); }
};

template <> struct SettingCodec<int> {
    static int decode(const QString &text) { return text.toInt(); }
    static QString encode(int value) { return QString::number(value); }
};

template <> struct SettingCodec<quint16> {
    static quint16 decode(const QString &text) { return quint16(text.toUShort()); }
    static QString encode(quint16 value) { return value == 0 ? QString() : QString::number(value); }
};

template <> struct SettingCodec<QUrl> {
    static QUrl decode(const QString &text) { return text.isEmpty() ? QUrl() : QUrl(text); }
    static QString encode(const QUrl &value) { return value.toString(); }
};

// One setting with its value type (after qBittorrent's SettingValue<T>, but the store is passed
// in: Settings::value(setting) / Settings::setValue(setting, value, &error)). The type and the
// scope are part of the C++ type, so a flag cannot be read as a URL, and a per-integration
// setting cannot be read without saying which integration.
template <typename T, SettingScope Scope> struct TypedSetting : SettingDef {
    using Type = T;

    QString key() const
    {
        static_assert(
            Scope == SettingScope::Global, "a per-integration setting needs the integration id: key(id)");
        return QString::fromLatin1(name);
    }
    QString key(const QString &integrationId) const
    {
        static_assert(Scope == SettingScope::PerIntegration, "a global setting has no integration id: key()");
        return integrationId + QLatin1Char('.') + QLatin1String(name);
    }
    T defaultTypedValue() const { return SettingCodec<T>::decode(QString::fromLatin1(defaultValue)); }
};

template <typename T> using SettingValue = TypedSetting<T, SettingScope::Global>;
template <typename T> using IntegrationSettingValue = TypedSetting<T, SettingScope::PerIntegration>;

// Builders: each fixes the kind from the value type, so the two cannot disagree.
namespace settingdef {

template <SettingScope S = SettingScope::Global>
constexpr TypedSetting<QString, S> text(
    const char *name, const char *defaultValue, const char *help, const char *expected)
{
    return { { name, S, SettingKind::Text, defaultValue, help, expected, {}, 0, 0 } };
}

template <SettingScope S = SettingScope::Global>
constexpr TypedSetting<bool, S> flag(
    const char *name, const char *defaultValue, const char *help, const char *expected)
{
    return { { name, S, SettingKind::Flag, defaultValue, help, expected, {}, 0, 0 } };
}

template <SettingScope S = SettingScope::Global>
constexpr TypedSetting<QString, S> choice(const char *name, const char *defaultValue, const char *help,
    const char *expected, SettingChoices choices)
{
    return { { name, S, SettingKind::Choice, defaultValue, help, expected, choices, 0, 0 } };
}

template <SettingScope S = SettingScope::Global>
constexpr TypedSetting<int, S> number(
    const char *name, const char *defaultValue, const char *help, const char *expected, int min, int max)
{
    return { { name, S, SettingKind::Number, defaultValue, help, expected, {}, min, max } };
}

template <SettingScope S = SettingScope::Global>
constexpr TypedSetting<quint16, S> port(
    const char *name, const char *defaultValue, const char *help, const char *expected, int min, int max)
{
    return { { name, S, SettingKind::Port, defaultValue, help, expected, {}, min, max } };
}

template <SettingScope S = SettingScope::Global>
constexpr TypedSetting<QUrl, S> url(const char *name, const char *defaultValue, const char *help)
{
    return { { name, S, SettingKind::Url, defaultValue, help, nullptr, {}, 0, 0 } };
}

} // namespace settingdef

} // namespace aria
