#pragma once

#include <QObject>

namespace aria::app {

// Emits firstFrame() on the event-loop turn after the watched window painted its first frame:
// background work (keychain, network) starts then, so it never delays the first frame, and
// --quit-after-first-paint quits there, so start-up can be timed from outside.
class FirstPaintWatcher : public QObject
{
    Q_OBJECT
public:
    explicit FirstPaintWatcher(QObject *window);

Q_SIGNALS:
    void firstFrame();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool m_seen = false;
};

}  // namespace aria::app
