#include "idleeventcounter.h"

#include <QCoreApplication>
#include <QEvent>
#include <QFile>
#include <QMetaEnum>
#include <QTextStream>

namespace aria::app {
namespace {

constexpr int kSettleMs = 2000;

// The event's enum name (Timer, SockAct, MetaCall, UpdateRequest, Expose, ...). Every event is
// counted: on X11 the window system's own events are what wakes the thread, too.
QString kindOf(QEvent::Type type)
{
    static const QMetaEnum names = QMetaEnum::fromType<QEvent::Type>();
    const char *name = names.valueToKey(type);
    return name ? QString::fromLatin1(name) : QString::number(int(type));
}

// "QTimer under MainWindow" says more than "QTimer".
QString receiverName(const QObject *o)
{
    QString name = QString::fromLatin1(o->metaObject()->className());
    if (!o->objectName().isEmpty())
        name += QLatin1Char('#') + o->objectName();
    if (o->parent())
        name += QLatin1String(" under ") + QString::fromLatin1(o->parent()->metaObject()->className());
    return name;
}

}  // namespace

void IdleEventCounter::installFromEnvironment(QObject *parent)
{
    const QString file = qEnvironmentVariable("ARIA_BENCH_IDLE_STATS");
    if (file.isEmpty())
        return;
    bool ok = false;
    int windowMs = qEnvironmentVariableIntValue("ARIA_BENCH_IDLE_MS", &ok);
    if (!ok || windowMs <= 0)
        windowMs = 60000;
    new IdleEventCounter(file, windowMs, parent);
}

IdleEventCounter::IdleEventCounter(const QString &file, int windowMs, QObject *parent)
    : QObject(parent)
    , m_file(file)
    , m_windowMs(windowMs)
{
    m_phase.setSingleShot(true);
    connect(&m_phase, &QTimer::timeout, this, &IdleEventCounter::start);
    m_phase.start(kSettleMs);
}

void IdleEventCounter::start()
{
    m_counting = true;
    m_elapsed.start();
    QCoreApplication::instance()->installEventFilter(this);
    disconnect(&m_phase, nullptr, this, nullptr);
    connect(&m_phase, &QTimer::timeout, this, &IdleEventCounter::finish);
    m_phase.start(m_windowMs);
}

bool IdleEventCounter::eventFilter(QObject *watched, QEvent *event)
{
    if (m_counting && watched != &m_phase && watched != this) {
        ++m_counts[kindOf(event->type()) + QLatin1Char('\t') + receiverName(watched)];
    }
    return QObject::eventFilter(watched, event);
}

void IdleEventCounter::finish()
{
    m_counting = false;
    QCoreApplication::instance()->removeEventFilter(this);
    QFile out(m_file);
    if (out.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        QTextStream s(&out);
        s << "window_ms\t" << m_elapsed.elapsed() << '\n';
        for (auto it = m_counts.cbegin(); it != m_counts.cend(); ++it)
            s << it.value() << '\t' << it.key() << '\n';
    }
}

}  // namespace aria::app
