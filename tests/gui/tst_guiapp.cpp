// The real executable: it paints its first frame and exits when asked to, and without any
// display it says so and exits 1 instead of aborting.
#include "testhome.h"

#include <QProcess>
#include <QtTest>

class TestGuiApp : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void quitsAfterFirstPaint();
    void noDisplayIsAPlainError();
};

namespace {
const QString kApp = QStringLiteral(ARIA_APP_PATH);
}

void TestGuiApp::quitsAfterFirstPaint()
{
    TestHome home;
    QProcess app;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    app.setProcessEnvironment(env);
    app.start(kApp, { QStringLiteral("--quit-after-first-paint") });
    QVERIFY(app.waitForFinished(20000));
    QCOMPARE(app.exitStatus(), QProcess::NormalExit);
    QCOMPARE(app.exitCode(), 0);
}

void TestGuiApp::noDisplayIsAPlainError()
{
    TestHome home;
    QProcess app;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *var : { "QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY" })
        env.remove(QLatin1String(var));
    app.setProcessEnvironment(env);
    app.start(kApp, {});
    QVERIFY(app.waitForFinished(20000));
    QCOMPARE(app.exitStatus(), QProcess::NormalExit);
    QCOMPARE(app.exitCode(), 1);
    QVERIFY(app.readAllStandardError().contains("no display available"));
}

QTEST_GUILESS_MAIN(TestGuiApp)
#include "tst_guiapp.moc"
