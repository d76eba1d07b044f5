#pragma once

#include <QObject>
#include <QPointer>
#include <QWidget>

#include <functional>

namespace aria::ui {

// Makes closing the window hide it into the tray while a tray exists; without a tray,
// closing quits. Works on any QWidget through an event filter, so the window class needs
// no changes. Qt 6 asks every window to close when the app quits and an ignored close would
// cancel the quit, so closes that are part of a quit (QCoreApplication::quit() from anywhere,
// e.g. the session ending) pass: the filter also watches the application for QEvent::Quit.
class CloseToTray : public QObject
{
    Q_OBJECT
public:
    using TrayAvailable = std::function<bool()>;

    CloseToTray(QWidget *window, TrayAvailable trayAvailable, QObject *parent = nullptr);

    void allowClose() { m_allowClose = true; }

Q_SIGNALS:
    void hiddenToTray();
    void quitRequested();  // the window closed and there is no tray to keep running in

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QPointer<QWidget> m_window;
    TrayAvailable m_trayAvailable;
    bool m_allowClose = false;
    bool m_quitting = false;   // a QEvent::Quit is being handled
    bool m_quitAsked = false;  // quitRequested() sent since the window was last shown
};

}  // namespace aria::ui
