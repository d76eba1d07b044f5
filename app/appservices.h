#pragma once

#include <QStringList>

#include <functional>

class QObject;
class QWidget;

namespace aria {
class ConnectionService;
class ConnectionStore;
class SecretStore;
class Settings;
} // namespace aria

namespace aria::app {

// The window's machinery from the network module (app/module): the keychain, the connection
// stack (Composio and direct OAuth behind one ConnectionService; pages opened by
// QDesktopServices unless ARIA_BROWSER is set) and the Supabase account with its sync engine.
// Settings and store must outlive it.
class AppServices
{
public:
    virtual ~AppServices() = default;

    virtual ConnectionService *connections() const = 0;
    virtual SecretStore *secrets() const = 0;
    // The header's account chip (e-mail, sync state, Sign in / Sign out), owned by the caller.
    virtual QWidget *createAccountWidget() = 0;
    // The Supabase sign-in dialog, opened window-modal over parent.
    virtual void openSignIn(QWidget *parent) = 0;
    // Restores the Supabase session from the keychain and reconciles every connection.
    virtual void start() = 0;
    // Re-reads what may change while running (Composio base URL, Supabase project).
    virtual void reloadSettings() = 0;
    // Tells (now, and again whenever it changes) whether this is a first run: not signed in
    // to ARIA, no Composio key, nothing connected and no integration in direct mode. The
    // window then welcomes with the three ways in instead of showing anything as wrong.
    virtual void watchFirstRun(QObject *context, std::function<void(bool firstRun)> changed) = 0;
    // The tray's "Pause sync" (also kept in the sync.paused setting).
    virtual void setSyncPaused(bool paused) = 0;
    // Another process (the command line) committed to the store: sync what it queued.
    virtual void storeChangedExternally() { }
};

// What the executable asks of the module. Everything that links Qt Network, NetworkAuth,
// HttpServer, WebSockets or QtKeychain lives behind it, so none of those is loaded before
// the window's first frame.
class ServicesModule
{
public:
    virtual ~ServicesModule() = default;

    virtual AppServices *createAppServices(Settings &settings, ConnectionStore &store) = 0;
    // A keychain-backed store for when there are no services (the database did not open).
    virtual SecretStore *createSecretStore(QObject *parent) = 0;
    // Runs one command-line subcommand to completion (app/cli) and returns its exit code.
    virtual int runCommand(const QStringList &command) = 0;
    // The commands' part of --help: "  name synopsis\n      summary\n" for each.
    virtual QString commandsHelp() = 0;
    // Follows the system's network monitor, when there is one: offline(true) while there is
    // no route beyond this machine. Calls stop with context.
    virtual void followReachability(QObject *context, std::function<void(bool offline)> offline) = 0;
};

} // namespace aria::app

// The module's one exported symbol.
extern "C" {
using AriaServicesModuleEntry = aria::app::ServicesModule *(*)();
}
