#include "guiapp.h"

#include "accountchip.h"
#include "appearance.h"
#include "common/apppaths.h"
#include "common/logging.h"
#include "common/settings.h"
#include "connect/connectionmanager.h"
#include "connect/connectionstack.h"
#include "firstpaintwatcher.h"
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
#include <QTimer>

namespace aria::app {

bool displayAvailable()
{
    return !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") || !qEnvironmentVariableIsEmpty("DISPLAY")
        || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY");
}

int runGui(const LaunchOptions &options)
{
    QGuiApplication::setDesktopFileName(QStringLiteral("aria-integrations"));
    QGuiApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/aria-integrations.svg")));

    Settings settings;
    const auto applyAppearance = [&settings] {
        ui::applyAppearance(
            settings.get(QStringLiteral("ui.theme")), settings.get(QStringLiteral("ui.reduced_motion")));
    };
    applyAppearance(); // bundled Inter, light/dark tokens, reduced motion

    ConnectionStore store;
    store.setUserId(settings.localUserId());
    const bool opened = store.open(AppPaths::databaseFile());
    ConnectionsModel model(opened ? &store : nullptr);
    model.setIntegrations(ProviderRegistry::loadAll()); // built-in + user-added providers
    KeychainSecretStore secrets; // for the settings dialog's API key field
    ui::MainWindow window(&model);
    window.rememberGeometryIn(ui::WindowState::defaultFile());
    std::unique_ptr<GuiServices> services;
    supabase::SupabaseAccount *account = nullptr;
    if (opened) {
        services = std::make_unique<GuiServices>(settings, store);
        ConnectionManager *manager = services->manager();
        window.setConnectionService(manager);
        // First run (nothing stored yet): skeletons until the first reconcile answers.
        if (store.list().isEmpty()) {
            window.setLoading(true);
            QObject::connect(manager, &ConnectionManager::refreshFinished, &window,
                [&window] { window.setLoading(false); });
            QTimer::singleShot(5000, &window, [&window] { window.setLoading(false); });
        }
        QObject::connect(&window, &ui::MainWindow::retryRequested, manager, &ConnectionManager::refreshAll);
        manager->start();
        // The Supabase account (sign-in, two-way sync) and its chip in the header.
        account = new supabase::SupabaseAccount(&store, &secrets, services->stack().network(), &window);
        account->configure(settings);
        account->start();
        window.setAccountWidget(new ui::AccountChip(account->auth(), account->sync()));
    } else {
        qCWarning(lcApp).noquote() << store.errorString();
        window.showFatalProblem(store.errorString());
    }
    QObject::connect(&window, &ui::MainWindow::retryRequested, &model, &ConnectionsModel::reload);
    QObject::connect(&window, &ui::MainWindow::settingsRequested, &window, [&] {
        auto *dialog = new ui::SettingsDialog(&settings, &secrets, model.integrations(), &window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        QObject::connect(dialog, &ui::SettingsDialog::saved, &window, [&] {
            applyAppearance();
            window.applyAppearance();
            if (services)
                services->stack().reloadSettings(); // e.g. a new Composio base URL
            if (account)
                account->configure(settings); // a new Supabase project URL or anon key
        });
        QObject::connect(dialog, &ui::SettingsDialog::signInRequested, &window, [&] {
            if (!account)
                return;
            auto *signIn = new ui::SignInDialog(account->auth(), &window);
            signIn->setAttribute(Qt::WA_DeleteOnClose);
            signIn->open();
        });
        dialog->open();
    });
    if (options.quitAfterFirstPaint)
        new FirstPaintWatcher(&window);
    window.show();
    return QApplication::exec();
}

} // namespace aria::app
