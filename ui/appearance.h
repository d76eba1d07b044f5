#pragma once

#include <QString>

namespace aria::ui {

// Makes Inter's Regular, Medium and SemiBold available and returns the family name ("Inter"):
// the system's (fonts-inter) when fontconfig has all three, else the bundled copies from the
// resources; an empty string when neither could be loaded.
QString loadBundledFonts();

// Font, theme and motion for the whole application from the two settings
// (ui.theme: system|light|dark, ui.reduced_motion: system|on|off).
void applyAppearance(const QString &themeSetting, const QString &reducedMotionSetting);

} // namespace aria::ui
