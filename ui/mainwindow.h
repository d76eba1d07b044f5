#pragma once

#include <QMainWindow>

namespace aria {
class ConnectionsModel;
}

namespace aria::ui {

// The integrations window. Observes the model; actions are signals for the app to wire.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(ConnectionsModel *model, QWidget *parent = nullptr);

    // Shows a problem that keeps the list from working (e.g. the database cannot be opened).
    void showFatalProblem(const QString &message);
};

}  // namespace aria::ui
