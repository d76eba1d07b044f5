// macOS start at login, tested on Linux: the LaunchAgent plist is written to a folder of the
// test's (ARIA_LAUNCHAGENTS_DIR) and read back as XML.
#include "common/launchagent.h"
#include "plistreader.h"
#include "testhome.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace aria;

class TestLaunchAgent : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup() { qunsetenv("ARIA_LAUNCHAGENTS_DIR"); }
    void defaultFolderIsLibraryLaunchAgents();
    void writesReadsAndRemoves_data();
    void writesReadsAndRemoves();
    void unwritableFolderIsReported();

private:
    QTemporaryDir m_dir;
    QString m_agents;
};

void TestLaunchAgent::init()
{
    m_agents = m_dir.filePath(QStringLiteral("Launch Agents"));
    qputenv("ARIA_LAUNCHAGENTS_DIR", m_agents.toUtf8());
}

void TestLaunchAgent::defaultFolderIsLibraryLaunchAgents()
{
    qunsetenv("ARIA_LAUNCHAGENTS_DIR");
    TestHome home;
    QCOMPARE(LaunchAgent::folder(), QDir::homePath() + QStringLiteral("/Library/LaunchAgents"));
    QCOMPARE(LaunchAgent::label(), QStringLiteral("io.github.aria.integrations"));
    QCOMPARE(LaunchAgent::plistPath(),
        QDir::homePath() + QStringLiteral("/Library/LaunchAgents/io.github.aria.integrations.plist"));
}

void TestLaunchAgent::writesReadsAndRemoves_data()
{
    QTest::addColumn<QString>("executable");
    QTest::addColumn<bool>("minimised");
    QTest::newRow("plain") << "/Applications/ARIA Integrations.app/Contents/MacOS/aria-integrations" << false;
    QTest::newRow("minimised") << "/Applications/aria-integrations" << true;
    // Characters that XML, a shell or a quoting rule would trip over arrive unchanged.
    QTest::newRow("xml and shell characters") << "/Users/a b/\"q\" 'x' & <y> $HOME %d\\n/aria" << true;
    QTest::newRow("non-ASCII") << QStringLiteral("/Users/zoë/Programme/ÄRIA/aria") << false;
}

void TestLaunchAgent::writesReadsAndRemoves()
{
    QFETCH(QString, executable);
    QFETCH(bool, minimised);
    QString error;
    QVERIFY2(LaunchAgent::apply(true, minimised, executable, &error), qPrintable(error));
    QCOMPARE(LaunchAgent::plistPath(), m_agents + QStringLiteral("/io.github.aria.integrations.plist"));
    QFile file(LaunchAgent::plistPath());
    QVERIFY(file.open(QIODevice::ReadOnly));
#ifndef Q_OS_WIN // POSIX modes; Windows files take the profile's ACL (docs/WINDOWS.md)
    QCOMPARE(
        file.permissions() & (QFile::ReadGroup | QFile::WriteGroup | QFile::ReadOther | QFile::WriteOther),
        QFile::Permissions());
#endif
    const QByteArray data = file.readAll();
    file.close();
    QVERIFY2(data.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"), data.constData());

    QString problem;
    const QVariantMap plist = readPlist(data, &problem);
    QVERIFY2(problem.isEmpty(), qPrintable(problem + QLatin1Char('\n') + QString::fromUtf8(data)));
    QCOMPARE(plist.value(QStringLiteral("Label")).toString(), QStringLiteral("io.github.aria.integrations"));
    QStringList expected { executable };
    if (minimised)
        expected << QStringLiteral("--minimised");
    QCOMPARE(plist.value(QStringLiteral("ProgramArguments")).toStringList(), expected);
    QCOMPARE(plist.value(QStringLiteral("RunAtLoad")), QVariant(true));

    // Writing again replaces it; disabling removes it; removing twice is fine.
    QVERIFY(LaunchAgent::apply(true, !minimised, executable, &error));
    QVERIFY(LaunchAgent::apply(false, false, executable, &error));
    QVERIFY(!QFile::exists(LaunchAgent::plistPath()));
    QVERIFY(LaunchAgent::apply(false, false, executable, &error));
}

void TestLaunchAgent::unwritableFolderIsReported()
{
    QVERIFY(QDir(m_agents).removeRecursively());
    QFile blocker(m_agents); // a file where the folder should be
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    QString error;
    QVERIFY(!LaunchAgent::apply(true, false, QStringLiteral("/Applications/aria"), &error));
    QVERIFY2(error.contains(u"Cannot create the folder"), qPrintable(error));
    QVERIFY(QFile::remove(m_agents));
}

QTEST_GUILESS_MAIN(TestLaunchAgent)
#include "tst_launchagent.moc"
