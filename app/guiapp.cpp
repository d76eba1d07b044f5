#include "guiapp.h"

#include "common/apppaths.h"
#include "common/logging.h"
#include "common/settings.h"
#include "firstpaintwatcher.h"
#include "idleeventcounter.h"
#include "launch.h"
#include "mainwindow.h"
#include "model/connectionsmodel.h"
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

    Settings settings;
    ConnectionStore store;
    store.setUserId(settings.localUserId());
    const bool opened = store.open(AppPaths::databaseFile());
    ConnectionsModel model(opened ? &store : nullptr);
    ui::MainWindow window(&model);
    if (!opened) {
        qCWarning(lcApp).noquote() << store.errorString();
        window.showFatalProblem(store.errorString());
    }
    if (options.quitAfterFirstPaint)
        new FirstPaintWatcher(&window);
    window.show();
    IdleEventCounter::installFromEnvironment(&window);  // bench/ only; inert otherwise
    return QApplication::exec();
}

}  // namespace aria::app
