#include "mainwindow.h"
#include "model/connectionsmodel.h"
#include "statustext.h"
#include "store/connectionstore.h"
#include "translator.h"

#include <QLabel>
#include <QListView>
#include <QTemporaryDir>
#include <QtTest>

using namespace aria;

class TestMainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QCOMPARE(installTranslations(QStringLiteral("en")), QStringLiteral("en")); }
    void listsTheFiveIntegrations();
    void followsStoreChanges();
    void showsAProblemAsPlainText();
    void relativeTimes_data();
    void relativeTimes();
};

void TestMainWindow::listsTheFiveIntegrations()
{
    QTemporaryDir dir;
    ConnectionStore store;
    QVERIFY(store.open(dir.filePath(QStringLiteral("db.sqlite"))));
    ConnectionsModel model(&store);
    ui::MainWindow window(&model);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *list = window.findChild<QListView *>(QStringLiteral("integrationList"));
    QVERIFY(list);
    QCOMPARE(list->model()->rowCount(), 5);
    QCOMPARE(list->model()->index(0, 0).data().toString(), QStringLiteral("Google Calendar"));
    QCOMPARE(list->model()->index(4, 0).data().toString(), QStringLiteral("HubSpot"));
    QCOMPARE(window.findChild<QLabel *>(QStringLiteral("title"))->text(), QStringLiteral("Integrations"));
    const QImage shot = window.grab().toImage();
    QVERIFY(!shot.isNull());
    QVERIFY(shot.width() >= 400);
}

void TestMainWindow::followsStoreChanges()
{
    QTemporaryDir dir;
    ConnectionStore store;
    QVERIFY(store.open(dir.filePath(QStringLiteral("db.sqlite"))));
    ConnectionsModel model(&store);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    Connection c;
    c.integrationType = QStringLiteral("gmail");
    c.status = ConnectionStatus::Active;
    c.displayName = QStringLiteral("a@b.com");
    QVERIFY(store.upsert(c));
    QCOMPARE(changed.size(), 1);
    const QModelIndex gmail = model.index(model.rowOf(u"gmail"));
    QCOMPARE(gmail.data(ConnectionsModel::StatusRole).toInt(), int(ConnectionStatus::Active));
    QCOMPARE(gmail.data(ConnectionsModel::DisplayNameRole).toString(), QStringLiteral("a@b.com"));
    QCOMPARE(model.index(0).data(ConnectionsModel::StatusRole).toInt(), int(ConnectionStatus::NotConnected));
}

void TestMainWindow::showsAProblemAsPlainText()
{
    ConnectionsModel model(nullptr);
    ui::MainWindow window(&model);
    window.showFatalProblem(QStringLiteral("<b>broken</b> database"));
    auto *label = window.findChild<QLabel *>(QStringLiteral("problem"));
    QVERIFY(label);
    QCOMPARE(label->textFormat(), Qt::PlainText);
    QCOMPARE(label->text(), QStringLiteral("<b>broken</b> database"));
}

void TestMainWindow::relativeTimes_data()
{
    QTest::addColumn<qint64>("secondsAgo");
    QTest::addColumn<QString>("expected");
    QTest::newRow("now") << qint64(5) << "just now";
    QTest::newRow("1 min") << qint64(60) << "1 minute ago";
    QTest::newRow("5 min") << qint64(300) << "5 minutes ago";
    QTest::newRow("2 h") << qint64(7200) << "2 hours ago";
    QTest::newRow("3 d") << qint64(3 * 86400) << "3 days ago";
}

void TestMainWindow::relativeTimes()
{
    QFETCH(qint64, secondsAgo);
    QFETCH(QString, expected);
    const QDateTime now(QDate(2026, 11, 30), QTime(12, 0), Qt::UTC);
    QCOMPARE(ui::relativeTime(now.addSecs(-secondsAgo), now), expected);
    QCOMPARE(ui::relativeTime(QDateTime(), now), QStringLiteral("never"));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
