#include "runner.h"

#include "command.h"
#include "common/apppaths.h"
#include "common/settings.h"
#include "store/connectionstore.h"

#include <QCoreApplication>

#include <cstdio>

namespace aria::cli {

int run(const QStringList &command)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    const QString name = command.value(0);
    std::unique_ptr<Command> chosen;
    for (auto &candidate : allCommands()) {
        if (candidate->name() == name)
            chosen = std::move(candidate);
    }
    if (!chosen) {
        err << QCoreApplication::translate("Cli", "Unknown command \"%1\". See: aria-integrations --help").arg(name)
            << Qt::endl;
        return Usage;
    }

    Settings settings;
    ConnectionStore store;
    store.setUserId(settings.localUserId());
    if (!store.open(AppPaths::databaseFile())) {
        err << store.errorString() << Qt::endl;
        return Failure;
    }
    Context ctx{out, err, settings, store};
    int exitCode = Failure;
    QObject::connect(chosen.get(), &Command::finished, QCoreApplication::instance(), [&exitCode](int code) {
        exitCode = code;
        QCoreApplication::exit(code);
    });
    chosen->start(ctx, command.mid(1));
    QCoreApplication::exec();
    out.flush();
    err.flush();
    return exitCode;
}

}  // namespace aria::cli
