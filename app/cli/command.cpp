#include "command.h"

#include <QTimer>

namespace aria::cli {

void Command::finishLater(int exitCode)
{
    QTimer::singleShot(0, this, [this, exitCode] { Q_EMIT finished(exitCode); });
}

int Command::usage(Context &ctx, const QString &problem)
{
    ctx.err << problem << Qt::endl
            << tr("Usage: aria-integrations %1 %2").arg(name(), synopsis()) << Qt::endl;
    return Usage;
}

bool isCommandName(const QString &word)
{
    for (const auto &command : allCommands()) {
        if (command->name() == word)
            return true;
    }
    return false;
}

}  // namespace aria::cli
