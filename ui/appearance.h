#pragma once

#include <QString>

namespace aria::ui {

// Registers the bundled Inter weights (Regular, Medium, SemiBold) from the resources and
// returns the family name ("Inter"), or an empty string when none could be loaded.
QString loadBundledFonts();

// Font, theme and motion for the whole application from the two settings
// (ui.theme: system|light|dark, ui.reduced_motion: system|on|off).
void applyAppearance(const QString &themeSetting, const QString &reducedMotionSetting);

} // namespace aria::ui
