#include "appearance.h"

#include "motion.h"
#include "textmetrics.h"
#include "theme.h"

#include <QApplication>
#include <QFontDatabase>

namespace aria::ui {

namespace {

// The three faces the window uses (Theme::font: 400, 500 and 600), as fontconfig names them.
bool systemHasInter()
{
    const QStringList styles = QFontDatabase::styles(QStringLiteral("Inter"));
    return styles.contains(u"Regular") && styles.contains(u"Medium") && styles.contains(u"Semi Bold");
}

} // namespace

QString loadBundledFonts()
{
    static const QString family = [] {
        // Debian's fonts-inter installs the very files bundled here. Adding them again costs
        // start-up time and memory (each face read from the resources into the heap) and
        // changes nothing on screen, so the bundled copies are only a fallback.
        if (systemHasInter())
            return QStringLiteral("Inter");
        // The family is the Regular face's. Windows' (GDI) font database files each weight
        // under its legacy family name ("Inter Semi Bold"), so taking the last face's name
        // made every text of the window semi-bold there.
        QString name;
        for (const char *file : { ":/ui/fonts/Inter-Regular.otf", ":/ui/fonts/Inter-Medium.otf",
                 ":/ui/fonts/Inter-SemiBold.otf" }) {
            const int id = QFontDatabase::addApplicationFont(QLatin1String(file));
            const QStringList families = QFontDatabase::applicationFontFamilies(id);
            if (name.isEmpty() && !families.isEmpty())
                name = families.first();
        }
        return name;
    }();
    return family;
}

void applyAppearance(const QString &themeSetting, const QString &reducedMotionSetting)
{
    const QString family = loadBundledFonts();
    clearTextMetrics(); // measured with the fonts of before
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
