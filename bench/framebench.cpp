// Frame intervals of the integrations window while everything animates, and the cost of
// painted shadows against QGraphicsDropShadowEffect. Prints tables; not a pass/fail test.
// Run with `make bench` (offscreen).
#include "appearance.h"
#include "errorbanner.h"
#include "integrationcard.h"
#include "integrationspage.h"
#include "mainwindow.h"
#include "model/connectionsmodel.h"
#include "store/connectionstore.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEnterEvent>
#include <QGraphicsDropShadowEffect>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <ctime>

// Under `valgrind --tool=callgrind` each scenario is written to its own dump (callgrind.out.PID.N),
// so instructions per frame can be read per scenario; without valgrind these are no-ops.
#if __has_include(<valgrind/callgrind.h>)
#include <valgrind/callgrind.h>
#else
#define CALLGRIND_ZERO_STATS
#define CALLGRIND_DUMP_STATS_AT(name) static_cast<void>(name)
#endif

using namespace aria;
using namespace aria::ui;

namespace {

double threadCpuMs()
{
    timespec ts {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

// Times every delivery of UpdateRequest (one frame: paint + flush) to a top-level window:
// wall time, and the GUI thread's CPU time (which time slices given to other processes on
// a busy machine do not inflate).
class FrameClock : public QApplication
{
public:
    using QApplication::QApplication;
    QWidget *watched = nullptr;
    QList<double> frameStartsMs;
    QList<double> frameCostsMs;
    QList<double> frameCpuMs;
    QElapsedTimer clock;

    bool notify(QObject *receiver, QEvent *event) override
    {
        if (receiver != watched || event->type() != QEvent::UpdateRequest)
            return QApplication::notify(receiver, event);
        const qint64 start = clock.nsecsElapsed();
        const double cpuStart = threadCpuMs();
        const bool result = QApplication::notify(receiver, event);
        frameStartsMs << start / 1e6;
        frameCostsMs << (clock.nsecsElapsed() - start) / 1e6;
        frameCpuMs << threadCpuMs() - cpuStart;
        return result;
    }
};

double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    return values.at(std::min<qsizetype>(values.size() - 1, qsizetype(p * (values.size() - 1) + 0.5)));
}

// Starts a scenario's counts (and callgrind's).
void startScenario(FrameClock &app)
{
    app.frameStartsMs.clear();
    app.frameCostsMs.clear();
    app.frameCpuMs.clear();
    CALLGRIND_ZERO_STATS;
}

void printRow(const char *scenario, FrameClock &app)
{
    CALLGRIND_DUMP_STATS_AT(scenario);
    QList<double> intervals;
    for (int i = 1; i < app.frameStartsMs.size(); ++i)
        intervals << app.frameStartsMs.at(i) - app.frameStartsMs.at(i - 1);
    std::printf("| %-34s | %6lld | %8.2f | %8.2f | %8.2f | %8.2f | %s | %8.2f | %8.2f |\n", scenario,
        qlonglong(intervals.size()), percentile(intervals, 0.5), percentile(intervals, 0.99),
        percentile(app.frameCostsMs, 0.5), percentile(app.frameCostsMs, 0.99),
        percentile(intervals, 0.99) <= 16.7 ? "yes   " : "no    ", // the goal: p99 within one 60 Hz frame
        percentile(app.frameCpuMs, 0.5), percentile(app.frameCpuMs, 0.99));
    startScenario(app);
}

void runFor(int ms)
{
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < ms)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
}

QList<IntegrationSpec> manyIntegrations(int count)
{
    QList<IntegrationSpec> specs = builtInIntegrations();
    for (int i = specs.size(); i < count; ++i) {
        IntegrationSpec s;
        s.id = QStringLiteral("custom_%1").arg(i);
        s.name = QStringLiteral("Custom service %1").arg(i);
        s.description = QStringLiteral("A provider added with its own OAuth client");
        s.iconId = QStringLiteral("generic");
        specs << s;
    }
    return specs;
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM",
        qgetenv("QT_QPA_PLATFORM").isEmpty() ? QByteArray("offscreen") : qgetenv("QT_QPA_PLATFORM"));
    FrameClock app(argc, argv);
    applyAppearance(QStringLiteral("light"), QStringLiteral("off"));
    QTemporaryDir dir;
    ConnectionStore store;
    if (!store.open(dir.filePath(QStringLiteral("bench.sqlite"))))
        return 1;
    ConnectionsModel model(&store);
    const QList<IntegrationSpec> specs = manyIntegrations(12);
    model.setIntegrations(specs);
    for (const IntegrationSpec &s : specs) {
        Connection c;
        c.integrationType = s.id;
        c.status = ConnectionStatus::Connecting; // every dot pulses, every button spins
        store.upsert(c);
    }

    MainWindow window(&model);
    window.resize(1200, 1900); // all 12 cards on screen
    app.watched = &window;
    app.clock.start();
    window.show();
    runFor(800); // the entrance (fade and rise with stagger)
    startScenario(app);

    std::printf("Frame intervals, %s, 1200x1900 window, 12 cards (target 16.7 ms)\n\n",
        qPrintable(QGuiApplication::platformName()));
    // paint = wall time of a frame's delivery, cpu = the GUI thread's CPU time in it
    std::printf("| %-34s | %6s | %8s | %8s | %8s | %8s | %s | %8s | %8s |\n", "scenario", "frames", "p50 ms",
        "p99 ms", "paint50", "paint99", "smooth", "cpu50", "cpu99");
    std::printf("|%s|%s|%s|%s|%s|%s|%s|%s|%s|\n", "------------------------------------", "--------", "----------",
        "----------", "----------", "----------", "--------", "----------", "----------");

    runFor(3000);
    printRow("12 pulsing dots + 12 spinners", app);

    // Hover lifts on every card in turn, on top of the pulses.
    QTimer hover;
    int next = 0;
    QObject::connect(&hover, &QTimer::timeout, &window, [&] {
        const auto cards = window.page()->cards();
        IntegrationCard *leaving = cards.at(next % cards.size());
        IntegrationCard *entering = cards.at((next + 1) % cards.size());
        QEvent leave(QEvent::Leave);
        QCoreApplication::sendEvent(leaving, &leave);
        QEnterEvent enter(QPointF(10, 10), QPointF(10, 10), QPointF(10, 10));
        QCoreApplication::sendEvent(entering, &enter);
        ++next;
    });
    hover.start(120);
    runFor(3000);
    hover.stop();
    printRow("+ hover lift moving every 120 ms", app);

    window.setLoading(true);
    runFor(3000);
    printRow("4 shimmering skeletons", app);
    window.setLoading(false);
    runFor(1000);
    startScenario(app);
    for (int i = 0; i < 3; ++i) {
        window.showProblem(QStringLiteral("Could not reach Composio."), [] {});
        runFor(500);
        window.page()->findChild<QWidget *>(QStringLiteral("errorBanner"))->hide();
        window.setLoading(true);
        window.setLoading(false); // re-run the entrance
        runFor(600);
    }
    printRow("banner slide + staggered entrance", app);

    // The slide alone, in and out, over settled cards (their dots and spinners still running).
    runFor(1200); // the last entrance settles
    startScenario(app);
    for (int i = 0; i < 3; ++i) {
        window.showProblem(QStringLiteral("Could not reach Composio."), [] {});
        runFor(500);
        window.page()->banner()->dismiss();
        runFor(400);
    }
    printRow("banner slide in and out", app);

    // Shadows: a full-page render with painted shadows vs one QGraphicsDropShadowEffect per card.
    applyAppearance(QStringLiteral("light"), QStringLiteral("on"));
    window.applyAppearance();
    runFor(200);
    auto timeRenders = [&](int n) {
        QImage target(window.page()->size(), QImage::Format_ARGB32_Premultiplied);
        QElapsedTimer t;
        t.start();
        for (int i = 0; i < n; ++i)
            window.page()->render(&target);
        return t.nsecsElapsed() / 1e6 / n;
    };
    const double painted = timeRenders(30);
    window.page()->setShadowsPainted(false);
    for (IntegrationCard *c : window.page()->cards()) {
        auto *effect = new QGraphicsDropShadowEffect(c);
        effect->setBlurRadius(24);
        effect->setOffset(0, 4);
        effect->setColor(QColor(16, 24, 40, 26));
        c->setGraphicsEffect(effect);
    }
    const double effects = timeRenders(30);
    std::printf("\nShadows, full page of 12 cards rendered 30 times (ms per render)\n\n");
    std::printf("| %-48s | %8s |\n|%s|%s|\n", "approach", "ms",
        "--------------------------------------------------", "----------");
    std::printf("| %-48s | %8.2f |\n", "painted nine-patch shadows (what the app uses)", painted);
    std::printf("| %-48s | %8.2f |\n", "QGraphicsDropShadowEffect on every card", effects);
    std::printf("| %-48s | %7.1fx |\n", "effect / painted", effects / painted);
    return 0;
}
