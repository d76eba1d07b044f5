#pragma once

#include <QStringList>

namespace aria::cli {

// Runs one subcommand (command[0] with its arguments) to completion in the current
// QCoreApplication's event loop and returns its exit code.
int run(const QStringList &command);

}  // namespace aria::cli
