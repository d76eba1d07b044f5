#include "theme.h"

#include <QApplication>
#include <QtMath>

namespace aria::ui {
namespace {

QColor hex(const char *rgb)
{
    return QColor(QLatin1String(rgb));
}
QColor rgba(int r, int g, int b, double a)
{
    return QColor(r, g, b, qRound(a * 255));
}

Theme::Tokens lightTokens()
{
    Theme::Tokens t;
    t.window = hex("#F4F5F7");
    t.surface = hex("#FFFFFF");
    t.surfaceRaised = hex("#FFFFFF");
    t.border = hex("#E4E7EC");
    t.borderStrong = hex("#D0D5DD");
    t.text = hex("#101828");
    t.textSecondary = hex("#475467");
    t.textTertiary = hex("#5D6878");
    t.accent = hex("#4F46E5");
    t.accentHover = hex("#4338CA");
    t.accentPressed = hex("#3730A3");
    t.onAccent = hex("#FFFFFF");
    t.accentText = hex("#4338CA");
    t.success = hex("#067647");
    t.successBg = hex("#ECFDF3");
    t.successDot = hex("#12B76A");
    t.danger = hex("#B42318");
    t.dangerBg = hex("#FEF3F2");
    t.dangerBorder = hex("#FECDCA");
    t.dangerDot = hex("#F04438");
    t.warning = hex("#93370D");
    t.warningBg = hex("#FFFAEB");
    t.warningDot = hex("#F79009");
    t.neutralDot = hex("#98A2B3");
    t.quietHover = hex("#F2F4F7");
    t.focusRing = hex("#4F46E5");
    t.shadow = rgba(16, 24, 40, 0.10);
    t.skeleton = hex("#ECEEF2");
    t.skeletonHighlight = hex("#F8F9FB");
    return t;
}

Theme::Tokens darkTokens()
{
    Theme::Tokens t;
    t.window = hex("#0B0F17");
    t.surface = hex("#151B26");
    t.surfaceRaised = hex("#1A2130");
    t.border = hex("#252D3A");
    t.borderStrong = hex("#334052");
    t.text = hex("#F2F4F7");
    t.textSecondary = hex("#AAB4C3");
    t.textTertiary = hex("#8D99AB");
    t.accent = hex("#5856D6");
    t.accentHover = hex("#6664E0");
    t.accentPressed = hex("#4B49C0");
    t.onAccent = hex("#FFFFFF");
    t.accentText = hex("#A5B4FC");
    t.success = hex("#4ADE80");
    t.successBg = hex("#12261D");
    t.successDot = hex("#32D583");
    t.danger = hex("#FDA29B");
    t.dangerBg = hex("#2B1719");
    t.dangerBorder = hex("#55201F");
    t.dangerDot = hex("#F97066");
    t.warning = hex("#FEC84B");
    t.warningBg = hex("#2A2112");
    t.warningDot = hex("#FDB022");
    t.neutralDot = hex("#667085");
    t.quietHover = hex("#202836");
    t.focusRing = hex("#8B93FF");
    t.shadow = rgba(0, 0, 0, 0.45);
    t.skeleton = hex("#1C2330");
    t.skeletonHighlight = hex("#283142");
    return t;
}

// The palette the platform gave us before apply() replaced it: the "system" scheme.
QPalette &systemPalette()
{
    static QPalette palette = QGuiApplication::palette();
    return palette;
}

std::optional<Theme::Scheme> &systemPreference()
{
    static std::optional<Theme::Scheme> preference;
    return preference;
}

Theme &currentTheme()
{
    static Theme theme = Theme::forScheme(Theme::Scheme::Light);
    return theme;
}

double channel(double c)
{
    return c <= 0.03928 ? c / 12.92 : qPow((c + 0.055) / 1.055, 2.4);
}

double luminance(const QColor &c)
{
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

} // namespace

Theme Theme::forScheme(Scheme scheme)
{
    Theme theme;
    theme.m_scheme = scheme;
    theme.m_tokens = scheme == Scheme::Dark ? darkTokens() : lightTokens();
    return theme;
}

bool Theme::isDarkPalette(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightnessF() < palette.color(QPalette::WindowText).lightnessF();
}

Theme::Scheme Theme::resolve(const QString &setting)
{
    if (setting == u"dark")
        return Scheme::Dark;
    if (setting == u"light")
        return Scheme::Light;
    if (systemPreference())
        return *systemPreference();
    return isDarkPalette(systemPalette()) ? Scheme::Dark : Scheme::Light;
}

void Theme::setSystemPreference(std::optional<Scheme> scheme)
{
    systemPreference() = scheme;
}

const Theme &Theme::current()
{
    return currentTheme();
}

void Theme::apply(const Theme &theme)
{
    systemPalette(); // capture the platform's palette before the first replacement
    currentTheme() = theme;
    QApplication::setPalette(theme.palette());
}

double Theme::contrastRatio(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (qMax(la, lb) + 0.05) / (qMin(la, lb) + 0.05);
}

QPalette Theme::palette() const
{
    const Tokens &t = m_tokens;
    QPalette p;
    p.setColor(QPalette::Window, t.window);
    p.setColor(QPalette::WindowText, t.text);
    p.setColor(QPalette::Base, t.surface);
    p.setColor(QPalette::AlternateBase, t.quietHover);
    p.setColor(QPalette::Text, t.text);
    p.setColor(QPalette::PlaceholderText, t.textTertiary);
    p.setColor(QPalette::Button, t.surface);
    p.setColor(QPalette::ButtonText, t.text);
    p.setColor(QPalette::BrightText, t.danger);
    p.setColor(QPalette::Highlight, t.accent);
    p.setColor(QPalette::HighlightedText, t.onAccent);
    p.setColor(QPalette::Link, t.accentText);
    p.setColor(QPalette::ToolTipBase, t.surfaceRaised);
    p.setColor(QPalette::ToolTipText, t.text);
    p.setColor(QPalette::Light, t.surfaceRaised);
    p.setColor(QPalette::Midlight, t.border);
    p.setColor(QPalette::Mid, t.borderStrong);
    p.setColor(QPalette::Dark, t.borderStrong);
    p.setColor(QPalette::Shadow, t.shadow);
    for (auto role : { QPalette::WindowText, QPalette::Text, QPalette::ButtonText })
        p.setColor(QPalette::Disabled, role, t.textTertiary);
    return p;
}

QList<Theme::ContrastPair> Theme::contrastPairs() const
{
    const Tokens &t = m_tokens;
    return {
        { "text on surface", t.text, t.surface, 4.5 },
        { "text on window", t.text, t.window, 4.5 },
        { "secondary text on surface", t.textSecondary, t.surface, 4.5 },
        { "secondary text on window", t.textSecondary, t.window, 4.5 },
        { "tertiary text on surface", t.textTertiary, t.surface, 4.5 },
        { "tertiary text on window", t.textTertiary, t.window, 4.5 },
        { "primary button label", t.onAccent, t.accent, 4.5 },
        { "primary button label (hover)", t.onAccent, t.accentHover, 4.5 },
        { "accent text on surface", t.accentText, t.surface, 4.5 },
        { "connected pill", t.success, t.successBg, 4.5 },
        { "danger text on surface", t.danger, t.surface, 4.5 },
        { "danger text on danger background", t.danger, t.dangerBg, 4.5 },
        { "warning text on surface", t.warning, t.surface, 4.5 },
        { "warning pill", t.warning, t.warningBg, 4.5 },
        { "text on quiet hover", t.text, t.quietHover, 4.5 },
        { "danger text on quiet hover", t.danger, t.quietHover, 4.5 },
        { "focus ring on surface", t.focusRing, t.surface, 3.0 },
        { "focus ring on window", t.focusRing, t.window, 3.0 },
    };
}

std::pair<QColor, QColor> Theme::tileGradient(const QString &integrationId) const
{
    struct Stop {
        const char *id, *from, *to;
    };
    static const Stop stops[] = {
        { "google_calendar", "#5B8DEF", "#2F5FD0" },
        { "gmail", "#F0736A", "#D13F4A" },
        { "outlook", "#4A9BE8", "#2152B8" },
        { "salesforce", "#3DB7E9", "#1A7FC1" },
        { "hubspot", "#FF9A62", "#E8622E" },
    };
    for (const Stop &s : stops) {
        if (integrationId == QLatin1String(s.id))
            return { hex(s.from), hex(s.to) };
    }
    // User-added integrations: a hue from the id (FNV-1a: qHash is seeded per process, and
    // a tile must keep its colour from one start to the next).
    quint32 h = 2166136261u;
    for (QChar c : integrationId) {
        h ^= c.unicode();
        h *= 16777619u;
    }
    const int hue = int(h % 360);
    return { QColor::fromHsl(hue, 150, 150), QColor::fromHsl(hue, 160, 100) };
}

QFont Theme::font(int pixelSize, QFont::Weight weight)
{
    QFont f = QApplication::font();
    f.setPixelSize(pixelSize);
    f.setWeight(weight);
    return f;
}

} // namespace aria::ui
