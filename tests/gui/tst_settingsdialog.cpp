// The settings dialog: fields from Settings, inline validation with Settings' own messages,
// the API key to the keychain only, and the sign-in request.
#include "common/settings.h"
#include "domain/integration.h"
#include "secrets/secretstore.h"
#include "settingsdialog.h"
#include "translator.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <QTemporaryDir>
#include <QtTest>

using namespace aria;
using namespace aria::ui;

class TestSettingsDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { installTranslations(QStringLiteral("en")); }
    void init();
    void showsCurrentValues();
    void invalidValuesShowInlineAndWriteNothing();
    void savesSettingsAndKeyToKeychainOnly();
    void keychainFailureKeepsDialogOpen();
    void signInButtonAsks();

private:
    QLineEdit *line(SettingsDialog &d, const QString &key) { return qobject_cast<QLineEdit *>(d.field(key)); }
    QTemporaryDir m_dir;
    std::unique_ptr<Settings> m_settings;
    MemorySecretStore m_secrets;
};

void TestSettingsDialog::init()
{
    QFile::remove(m_dir.filePath(QStringLiteral("settings.ini")));
    m_settings = std::make_unique<Settings>(m_dir.filePath(QStringLiteral("settings.ini")));
    m_secrets.setForcedResult(SecretStore::Result::Ok);
}

void TestSettingsDialog::showsCurrentValues()
{
    QString error;
    QVERIFY(m_settings->set(QStringLiteral("supabase.url"), QStringLiteral("https://p.supabase.co"), &error));
    QVERIFY(m_settings->set(QStringLiteral("gmail.mode"), QStringLiteral("direct"), &error));
    SettingsDialog dialog(m_settings.get(), &m_secrets, builtInIntegrations());
    QCOMPARE(line(dialog, QStringLiteral("supabase.url"))->text(), QStringLiteral("https://p.supabase.co"));
    QCOMPARE(line(dialog, QStringLiteral("composio.base_url"))->text(),
        QStringLiteral("https://backend.composio.dev/api/v3.1"));
    QCOMPARE(qobject_cast<QComboBox *>(dialog.field(QStringLiteral("gmail.mode")))->currentData().toString(),
        QStringLiteral("direct"));
    QCOMPARE(qobject_cast<QComboBox *>(dialog.field(QStringLiteral("ui.theme")))->currentData().toString(),
        QStringLiteral("system"));
    QVERIFY(dialog.field(QStringLiteral("hubspot.client_id")));
    QCOMPARE(dialog.apiKeyField()->echoMode(), QLineEdit::Password);
    QVERIFY(dialog.apiKeyField()->text().isEmpty()); // the stored key is never loaded into the field
}

void TestSettingsDialog::invalidValuesShowInlineAndWriteNothing()
{
    SettingsDialog dialog(m_settings.get(), &m_secrets, builtInIntegrations());
    dialog.show();
    line(dialog, QStringLiteral("supabase.url"))->setText(QStringLiteral("ftp://nope"));
    auto *mode = qobject_cast<QComboBox *>(dialog.field(QStringLiteral("gmail.mode")));
    QVERIFY(dialog.field(QStringLiteral("gmail.client_id"))->isHidden()); // only for direct OAuth
    mode->setCurrentIndex(mode->findData(QStringLiteral("direct")));
    QVERIFY(!dialog.field(QStringLiteral("gmail.client_id"))->isHidden());
    line(dialog, QStringLiteral("gmail.client_id"))->setText(QStringLiteral("has space"));
    line(dialog, QStringLiteral("supabase.anon_key"))->setText(QStringLiteral("anon-123"));
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    dialog.save();
    QCOMPARE(accepted.size(), 0);
    QCOMPARE(dialog.errorFor(QStringLiteral("supabase.url")),
        QStringLiteral("Invalid value for supabase.url: Expected an https URL (plain http only on 127.0.0.1, ::1 "
                       "or localhost)."));
    QVERIFY(dialog.errorFor(QStringLiteral("gmail.client_id")).contains(u"spaces"));
    QVERIFY(dialog.errorFor(QStringLiteral("supabase.anon_key")).isEmpty());
    QCOMPARE(dialog.field(QStringLiteral("supabase.url"))->accessibleDescription(),
        dialog.errorFor(QStringLiteral("supabase.url")));
    // Nothing was written, not even the valid field.
    QCOMPARE(m_settings->get(QStringLiteral("supabase.anon_key")), QString());

    // Plain http to another machine would carry the session in clear text.
    line(dialog, QStringLiteral("supabase.url"))->setText(QStringLiteral("http://p.supabase.co"));
    dialog.save();
    QCOMPARE(accepted.size(), 0);
    QVERIFY2(dialog.errorFor(QStringLiteral("supabase.url")).contains(u"Plain http is allowed only on this computer"),
        qPrintable(dialog.errorFor(QStringLiteral("supabase.url"))));
    QCOMPARE(m_settings->get(QStringLiteral("supabase.url")), QString());

    line(dialog, QStringLiteral("supabase.url"))->setText(QStringLiteral("https://p.supabase.co"));
    line(dialog, QStringLiteral("gmail.client_id"))->setText(QStringLiteral("client-1"));
    dialog.save();
    QCOMPARE(accepted.size(), 1);
    QVERIFY(dialog.errorFor(QStringLiteral("supabase.url")).isEmpty());
    QCOMPARE(m_settings->get(QStringLiteral("supabase.anon_key")), QStringLiteral("anon-123"));
    QCOMPARE(m_settings->get(QStringLiteral("gmail.client_id")), QStringLiteral("client-1"));
    QCOMPARE(m_settings->get(QStringLiteral("gmail.mode")), QStringLiteral("direct"));
}

void TestSettingsDialog::savesSettingsAndKeyToKeychainOnly()
{
    SettingsDialog dialog(m_settings.get(), &m_secrets, builtInIntegrations());
    dialog.apiKeyField()->setText(QStringLiteral("ak_secret_value_42"));
    auto *theme = qobject_cast<QComboBox *>(dialog.field(QStringLiteral("ui.theme")));
    theme->setCurrentIndex(theme->findData(QStringLiteral("dark")));
    QSignalSpy saved(&dialog, &SettingsDialog::saved);
    dialog.save();
    QVERIFY(saved.wait(2000));
    QCOMPARE(
        m_secrets.contents().value(QStringLiteral("composio-api-key")), QStringLiteral("ak_secret_value_42"));
    QCOMPARE(m_settings->get(QStringLiteral("ui.theme")), QStringLiteral("dark"));
    m_settings->sync();
    QFile file(m_settings->fileName());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains("ak_secret_value_42"));
    QVERIFY(dialog.apiKeyField()->text().isEmpty());
}

void TestSettingsDialog::keychainFailureKeepsDialogOpen()
{
    m_secrets.setForcedResult(SecretStore::Result::Unavailable);
    SettingsDialog dialog(m_settings.get(), &m_secrets, builtInIntegrations());
    dialog.apiKeyField()->setText(QStringLiteral("ak_1"));
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    dialog.save();
    QVERIFY(QTest::qWaitFor(
        [&] { return !dialog.errorFor(ui::SettingsDialog::apiKeyFieldName()).isEmpty(); }, 2000));
    QCOMPARE(accepted.size(), 0);
    QVERIFY(!dialog.errorFor(ui::SettingsDialog::apiKeyFieldName()).contains(u"ak_1"));
}

void TestSettingsDialog::signInButtonAsks()
{
    SettingsDialog dialog(m_settings.get(), &m_secrets, builtInIntegrations());
    dialog.show();
    QSignalSpy signIn(&dialog, &SettingsDialog::signInRequested);
    auto *button = dialog.findChild<QAbstractButton *>(QStringLiteral("signInButton"));
    QVERIFY(button);
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(signIn.size(), 1);
}

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
