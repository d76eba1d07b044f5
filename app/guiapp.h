#pragma once

namespace aria::app {

struct LaunchOptions;

// True when a windowing system can be reached (or a platform was chosen explicitly).
bool displayAvailable();
// Creates the window and runs the event loop; requires a QApplication.
int runGui(const LaunchOptions &options);

}  // namespace aria::app
