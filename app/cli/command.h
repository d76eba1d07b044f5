#pragma once

#include <QObject>
#include <QStringList>
#include <QTextStream>

#include <memory>

namespace aria {
class ConnectionStore;
class Settings;
}

namespace aria::cli {

// Exit codes of the command line (docs/CLI.md).
enum ExitCode {
    Ok = 0,
    Failure = 1,       // local problem: database, keychain, disk
    Usage = 2,         // bad arguments
    Denied = 3,        // denied by the user or unauthorized at the server
    RemoteFailure = 4, // network or remote failure
    TimedOut = 5,
    Cancelled = 130,   // Ctrl-C (128 + SIGINT), as shells report it
};

// What every command gets: output streams and the profile's settings and store.
struct Context {
    QTextStream &out;
    QTextStream &err;
    Settings &settings;
    ConnectionStore &store;  // opened before the command starts
};

// One subcommand. start() parses its arguments and either finishes at once or later from
// the event loop; either way it emits finished() exactly once.
class Command : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    virtual QString name() const = 0;
    virtual QString synopsis() const = 0;  // arguments after the name, e.g. "[--json]"
    virtual QString summary() const = 0;   // one line for --help
    virtual void start(Context &ctx, const QStringList &args) = 0;

Q_SIGNALS:
    void finished(int exitCode);

protected:
    // Emits finished() from the event loop, so a synchronous command behaves like an async one.
    void finishLater(int exitCode);
    int usage(Context &ctx, const QString &problem);
};

// All commands, in --help order.
std::vector<std::unique_ptr<Command>> allCommands();
bool isCommandName(const QString &word);

}  // namespace aria::cli
