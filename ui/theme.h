#pragma once

#include <QColor>
#include <QFont>
#include <QList>
#include <QPalette>
#include <QString>

#include <optional>

namespace aria::ui {

// Colour tokens and type scale of the window, for light and dark. Widgets paint from these
// tokens; the same colours go into the application palette so stock widgets (dialogs, line
// edits, scroll bars) match without style sheets.
class Theme
{
public:
    enum class Scheme { Light, Dark };

    struct Tokens {
        QColor window, surface, surfaceRaised, border, borderStrong;
        QColor text, textSecondary, textTertiary;
        QColor accent, accentHover, accentPressed, onAccent, accentText;
        QColor success, successBg, successDot;
        QColor danger, dangerBg, dangerBorder, dangerDot;
        QColor warning, warningBg, warningDot;
        QColor neutralDot, quietHover, focusRing, shadow;
        QColor skeleton, skeletonHighlight;
    };

    // A named pair of foreground and background tokens that must stay readable.
    struct ContrastPair {
        const char *name;
        QColor foreground, background;
        double minimum; // 4.5 for text, 3.0 for large text and UI parts (WCAG 2.1 AA)
    };

    static Theme forScheme(Scheme scheme);
    // "light", "dark" or "system"; system is the desktop's preference when one is known
    // (setSystemPreference), else the platform palette captured at start-up.
    static Scheme resolve(const QString &setting);
    // The desktop's light/dark preference as it changes (SystemThemeWatcher); nullopt: none.
    static void setSystemPreference(std::optional<Scheme> scheme);
    // True when the palette's window colour is darker than its text (Qt 6.4 has no colorScheme()).
    static bool isDarkPalette(const QPalette &palette);

    // The theme in use; apply() replaces it and updates the application palette and font.
    static const Theme &current();
    static void apply(const Theme &theme);

    // WCAG 2.1 relative luminance contrast ratio, 1..21.
    static double contrastRatio(const QColor &a, const QColor &b);

    Scheme scheme() const { return m_scheme; }
    bool isDark() const { return m_scheme == Scheme::Dark; }
    const Tokens &tokens() const { return m_tokens; }
    QPalette palette() const;
    QList<ContrastPair> contrastPairs() const;

    // Two colours (top-left, bottom-right) of an integration's icon tile.
    std::pair<QColor, QColor> tileGradient(const QString &integrationId) const;

    // Type scale in pixels (Inter). Title 28, card name 16, body 14, caption 13, micro 12.
    static QFont font(int pixelSize, QFont::Weight weight = QFont::Normal);

private:
    Scheme m_scheme = Scheme::Light;
    Tokens m_tokens;
};

// The 8-point grid: every spacing is a multiple of 4, most of 8.
namespace grid {
constexpr int unit = 8;
constexpr int half = 4;
constexpr int cardRadius = 14;
constexpr int controlRadius = 10;
constexpr int tileRadius = 12;
constexpr int contentWidth = 880;
} // namespace grid

} // namespace aria::ui
