// The baseline: a bare Qt Widgets hello world, built with the app's flags, so start-up and
// memory of aria-integrations can be judged against what Qt itself costs on this machine.
// Takes the app's --quit-after-first-paint (same mechanism: quit on the turn after the
// window's first Paint event).
#include <QApplication>
#include <QEvent>
#include <QLabel>
#include <QTimer>

namespace {

class QuitAfterFirstPaint : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (!m_seen && event->type() == QEvent::Paint) {
            m_seen = true;
            QTimer::singleShot(0, this, [] { QCoreApplication::exit(0); });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    bool m_seen = false;
};

}  // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QLabel window(QStringLiteral("Hello, world"));
    window.setAlignment(Qt::AlignCenter);
    window.resize(1040, 760);  // the app's window size (MainWindow)
    if (QCoreApplication::arguments().contains(QStringLiteral("--quit-after-first-paint")))
        window.installEventFilter(new QuitAfterFirstPaint(&window));
    window.show();
    return QApplication::exec();
}
