#pragma once

#include <QString>

namespace aria {

// Installs the app's catalogue for language ("system" or empty: the system's UI languages,
// else a code such as "de") and Qt's own. English is always loaded underneath so that
// plural forms read naturally. Returns the language actually used.
QString installTranslations(const QString &language = QString());

}  // namespace aria
