#include "guiapp.h"

#include "appservices.h"
#include "appearance.h"
#include "common/apppaths.h"
#include "common/logging.h"
#include "common/sandbox.h"
#include "common/settingkeys.h"
#include "common/settings.h"
#include "connect/deferredconnectionservice.h"
#include "desktopintegration.h"
#include "firstpaintwatcher.h"
#include "idleeventcounter.h"
#include "launch.h"
#include "mainwindow.h"
#include "model/connectionsmodel.h"
#include "oauth/providerregistry.h"
#include "networkmodule.h"
#include "secrets/secretstore.h"
#include "settingsdialog.h"
#include "store/connectionstore.h"
#include "svgicon.h"
#ifdef Q_OS_WIN
#include "platform/themewatcher.h"
#else
#include "systemthemewatcher.h"
#endif
#include "theme.h"
#include "windowstate.h"

#include <QApplication>
#include <QMessageBox>
#include <QTimer>

namespace aria::app {

bool displayAvailable()
{
#ifdef Q_OS_WIN
    return true; // the desktop is always there
#endif
    return !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") || !qEnvironmentVariableIsEmpty("DISPLAY")
        || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY");
}

namespace {

// "system" follows the desktop's light/dark switch while the app runs.
void followSystemTheme(ui::MainWindow &window, Settings &settings, const std::function<void()> &applyAppearance)
{
    const auto follow = [&window, &settings, applyAppearance](std::optional<ui::Theme::Scheme> scheme) {
            ui::Theme::setSystemPreference(scheme);
            if (ui::Theme::resolve(settings.value(setting::theme)) == ui::Theme::current().scheme())
                return; // a fixed theme, or already this one
            applyAppearance();
            window.applyAppearance();
        };
#ifdef Q_OS_WIN
    auto *watcher = new platform::ThemeWatcher(&window);
    QObject::connect(watcher, &platform::ThemeWatcher::preferenceChanged, &window, [follow](std::optional<bool> dark) {
        follow(dark ? std::optional(*dark ? ui::Theme::Scheme::Dark : ui::Theme::Scheme::Light) : std::nullopt);
    });
#else
    auto *watcher = new ui::SystemThemeWatcher(&window);
    QObject::connect(watcher, &ui::SystemThemeWatcher::preferenceChanged, &window, follow);
#endif
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

void openSettings(ui::MainWindow &window, Settings &settings, AppServices *services,
    const QList<IntegrationSpec> &integrations, const std::function<void()> &applyAppearance)
{
    SecretStore *secrets = services ? services->secrets() : nullptr;
    ServicesModule *module = networkModule();
    SecretStore *fallbackSecrets = nullptr;
    if (!secrets && module) // the database failed to open; the API key field still works
        secrets = fallbackSecrets = module->createSecretStore(nullptr);
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
        if (services)
            services->openSignIn(&window);
    });
    dialog->open();
}

} // namespace

int runGui(const LaunchOptions &options)
{
    QGuiApplication::setDesktopFileName(QStringLiteral("aria-integrations"));
    QGuiApplication::setWindowIcon(ui::svgIcon(QStringLiteral(":/icons/aria-integrations.svg")));

    DesktopIntegration desktop(options); // tray, single instance, autostart
    if (desktop.handedOver())
        return 0; // the running instance shows its window instead
    Settings settings;
    const auto applyAppearance = [&settings] {
        ui::applyAppearance(
            settings.value(setting::theme), settings.value(setting::reducedMotion));
    };
    applyAppearance(); // bundled Inter, light/dark tokens, reduced motion
    if (desktop.otherInstanceUnresponsive())
        return explainUnresponsiveInstance(); // never a second window on the same profile

    ConnectionStore store;
    store.setUserId(settings.localUserId());
    const bool opened = store.open(AppPaths::databaseFile());
    ConnectionsModel model(opened ? &store : nullptr, ProviderRegistry::loadAll()); // built-in + user-added
    DeferredConnectionService connections; // the real one comes with the network module
    ui::MainWindow window(&model);
    if (isSandbox()) { // make demo: every service is a local stand-in
        window.setWindowTitle(sandboxWindowTitle(window.windowTitle()));
        window.setSandbox(true);
    }
    window.rememberGeometryIn(ui::WindowState::defaultFile());
    if (opened) {
        window.setConnectionService(&connections);
        // A write that failed (disk full) is shown, not only logged.
        QObject::connect(&store, &ConnectionStore::errorOccurred, &window,
            [&window](const QString &message) { window.showProblem(message); });
        if (!model.storeHadRows()) { // nothing stored yet: skeletons until the first reconcile answers
            window.setLoading(true);
            QObject::connect(&connections, &ConnectionService::refreshFinished, &window,
                [&window] { window.setLoading(false); });
            QTimer::singleShot(5000, &window, [&window] { window.setLoading(false); });
        }
        QObject::connect(&window, &ui::MainWindow::retryRequested, &connections, &ConnectionService::refreshAll);
    } else {
        qCWarning(lcApp).noquote() << store.errorString();
        window.showFatalProblem(store.errorString());
    }
    std::unique_ptr<AppServices> services;
    QObject::connect(&window, &ui::MainWindow::retryRequested, &model, &ConnectionsModel::reload);
    QObject::connect(&window, &ui::MainWindow::settingsRequested, &window, [&] {
        openSettings(window, settings, services.get(), model.integrations(), applyAppearance);
    });
    QObject::connect(&window, &ui::MainWindow::signInRequested, &window, [&] {
        if (services)
            services->openSignIn(&window);
    });
    QObject::connect(&window, &ui::MainWindow::composioKeyRequested, &window, [&] {
        settings.setValue(setting::composioVia, QStringLiteral("key"));
        if (services)
            services->reloadSettings();
        openSettings(window, settings, services.get(), model.integrations(), applyAppearance);
    });
    QObject::connect(&window, &ui::MainWindow::oauthClientRequested, &window, [&] {
        openSettings(window, settings, services.get(), model.integrations(), applyAppearance);
    });
    auto *firstFrame = new FirstPaintWatcher(&window);
    if (options.quitAfterFirstPaint)
        QObject::connect(firstFrame, &FirstPaintWatcher::firstFrame, qApp, [] { QCoreApplication::exit(0); });
    desktop.attach(&window, &model, opened ? &store : nullptr, opened ? &connections : nullptr);
    if (!options.quitAfterFirstPaint) {
        // The network module (and with it keychain, network, sync), the tray and the network
        // monitor never delay the first frame. A window kept in the tray (--minimised) paints
        // none: then the work starts on the next turn.
        const auto startLater = [&] {
            ServicesModule *module = networkModule();
            if (!module) {
                qCCritical(lcApp).noquote() << networkModuleError();
                window.showFatalProblem(networkModuleError());
            } else {
                if (opened) {
                    services.reset(module->createAppServices(settings, store));
                    connections.attach(services->connections());
                    window.setAccountWidget(services->createAccountWidget());
                    services->start();
                    services->watchFirstRun(&window, [&window](bool firstRun) { window.setWelcomeShown(firstRun); });
                }
                module->followReachability(&desktop, [&desktop](bool offline) { desktop.setOffline(offline); });
            }
            followSystemTheme(window, settings, applyAppearance);
            desktop.completeStartup();
        };
        if (window.isVisible() && !window.isMinimized())
            QObject::connect(firstFrame, &FirstPaintWatcher::firstFrame, &window, startLater);
        else
            QTimer::singleShot(0, &window, startLater);
    }
    QObject::connect(&desktop, &DesktopIntegration::openIntegrationRequested, &window,
        &ui::MainWindow::showIntegration);
    QObject::connect(&desktop, &DesktopIntegration::syncPausedChanged, &window, [&services](bool paused) {
        if (services)
            services->setSyncPaused(paused);
    });
    // A connect from the command line goes out at once (other devices follow live).
    QObject::connect(&desktop, &DesktopIntegration::storeChangedExternally, &window, [&services] {
        if (services)
            services->storeChangedExternally();
    });
    IdleEventCounter::installFromEnvironment(&window); // bench/ only; inert otherwise
    return QApplication::exec();
}

} // namespace aria::app
