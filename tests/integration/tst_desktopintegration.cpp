// The real app on a desktop with a system tray (Xvfb + trayer): --minimised starts hidden in
// the tray, `open` brings the window up, and the autostart entry follows the settings.
#include "testhome.h"

#include <QApplication>
#include <QFile>
#include <QProcess>
#include <QSystemTrayIcon>
#include <QtTest>

class TestDesktopIntegration : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init() { m_home = std::make_unique<TestHome>(); }
    void cleanup();
    void minimisedStartsInTheTrayAndOpenShowsTheWindow();
    void autostartEntryFollowsTheSettings();

private:
    int run(const QStringList &args)
    {
        QProcess p;
        p.start(QStringLiteral(ARIA_APP_PATH), args);
        if (!p.waitForFinished(20000)) {
            p.kill();
            p.waitForFinished();
            return -1;
        }
        return p.exitCode();
    }
    QString log()
    {
        m_log += QString::fromUtf8(m_app.readAllStandardError());
        return m_log;
    }
    std::unique_ptr<TestHome> m_home;
    QProcess m_app;
    QString m_log;
};

void TestDesktopIntegration::initTestCase()
{
    QVERIFY(!qEnvironmentVariableIsEmpty("DISPLAY"));
    QCOMPARE(QGuiApplication::platformName(), QStringLiteral("xcb"));
    // trayer takes a moment to claim the tray selection; an app started before that finds no
    // tray and (rightly) shows its window instead of starting minimised. Wait as tst_tray does.
    QTRY_VERIFY_WITH_TIMEOUT(QSystemTrayIcon::isSystemTrayAvailable(), 10000);
}

void TestDesktopIntegration::cleanup()
{
    if (m_app.state() != QProcess::NotRunning) {
        m_app.terminate();
        if (!m_app.waitForFinished(5000)) {
            m_app.kill();
            m_app.waitForFinished();
        }
    }
    m_log.clear();
    m_home.reset();
}

void TestDesktopIntegration::minimisedStartsInTheTrayAndOpenShowsTheWindow()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("aria.*.debug=true"));
    m_app.setProcessEnvironment(env);
    m_app.start(QStringLiteral(ARIA_APP_PATH), {QStringLiteral("--minimised")});
    QTRY_VERIFY2_WITH_TIMEOUT(log().contains(QLatin1String("started minimised to the tray")), qPrintable(m_log), 20000);
    QVERIFY(!log().contains(QLatin1String("window shown")));
    QCOMPARE(run({QStringLiteral("open")}), 0);
    QTRY_VERIFY2_WITH_TIMEOUT(log().contains(QLatin1String("window shown")), qPrintable(m_log), 10000);
    QCOMPARE(m_app.state(), QProcess::Running);
}

void TestDesktopIntegration::autostartEntryFollowsTheSettings()
{
    const QString entry = m_home->path() + QLatin1String("/.config/autostart/aria-integrations.desktop");
    QVERIFY(!QFile::exists(entry));
    QCOMPARE(run({QStringLiteral("config"), QStringLiteral("set"), QStringLiteral("ui.autostart"), QStringLiteral("true")}), 0);
    QCOMPARE(run({QStringLiteral("config"), QStringLiteral("set"), QStringLiteral("ui.start_minimised"), QStringLiteral("true")}), 0);
    QFile file(entry);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    QVERIFY2(text.contains(QStringLiteral("\nExec=%1 --minimised\n").arg(QLatin1String(ARIA_APP_PATH))), qPrintable(text));
    file.close();
    QCOMPARE(run({QStringLiteral("config"), QStringLiteral("set"), QStringLiteral("ui.autostart"), QStringLiteral("false")}), 0);
    QVERIFY(!QFile::exists(entry));
}

QTEST_MAIN(TestDesktopIntegration)
#include "tst_desktopintegration.moc"
