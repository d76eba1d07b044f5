#include "desktopintegration.h"

#include "common/autostart.h"
#include "common/logging.h"
#include "common/settings.h"
#include "launch.h"
#include "model/connectionsmodel.h"
#include "model/overallstatus.h"
#include "singleinstance.h"
#include "store/connectionstore.h"
#include "store/databasewatcher.h"
#include "tray/traycontroller.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QWidget>

namespace aria::app {
namespace {

constexpr int kAnswerTimeoutMs = 3000;
constexpr int kHandOverBudgetMs = 12000;

} // namespace

DesktopIntegration::DesktopIntegration(const LaunchOptions &options, QObject *parent)
    : QObject(parent)
    , m_minimised(options.minimised)
    , m_settings(std::make_unique<Settings>())
    , m_instance(new SingleInstance(SingleInstance::defaultSocketPath(), this))
{
    // A live instance may answer late (under load its event loop can start seconds after it
    // claimed the name), and two launches may race: keep asking until the budget is spent,
    // and never open a second window beside a live one.
    const QDeadlineTimer budget(kHandOverBudgetMs);
    do {
        // A --minimised start (from the login entry) must not pop up a running window.
        if (SingleInstance::activateRunning(m_instance->socketPath(), kAnswerTimeoutMs, !m_minimised)) {
            qCInfo(lcApp) << "another instance is running:" << (m_minimised ? "left it as it is" : "asked it to show its window");
            m_handedOver = true;
            return;
        }
        if (m_instance->listen())
            break;
        if (!m_instance->otherInstanceAlive())
            break; // no socket at all (e.g. an unwritable runtime folder): run on our own
    } while (!budget.hasExpired());
    if (!m_instance->isListening() && m_instance->otherInstanceAlive()) {
        qCCritical(lcApp) << "another instance is running but does not answer";
        m_otherUnresponsive = true;
        return;
    }
    // The login entry follows the settings (it may name an older path of this binary).
    QString error;
    if (!Autostart::follow(*m_settings, QCoreApplication::applicationFilePath(), &error))
        qCWarning(lcApp).noquote() << error;
}

DesktopIntegration::~DesktopIntegration() = default;

void DesktopIntegration::attach(QWidget *window, ConnectionsModel *model, ConnectionStore *store,
                                ConnectionService *service)
{
    m_window = window;
    m_model = model;
    m_service = service;
    m_status = new OverallStatus(model, this);
    m_status->trackService(service);
    connect(m_instance, &SingleInstance::activationRequested, this, [this] {
        createTray();
        m_tray->showWindow();
    });

    if (store && store->isOpen() && model) {
        m_store = store;
        m_versionShown = DatabaseWatcher::versionOf(store->database().handle());
    }

    // Only a --minimised start needs the tray before the window (it decides whether the window
    // is shown at all); otherwise the tray comes right after the first frame (completeStartup).
    if (m_minimised) {
        createTray();
        if (m_tray->trayAvailable()) {
            qCInfo(lcApp) << "started minimised to the tray";
            return;
        }
        window->showMinimized();
        return;
    }
    window->show();
}

void DesktopIntegration::createTray()
{
    if (m_tray || !m_window)
        return;
    m_tray = new ui::TrayController(m_window, m_model, m_status, m_service, m_settings.get(), this);
    connect(m_tray, &ui::TrayController::quitRequested, this, [] { QCoreApplication::quit(); });
    connect(m_tray, &ui::TrayController::openIntegrationRequested, this, &DesktopIntegration::openIntegrationRequested);
    connect(m_tray, &ui::TrayController::syncPausedChanged, this, &DesktopIntegration::syncPausedChanged);
}

void DesktopIntegration::completeStartup()
{
    createTray();
    watchDatabase();
}

// The command line writes through its own connection: reload when it commits (also when it
// committed between filling the window and now).
void DesktopIntegration::watchDatabase()
{
    if (m_watcher || !m_store || !m_store->isOpen() || !m_model)
        return;
    m_watcher = new DatabaseWatcher(m_store->database().handle(), m_store->database().path(), this, m_versionShown);
    connect(m_watcher, &DatabaseWatcher::changedExternally, m_model, &ConnectionsModel::reload);
    connect(m_watcher, &DatabaseWatcher::changedExternally, this, &DesktopIntegration::storeChangedExternally);
    qCInfo(lcApp) << "watching the database for commits by other processes";
}

void DesktopIntegration::setOffline(bool offline)
{
    if (m_status)
        m_status->setOffline(offline);
}

}  // namespace aria::app
