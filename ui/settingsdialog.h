#pragma once

#include "domain/integration.h"

#include <QDialog>
#include <QHash>

class QComboBox;
class QLabel;
class QLineEdit;
class QScrollArea;
class QVBoxLayout;

namespace aria {
class SecretStore;
class Settings;
} // namespace aria

namespace aria::ui {

class ActionButton;

// Composio key and URL, per-integration mode and client id, Supabase project, appearance.
// Values are checked with the same rules as `config set` (Settings::set) before anything is
// written; problems appear under their field. The API key goes to the keychain only.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:

    SettingsDialog(Settings *settings, SecretStore *secrets, const QList<IntegrationSpec> &integrations,
        QWidget *parent = nullptr);

    // The field of a setting key (supabase.url, gmail.client_id), for tests.
    QWidget *field(const QString &key) const { return m_fields.value(key); }
    QLineEdit *apiKeyField() const { return m_apiKey; }
    // The name errorFor() knows the API key field by (not a setting: the key is in the keychain).
    static QString apiKeyFieldName() { return QStringLiteral("api_key"); }
    QString errorFor(const QString &key) const;

    // Validates every field; writes settings and the key when all are valid. Asynchronous
    // when a new key is written: accepted() follows the keychain's answer.
    void save();

Q_SIGNALS:
    void signInRequested();
    void saved(); // settings written (theme and motion may have changed)

private:
    void addSection(QVBoxLayout *layout, const QString &title);
    QLineEdit *addLine(
        QVBoxLayout *layout, const QString &key, const QString &label, const QString &placeholder = {});
    QComboBox *addChoice(QVBoxLayout *layout, const QString &key, const QString &label,
        const QList<std::pair<QString, QString>> &choices);
    QLabel *addError(QVBoxLayout *layout, const QString &key);
    QString valueOf(const QString &key) const;
    void showError(const QString &key, const QString &message);
    void finish();

    Settings *m_settings;
    SecretStore *m_secrets;
    QScrollArea *m_scroll = nullptr;
    QLineEdit *m_apiKey = nullptr;
    ActionButton *m_save = nullptr;
    QHash<QString, QWidget *> m_fields;
    QHash<QString, QLabel *> m_errors;
};

} // namespace aria::ui
