#include "store/connectionstore.h"
#include "store/databasewatcher.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace aria;

// Commits by another connection wake the watcher; our own do not count as external.
class TestDatabaseWatcher : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void otherConnectionsCommitIsNoticed();
    void ownCommitIsNotExternal();
    void anotherProcessIsNoticed();
    void commitBeforeWatchingIsNoticed_data();
    void commitBeforeWatchingIsNoticed();

private:
    QString path() const { return m_dir->filePath(QStringLiteral("db.sqlite")); }
    static bool write(ConnectionStore &store, const QString &id, ConnectionStatus status)
    {
        Connection c;
        c.integrationType = id;
        c.status = status;
        return store.upsert(c);
    }
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ConnectionStore> m_store;
};

void TestDatabaseWatcher::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = std::make_unique<ConnectionStore>();
    QVERIFY(m_store->open(path()));
}

void TestDatabaseWatcher::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

void TestDatabaseWatcher::otherConnectionsCommitIsNoticed()
{
    DatabaseWatcher watcher(m_store->database().handle(), path());
    QSignalSpy spy(&watcher, &DatabaseWatcher::changedExternally);
    ConnectionStore other;
    QVERIFY(other.open(path()));
    QVERIFY(write(other, QStringLiteral("gmail"), ConnectionStatus::Active));
    QVERIFY(spy.wait(5000));
    QVERIFY(write(other, QStringLiteral("gmail"), ConnectionStatus::Expired));
    QTRY_COMPARE_WITH_TIMEOUT(spy.count(), 2, 5000);
    QCOMPARE(m_store->get(u"gmail")->status, ConnectionStatus::Expired);
}

void TestDatabaseWatcher::ownCommitIsNotExternal()
{
    DatabaseWatcher watcher(m_store->database().handle(), path());
    QSignalSpy spy(&watcher, &DatabaseWatcher::changedExternally);
    const int checksBefore = watcher.checks();
    QVERIFY(write(*m_store, QStringLiteral("gmail"), ConnectionStatus::Active));
    // The file change wakes the watcher (a check runs) but data_version is unchanged.
    QTRY_VERIFY_WITH_TIMEOUT(watcher.checks() > checksBefore, 5000);
    QTest::qWait(200);
    QCOMPARE(spy.count(), 0);
}

// The window starts its watcher after its first frame: a commit made between filling the
// window and that moment is reported at once, and none is invented when nothing changed.
void TestDatabaseWatcher::commitBeforeWatchingIsNoticed_data()
{
    QTest::addColumn<bool>("commitInBetween");
    QTest::newRow("commit in between") << true;
    QTest::newRow("nothing in between") << false;
}

void TestDatabaseWatcher::commitBeforeWatchingIsNoticed()
{
    QFETCH(bool, commitInBetween);
    const qint64 shown = DatabaseWatcher::versionOf(m_store->database().handle());
    QVERIFY(shown >= 0);
    ConnectionStore other;
    QVERIFY(other.open(path()));
    if (commitInBetween)
        QVERIFY(write(other, QStringLiteral("gmail"), ConnectionStatus::Active));
    DatabaseWatcher watcher(m_store->database().handle(), path(), nullptr, shown);
    QSignalSpy spy(&watcher, &DatabaseWatcher::changedExternally);
    QTRY_VERIFY_WITH_TIMEOUT(watcher.checks() > 0, 5000);
    QTest::qWait(100);
    QCOMPARE(spy.count(), commitInBetween ? 1 : 0);
}

void TestDatabaseWatcher::anotherProcessIsNoticed()
{
    DatabaseWatcher watcher(m_store->database().handle(), path());
    QSignalSpy spy(&watcher, &DatabaseWatcher::changedExternally);
    // A plain sqlite3-free writer: this test binary itself, in child mode.
    QProcess child;
    child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--write-once"), path()});
    QVERIFY(child.waitForFinished(20000));
    QCOMPARE(child.exitCode(), 0);
    QVERIFY(spy.count() > 0 || spy.wait(5000));
    QCOMPARE(m_store->get(u"hubspot")->status, ConnectionStatus::Error);
}

int main(int argc, char *argv[])
{
    if (argc == 3 && qstrcmp(argv[1], "--write-once") == 0) {
        QCoreApplication app(argc, argv);
        ConnectionStore store;
        if (!store.open(QString::fromLocal8Bit(argv[2])))
            return 1;
        Connection c;
        c.integrationType = QStringLiteral("hubspot");
        c.status = ConnectionStatus::Error;
        return store.upsert(c) ? 0 : 1;
    }
    QCoreApplication app(argc, argv);
    TestDatabaseWatcher test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_databasewatcher.moc"
