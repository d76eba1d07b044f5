#include "guiapp.h"

#include "accountchip.h"
#include "appearance.h"
#include "common/apppaths.h"
#include "common/logging.h"
#include "common/sandbox.h"
#include "common/settings.h"
#include "connect/connectionmanager.h"
#include "desktopintegration.h"
#include "firstpaintwatcher.h"
#include "idleeventcounter.h"
#include "launch.h"
#include "mainwindow.h"
#include "model/connectionsmodel.h"
#include "oauth/providerregistry.h"
#include "secrets/secretstore.h"
#include "services.h"
#include "settingsdialog.h"
#include "signindialog.h"
#include "store/connectionstore.h"
#include "supabase/supabaseaccount.h"
#include "windowstate.h"

#include <QApplication>
#include <QIcon>
#include <QMessageBox>
#include <QTimer>

namespace aria::app {

bool displayAvailable()
{
    return !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") || !qEnvironmentVariableIsEmpty("DISPLAY")
        || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY");
}

namespace {

// Cards act through the manager; the account chip sits in the header.
void wireServices(ui::MainWindow &window, GuiServices &services, bool firstRun)
{
    ConnectionManager *manager = services.manager();
    window.setConnectionService(manager);
    if (firstRun) { // nothing stored yet: skeletons until the first reconcile answers
        window.setLoading(true);
        QObject::connect(manager, &ConnectionManager::refreshFinished, &window,
            [&window] { window.setLoading(false); });
        QTimer::singleShot(5000, &window, [&window] { window.setLoading(false); });
    }
    QObject::connect(&window, &ui::MainWindow::retryRequested, manager, &ConnectionManager::refreshAll);
    supabase::SupabaseAccount *account = services.account();
    window.setAccountWidget(new ui::AccountChip(account->auth(), account->sync()));
}

// The user started the app and nothing of ours will open: say why, then exit 1.
int explainUnresponsiveInstance()
{
    auto *box = new QMessageBox(QMessageBox::Warning, QCoreApplication::translate("GuiApp", "ARIA Integrations"),
        QCoreApplication::translate("GuiApp", "ARIA Integrations is already running but is not responding."),
        QMessageBox::Close);
    box->setInformativeText(QCoreApplication::translate("GuiApp",
        "End the running ARIA Integrations (for example in your system monitor), then start it again."));
    box->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(box, &QMessageBox::finished, qApp, [] { QCoreApplication::exit(1); });
    box->show();
    return QApplication::exec();
}

void openSettings(ui::MainWindow &window, Settings &settings, GuiServices *services,
    const QList<IntegrationSpec> &integrations, const std::function<void()> &applyAppearance)
{
    KeychainSecretStore *fallbackSecrets = nullptr;
    SecretStore *secrets = services ? services->secrets() : nullptr;
    if (!secrets) // the database failed to open; the API key field still works
        secrets = fallbackSecrets = new KeychainSecretStore;
    auto *dialog = new ui::SettingsDialog(&settings, secrets, integrations, &window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (fallbackSecrets)
        fallbackSecrets->setParent(dialog);
    QObject::connect(dialog, &ui::SettingsDialog::saved, &window, [&window, services, applyAppearance] {
        applyAppearance();
        window.applyAppearance();
        if (services)
            services->reloadSettings(); // a new Composio base URL, Supabase project or key
    });
    QObject::connect(dialog, &ui::SettingsDialog::signInRequested, &window, [&window, services] {
        if (!services)
            return;
        auto *signIn = new ui::SignInDialog(services->account()->auth(), &window);
        signIn->setAttribute(Qt::WA_DeleteOnClose);
        signIn->open();
    });
    dialog->open();
}

} // namespace

int runGui(const LaunchOptions &options)
{
    QGuiApplication::setDesktopFileName(QStringLiteral("aria-integrations"));
    QGuiApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/aria-integrations.svg")));

    DesktopIntegration desktop(options); // tray, single instance, autostart
    if (desktop.handedOver())
        return 0; // the running instance shows its window instead
    Settings settings;
    const auto applyAppearance = [&settings] {
        ui::applyAppearance(
            settings.get(QStringLiteral("ui.theme")), settings.get(QStringLiteral("ui.reduced_motion")));
    };
    applyAppearance(); // bundled Inter, light/dark tokens, reduced motion
    if (desktop.otherInstanceUnresponsive())
        return explainUnresponsiveInstance(); // never a second window on the same profile

    ConnectionStore store;
    store.setUserId(settings.localUserId());
    const bool opened = store.open(AppPaths::databaseFile());
    ConnectionsModel model(opened ? &store : nullptr);
    model.setIntegrations(ProviderRegistry::loadAll()); // built-in + user-added providers
    ui::MainWindow window(&model);
    if (isSandbox()) { // make demo: every service is a local stand-in
        window.setWindowTitle(sandboxWindowTitle(window.windowTitle()));
        window.setSandbox(true);
    }
    window.rememberGeometryIn(ui::WindowState::defaultFile());
    std::unique_ptr<GuiServices> services;
    if (opened) {
        services = std::make_unique<GuiServices>(settings, store);
        // A write that failed (disk full) is shown, not only logged.
        QObject::connect(&store, &ConnectionStore::errorOccurred, &window,
            [&window](const QString &message) { window.showProblem(message); });
        wireServices(window, *services, store.list().isEmpty());
    } else {
        qCWarning(lcApp).noquote() << store.errorString();
        window.showFatalProblem(store.errorString());
    }
    QObject::connect(&window, &ui::MainWindow::retryRequested, &model, &ConnectionsModel::reload);
    QObject::connect(&window, &ui::MainWindow::settingsRequested, &window, [&] {
        openSettings(window, settings, services.get(), model.integrations(), applyAppearance);
    });
    auto *firstFrame = new FirstPaintWatcher(&window);
    if (options.quitAfterFirstPaint)
        QObject::connect(firstFrame, &FirstPaintWatcher::firstFrame, qApp, [] { QCoreApplication::exit(0); });
    desktop.attach(&window, &model, opened ? &store : nullptr, services ? services->manager() : nullptr);
    if (!options.quitAfterFirstPaint) {
        // Keychain, network, the tray and the network monitor never delay the first frame. A
        // window kept in the tray (--minimised) paints none: then the work starts on the next turn.
        const auto startLater = [&desktop, s = services.get()] {
            if (s)
                s->start();
            desktop.completeStartup();
        };
        if (window.isVisible() && !window.isMinimized())
            QObject::connect(firstFrame, &FirstPaintWatcher::firstFrame, &window, startLater);
        else
            QTimer::singleShot(0, &window, startLater);
    }
    QObject::connect(&desktop, &DesktopIntegration::openIntegrationRequested, &window,
        &ui::MainWindow::showIntegration);
    if (services) {
        GuiServices *s = services.get();
        QObject::connect(&desktop, &DesktopIntegration::syncPausedChanged, &window,
            [s](bool paused) { s->setSyncPaused(paused); });
    }
    IdleEventCounter::installFromEnvironment(&window); // bench/ only; inert otherwise
    return QApplication::exec();
}

} // namespace aria::app
