#include "guiapp.h"

#include "common/apppaths.h"
#include "common/logging.h"
#include "common/sandbox.h"
#include "common/settings.h"
#include "desktopintegration.h"
#include "firstpaintwatcher.h"
#include "launch.h"
#include "mainwindow.h"
#include "model/connectionsmodel.h"
#include "oauth/providerregistry.h"
#include "store/connectionstore.h"

#include <QApplication>
#include <QIcon>

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
    // Qt's default here is "Sans Serif 9"; Inter is the design's typeface.
    QFont font(QStringLiteral("Inter"));
    font.setPointSizeF(10);
    QApplication::setFont(font);

    DesktopIntegration desktop(options);  // tray, single instance, autostart
    if (desktop.handedOver())
        return 0;  // the running instance shows its window instead
    Settings settings;
    ConnectionStore store;
    store.setUserId(settings.localUserId());
    const bool opened = store.open(AppPaths::databaseFile());
    ConnectionsModel model(opened ? &store : nullptr);
    model.setIntegrations(ProviderRegistry::loadAll());  // built-in + user-added providers
    ui::MainWindow window(&model);
    if (isSandbox())  // make demo: every service is a local stand-in
        window.setWindowTitle(sandboxWindowTitle(window.windowTitle()));
    if (!opened) {
        qCWarning(lcApp).noquote() << store.errorString();
        window.showFatalProblem(store.errorString());
    }
    if (options.quitAfterFirstPaint)
        new FirstPaintWatcher(&window);
    desktop.attach(&window, &model, opened ? &store : nullptr);  // shows the window (or keeps it in the tray)
    return QApplication::exec();
}

}  // namespace aria::app
