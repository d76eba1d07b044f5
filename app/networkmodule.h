#pragma once

#include <QString>

namespace aria::app {

class ServicesModule;

// Finds and loads the network module (aria-services.so) once: next to the executable in a
// build tree, else in the installed library folder (ARIA_MODULE_DIR, relative to the
// executable's folder). Null when it cannot be loaded; errorString() says why, for the user.
ServicesModule *networkModule();
QString networkModuleError();

} // namespace aria::app
