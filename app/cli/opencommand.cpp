#include "opencommand.h"

#include "singleinstance.h"

#include <QCoreApplication>
#include <QProcess>

namespace aria::cli {

void OpenCommand::start(Context &ctx, const QStringList &args)
{
    if (!args.isEmpty())
        return finishLater(usage(ctx, tr("Unknown argument: %1").arg(args.join(u' '))));
    if (app::SingleInstance::activateRunning())
        return finishLater(Ok);
    // Nothing runs yet: start the window as its own process and leave it running.
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")
        && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        ctx.err << tr("No display available to open the window on.") << Qt::endl;
        return finishLater(Failure);
    }
    if (!QProcess::startDetached(QCoreApplication::applicationFilePath(), {})) {
        ctx.err << tr("Cannot start %1.").arg(QCoreApplication::applicationFilePath()) << Qt::endl;
        return finishLater(Failure);
    }
    finishLater(Ok);
}

}  // namespace aria::cli
