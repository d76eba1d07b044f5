#pragma once

#include <QObject>

namespace aria::app {

// Quits the application with status 0 once the watched window has painted its first frame
// (for --quit-after-first-paint, so start-up can be timed from outside).
class FirstPaintWatcher : public QObject
{
    Q_OBJECT
public:
    explicit FirstPaintWatcher(QObject *window);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool m_seen = false;
};

}  // namespace aria::app
