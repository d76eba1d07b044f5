#include "appearance.h"

#include "motion.h"
#include "theme.h"

#include <QApplication>
#include <QFontDatabase>

namespace aria::ui {

QString loadBundledFonts()
{
    static const QString family = [] {
        QString name;
        for (const char *file : { ":/ui/fonts/Inter-Regular.otf", ":/ui/fonts/Inter-Medium.otf",
                 ":/ui/fonts/Inter-SemiBold.otf" }) {
            const int id = QFontDatabase::addApplicationFont(QLatin1String(file));
            const QStringList families = QFontDatabase::applicationFontFamilies(id);
            if (!families.isEmpty())
                name = families.first();
        }
        return name;
    }();
    return family;
}

void applyAppearance(const QString &themeSetting, const QString &reducedMotionSetting)
{
    const QString family = loadBundledFonts();
    QFont font(family.isEmpty() ? QApplication::font().family() : family);
    // 10.5 pt is the design's 14 px body at 96 dpi; a point size (not pixels) so that code
    // scaling the application font (pointSizeF() * factor) keeps working.
    font.setPointSizeF(10.5);
    font.setHintingPreference(QFont::PreferNoHinting); // Inter is drawn for unhinted rendering
    QApplication::setFont(font);
    Motion::setPreference(reducedMotionSetting);
    Theme::apply(Theme::forScheme(Theme::resolve(themeSetting)));
}

} // namespace aria::ui
