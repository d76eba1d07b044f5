#include "settingsdialog.h"

#include "actionbutton.h"
#include "common/settingkeys.h"
#include "common/settings.h"
#include "secrets/secretstore.h"
#include "secrets/keynames.h"
#include "theme.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QScrollArea>
#include <QTemporaryDir>
#include <QVBoxLayout>

namespace aria::ui {
namespace {

void setColor(QWidget *w, const QColor &c)
{
    QPalette p = w->palette();
    p.setColor(QPalette::WindowText, c);
    w->setPalette(p);
}

} // namespace

SettingsDialog::SettingsDialog(
    Settings *settings, SecretStore *secrets, const QList<IntegrationSpec> &integrations, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_secrets(secrets)
{
    setWindowTitle(tr("Settings"));
    // Inputs get the card language (rounded, token border, accent focus); everything else
    // comes from the palette. Built from the theme's tokens, not hard-coded colours.
    const auto &t = Theme::current().tokens();
    setStyleSheet(QStringLiteral(
        "QLineEdit, QComboBox { background: %1; color: %2; border: 1px solid %3;"
        " border-radius: 8px; padding: 0 10px; }"
        "QLineEdit:focus, QComboBox:focus { border: 2px solid %4; padding: 0 9px; }"
        "QComboBox::drop-down { border: none; width: 32px; }"
        "QComboBox::down-arrow { image: url(:/ui/icons/ui/chevron-down.svg); width: 14px; height: 14px; }")
                      .arg(t.surface.name(), t.text.name(), t.borderStrong.name(), t.focusRing.name()));
    setMinimumWidth(360);
    resize(560, 680);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->setSpacing(0);
    auto *scroll = m_scroll = new QScrollArea(this);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *content = new QWidget(scroll);
    auto *form = new QVBoxLayout(content);
    form->setContentsMargins(24, 24, 24, 24);
    form->setSpacing(4);
    scroll->setWidget(content);
    outer->addWidget(scroll, 1);

    addSection(form, tr("Composio"));
    addChoice(form, setting::composioVia.key(), tr("Reach Composio"),
        { { QString(), tr("Automatic") }, { QStringLiteral("cloud"), tr("ARIA cloud (sign-in)") },
            { QStringLiteral("key"), tr("My own API key") } });
    m_apiKey = addLine(form, apiKeyFieldName(), tr("API key"), tr("Not set"));
    m_apiKey->setEchoMode(QLineEdit::Password);
    m_apiKey->setClearButtonEnabled(true);
    auto *reveal = m_apiKey->addAction(QIcon(), QLineEdit::TrailingPosition);
    reveal->setText(tr("Show key"));
    reveal->setCheckable(true);
    connect(reveal, &QAction::toggled, this,
        [this](bool on) { m_apiKey->setEchoMode(on ? QLineEdit::Normal : QLineEdit::Password); });
    auto *keyHint = new QLabel(
        tr("Kept in the system keychain, never in a file. Leave empty to keep the stored key."), content);
    keyHint->setWordWrap(true);
    keyHint->setFont(Theme::font(12));
    setColor(keyHint, Theme::current().tokens().textTertiary);
    form->addWidget(keyHint);
    if (m_secrets) {
        m_secrets->read(keys::composioApiKey(), this, [this](const SecretStore::Reply &reply) {
            if (reply.result == SecretStore::Result::Ok)
                m_apiKey->setPlaceholderText(tr("Stored in the keychain"));
        });
    }
    addLine(form, setting::composioBaseUrl.key(), tr("Base URL"));

    addSection(form, tr("Integrations"));
    for (const IntegrationSpec &spec : integrations) {
        auto *name = new QLabel(spec.name, content);
        name->setFont(Theme::font(14, QFont::DemiBold));
        form->addSpacing(8);
        form->addWidget(name);
        QComboBox *mode = addChoice(form, setting::mode.key(spec.id), tr("Connect through"),
            { { QStringLiteral("composio"), tr("Composio") },
                { QStringLiteral("direct"), tr("Direct OAuth") } });
        QLineEdit *clientId = addLine(form, setting::clientId.key(spec.id), tr("OAuth client id"),
            tr("From the app you registered with the provider"));
        // The client id matters only for direct OAuth: show it when that mode is chosen.
        auto *caption = qobject_cast<QLabel *>(clientId->property("caption").value<QObject *>());
        const auto showClientId = [mode, clientId, caption] {
            const bool direct = mode->currentData().toString() == u"direct";
            clientId->setVisible(direct);
            caption->setVisible(direct);
        };
        connect(mode, &QComboBox::currentIndexChanged, this, showClientId);
        showClientId();
    }

    addSection(form, tr("Sync across devices (Supabase)"));
    addLine(form, setting::supabaseUrl.key(), tr("Project URL"), QStringLiteral("https://…supabase.co"));
    addLine(form, setting::supabaseAnonKey.key(), tr("Anon (public) key"));
    auto *signIn = new ActionButton(ActionButton::Kind::Secondary, tr("Sign in…"), content);
    signIn->setObjectName(QStringLiteral("signInButton"));
    connect(signIn, &QAbstractButton::clicked, this, &SettingsDialog::signInRequested);
    form->addSpacing(8);
    form->addWidget(signIn, 0, Qt::AlignLeft);

    addSection(form, tr("Appearance"));
    addChoice(form, setting::theme.key(), tr("Theme"),
        { { QStringLiteral("system"), tr("Follow the system") }, { QStringLiteral("light"), tr("Light") },
            { QStringLiteral("dark"), tr("Dark") } });
    addChoice(form, setting::reducedMotion.key(), tr("Reduce motion"),
        { { QStringLiteral("system"), tr("Follow the system") }, { QStringLiteral("on"), tr("On") },
            { QStringLiteral("off"), tr("Off") } });
    // Language names are written in their own language so that anyone can find theirs.
    addChoice(form, setting::language.key(), tr("Language"),
        { { QStringLiteral("system"), tr("Follow the system") }, { QStringLiteral("en"), QStringLiteral("English") },
            { QStringLiteral("de"), QStringLiteral("Deutsch") }, { QStringLiteral("fr"), QStringLiteral("Français") },
            { QStringLiteral("es"), QStringLiteral("Español") } });
    // Every text is built once at start-up, so a new language shows after a restart.
    auto *languageHint = new QLabel(tr("A new language applies the next time the app starts."), content);
    languageHint->setObjectName(QStringLiteral("languageHint"));
    languageHint->setWordWrap(true);
    languageHint->setFont(Theme::font(12));
    setColor(languageHint, Theme::current().tokens().textTertiary);
    form->addWidget(languageHint);
    form->addStretch(1);

    auto *buttons = new QHBoxLayout;
    buttons->setContentsMargins(24, 12, 24, 16);
    buttons->addStretch(1);
    auto *cancel = new ActionButton(ActionButton::Kind::Quiet, tr("Cancel"), this);
    m_save = new ActionButton(ActionButton::Kind::Primary, tr("Save"), this);
    m_save->setObjectName(QStringLiteral("saveButton"));
    buttons->addWidget(cancel);
    buttons->addWidget(m_save);
    outer->addLayout(buttons);
    connect(cancel, &QAbstractButton::clicked, this, &QDialog::reject);
    connect(m_save, &QAbstractButton::clicked, this, &SettingsDialog::save);
}

void SettingsDialog::addSection(QVBoxLayout *layout, const QString &title)
{
    auto *label = new QLabel(title, layout->parentWidget());
    label->setFont(Theme::font(16, QFont::DemiBold));
    if (layout->count() > 0)
        layout->addSpacing(24);
    layout->addWidget(label);
    layout->addSpacing(4);
}

QLineEdit *SettingsDialog::addLine(
    QVBoxLayout *layout, const QString &key, const QString &label, const QString &placeholder)
{
    auto *caption = new QLabel(label, layout->parentWidget());
    caption->setFont(Theme::font(13, QFont::Medium));
    setColor(caption, Theme::current().tokens().textSecondary);
    auto *edit = new QLineEdit(layout->parentWidget());
    edit->setObjectName(key);
    edit->setMinimumHeight(36);
    edit->setPlaceholderText(placeholder);
    edit->setAccessibleName(label);
    caption->setBuddy(edit);
    edit->setProperty("caption", QVariant::fromValue<QObject *>(caption));
    if (key != apiKeyFieldName())
        edit->setText(m_settings->get(key));
    layout->addSpacing(8);
    layout->addWidget(caption);
    layout->addWidget(edit);
    addError(layout, key);
    m_fields.insert(key, edit);
    return edit;
}

QComboBox *SettingsDialog::addChoice(QVBoxLayout *layout, const QString &key, const QString &label,
    const QList<std::pair<QString, QString>> &choices)
{
    auto *caption = new QLabel(label, layout->parentWidget());
    caption->setFont(Theme::font(13, QFont::Medium));
    setColor(caption, Theme::current().tokens().textSecondary);
    auto *combo = new QComboBox(layout->parentWidget());
    combo->setObjectName(key);
    combo->setMinimumHeight(36);
    combo->setAccessibleName(label);
    caption->setBuddy(combo);
    for (const auto &[value, text] : choices)
        combo->addItem(text, value);
    const int current = combo->findData(m_settings->get(key));
    combo->setCurrentIndex(qMax(0, current));
    layout->addSpacing(8);
    layout->addWidget(caption);
    layout->addWidget(combo);
    addError(layout, key);
    m_fields.insert(key, combo);
    return combo;
}

QLabel *SettingsDialog::addError(QVBoxLayout *layout, const QString &key)
{
    auto *error = new QLabel(layout->parentWidget());
    error->setObjectName(QLatin1String("error-") + key);
    error->setWordWrap(true);
    error->setTextFormat(Qt::PlainText);
    error->setFont(Theme::font(13, QFont::Medium));
    setColor(error, Theme::current().tokens().danger);
    error->hide();
    layout->addWidget(error);
    m_errors.insert(key, error);
    return error;
}

QString SettingsDialog::errorFor(const QString &key) const
{
    const QLabel *label = m_errors.value(key);
    return label && !label->isHidden() ? label->text() : QString();
}

QString SettingsDialog::valueOf(const QString &key) const
{
    QWidget *w = m_fields.value(key);
    if (auto *edit = qobject_cast<QLineEdit *>(w))
        return edit->text().trimmed();
    if (auto *combo = qobject_cast<QComboBox *>(w))
        return combo->currentData().toString();
    return QString();
}

void SettingsDialog::showError(const QString &key, const QString &message)
{
    if (QLabel *label = m_errors.value(key)) {
        label->setText(message);
        label->setVisible(!message.isEmpty());
    }
    if (QWidget *w = m_fields.value(key))
        w->setAccessibleDescription(message);
}

void SettingsDialog::save()
{
    // First pass: the same validation as `config set`, against a scratch file, so that
    // nothing is written while any field is wrong.
    QTemporaryDir scratchDir;
    Settings scratch(scratchDir.filePath(QStringLiteral("check.ini")));
    QWidget *firstBad = nullptr;
    QStringList keys;
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it) {
        // Hidden fields (the client id of an integration in Composio mode) are left as they are.
        if (it.key() != apiKeyFieldName() && !it.value()->isHidden())
            keys << it.key();
    }
    keys.sort();
    for (const QString &key : std::as_const(keys)) {
        QString error;
        const QString value = valueOf(key);
        const bool ok = value.isEmpty() || scratch.set(key, value, &error);
        showError(key, ok ? QString() : error);
        if (!ok && !firstBad)
            firstBad = m_fields.value(key);
    }
    const QString key = m_apiKey->text().trimmed();
    const bool keyOk = !key.contains(QLatin1Char(' '));
    showError(apiKeyFieldName(), keyOk ? QString() : tr("An API key has no spaces."));
    if (!keyOk && !firstBad)
        firstBad = m_apiKey;
    if (firstBad) {
        firstBad->setFocus(Qt::OtherFocusReason);
        m_scroll->ensureWidgetVisible(firstBad, 0, 96); // with its error under it
        return;
    }

    for (const QString &k : std::as_const(keys)) {
        const QString value = valueOf(k);
        if (value == m_settings->get(k))
            continue;
        QString error;
        if (value.isEmpty())
            m_settings->unset(k);
        else if (!m_settings->set(k, value, &error))
            return showError(k, error);
    }
    if (key.isEmpty() || !m_secrets)
        return finish();
    m_save->setEnabled(false);
    m_secrets->write(keys::composioApiKey(), key, this, [this](const SecretStore::Reply &reply) {
        m_save->setEnabled(true);
        if (reply.result != SecretStore::Result::Ok) {
            showError(apiKeyFieldName(),
                reply.message.isEmpty() ? tr("The keychain refused the key.") : reply.message);
            return;
        }
        m_apiKey->clear();
        finish();
    });
}

void SettingsDialog::finish()
{
    Q_EMIT saved();
    accept();
}

} // namespace aria::ui
