#pragma once

#include "command.h"

#include <functional>
#include <memory>

namespace aria {
class ConnectionStack;
class SecretStore;
enum class FailureKind;
} // namespace aria

namespace aria::cli {

class InterruptWatcher;

// Shared by connect, disconnect and sync: the keychain, the connection stack, Ctrl-C.
class ConnectionCommand : public Command
{
    Q_OBJECT
public:
    explicit ConnectionCommand(QObject *parent = nullptr);
    ~ConnectionCommand() override;

protected:
    void setUp(Context &ctx);
    static int exitCodeFor(FailureKind kind);
    // Prints a connector's closing message unless the store already said the same.
    void report(Context &ctx, bool ok, const QString &message);
    // A failed local write turns an otherwise good result into a local failure.
    int withStoreFailures(int exitCode) const;
    // Runs then() once the saved session has been read from the keychain (at once if it has).
    void whenSessionKnown(std::function<void()> then);
    // Signed in to ARIA's cloud: runs a sync cycle that includes everything this command
    // changed (push, then pull), then calls then(ok); signed out, calls then(false) at once.
    // The window's debounce cannot be counted on by a process about to exit.
    void afterCloudSync(Context &ctx, std::function<void(bool ok)> then);
    // Pushes this command's change (afterCloudSync), then finishes with exitCode; once.
    void pushThenFinish(Context &ctx, int exitCode);
    // Checks that args[0] names a known integration or a stored connection ("gmail-2"); prints
    // usage otherwise.
    bool takeIntegration(Context &ctx, const QStringList &args, QString *id);

    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<ConnectionStack> m_stack;
    std::unique_ptr<InterruptWatcher> m_interrupts;
    QStringList m_storeErrors; // failed local writes, each printed once
    bool m_finishing = false;
};

// `connect <id> [--timeout S] [--print-url]`
class ConnectCommand : public ConnectionCommand
{
    Q_OBJECT
public:
    using ConnectionCommand::ConnectionCommand;
    QString name() const override { return QStringLiteral("connect"); }
    QString synopsis() const override { return QStringLiteral("<id> [--add] [--timeout S] [--print-url]"); }
    QString summary() const override
    {
        return tr("Connect an integration through the browser (Ctrl-C cancels)");
    }
    void start(Context &ctx, const QStringList &args) override;
};

// `disconnect <id>`
class DisconnectCommand : public ConnectionCommand
{
    Q_OBJECT
public:
    using ConnectionCommand::ConnectionCommand;
    QString name() const override { return QStringLiteral("disconnect"); }
    QString synopsis() const override { return QStringLiteral("<id>"); }
    QString summary() const override
    {
        return tr("Revoke and remove a connection (the row stays as disconnected)");
    }
    void start(Context &ctx, const QStringList &args) override;
};

// `sync [<id>]`
class SyncCommand : public ConnectionCommand
{
    Q_OBJECT
public:
    using ConnectionCommand::ConnectionCommand;
    QString name() const override { return QStringLiteral("sync"); }
    QString synopsis() const override { return QStringLiteral("[<id>]"); }
    QString summary() const override
    {
        return tr("Check connections with the remote side and update their state");
    }
    void start(Context &ctx, const QStringList &args) override;
};

} // namespace aria::cli
