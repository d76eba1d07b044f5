#include "welcomepanel.h"

#include "actionbutton.h"
#include "textlabel.h"
#include "theme.h"

#include <QEvent>
#include <QPainter>

namespace aria::ui {

WelcomePanel::WelcomePanel(QWidget *parent)
    : QWidget(parent)
    , m_title(new TextLabel(tr("Welcome to ARIA Integrations"), this))
    , m_intro(new TextLabel(tr("Nothing is set up yet. Choose how to connect your accounts:"), this))
    , m_signIn(new ActionButton(ActionButton::Kind::Primary, tr("Sign in to ARIA"), this))
    , m_composioKey(new ActionButton(ActionButton::Kind::Secondary, tr("Use your own Composio key"), this))
    , m_oauthClient(new ActionButton(ActionButton::Kind::Secondary, tr("Use your own OAuth client"), this))
{
    setObjectName(QStringLiteral("welcome"));
    m_title->setFont(Theme::font(17, QFont::DemiBold));
    m_title->setWordWrap(true);
    m_intro->setFont(Theme::font(14));
    m_intro->setWordWrap(true);
    m_signIn->setObjectName(QStringLiteral("welcomeSignIn"));
    m_composioKey->setObjectName(QStringLiteral("welcomeComposioKey"));
    m_oauthClient->setObjectName(QStringLiteral("welcomeOAuthClient"));

    const std::pair<ActionButton *, QString> ways[] = {
        { m_signIn, tr("Recommended. ARIA's cloud connects your accounts and keeps them in step on all your devices.") },
        { m_composioKey, tr("For your own Composio project: the key stays in this computer's keychain.") },
        { m_oauthClient, tr("Register an OAuth app with the provider and connect to it directly.") },
    };
    for (const auto &[button, text] : ways) {
        auto *detail = new TextLabel(text, this);
        detail->setFont(Theme::font(13));
        detail->setWordWrap(true);
        m_details << detail;
        m_buttons << button;
    }
    connect(m_signIn, &QAbstractButton::clicked, this, &WelcomePanel::signInRequested);
    connect(m_composioKey, &QAbstractButton::clicked, this, &WelcomePanel::composioKeyRequested);
    connect(m_oauthClient, &QAbstractButton::clicked, this, &WelcomePanel::oauthClientRequested);
    applyColors();
}

int WelcomePanel::place(int width, bool apply) const
{
    // Wide: each way's words on the left, its button on the right. Narrow (as the cards do):
    // the words, then the button under them.
    const int inner = qMax(120, width - 2 * kPad);
    const bool narrow = width < 560;
    auto put = [apply](QWidget *w, const QRect &r) {
        if (apply)
            w->setGeometry(r);
    };
    int y = 20;
    const int titleHeight = m_title->heightForWidth(inner);
    put(m_title, QRect(kPad, y, inner, titleHeight));
    y += titleHeight + 4;
    const int introHeight = m_intro->heightForWidth(inner);
    put(m_intro, QRect(kPad, y, inner, introHeight));
    y += introHeight + 16;
    for (int i = 0; i < m_details.size(); ++i) {
        TextLabel *detail = m_details.at(i);
        ActionButton *button = m_buttons.at(i);
        const QSize b = button->sizeHint();
        if (narrow) {
            const int h = detail->heightForWidth(inner);
            put(detail, QRect(kPad, y, inner, h));
            y += h + 8;
            put(button, QRect(QPoint(kPad, y), b));
            y += b.height() + 16;
        } else {
            const int textWidth = inner - b.width() - 16;
            const int h = detail->heightForWidth(textWidth);
            const int row = qMax(h, b.height());
            put(detail, QRect(kPad, y + (row - h) / 2, textWidth, h));
            put(button, QRect(QPoint(kPad + inner - b.width(), y + (row - b.height()) / 2), b));
            y += row + 10;
        }
    }
    return y + 10;
}

int WelcomePanel::heightForWidth(int width) const
{
    return place(width, false);
}

void WelcomePanel::resizeEvent(QResizeEvent *event)
{
    place(width(), true);
    QWidget::resizeEvent(event);
}

QSize WelcomePanel::sizeHint() const
{
    return { 640, heightForWidth(640) };
}

void WelcomePanel::applyColors()
{
    const auto &t = Theme::current().tokens();
    QPalette title = m_title->palette();
    title.setColor(QPalette::WindowText, t.text);
    m_title->setPalette(title);
    for (TextLabel *label : QList<TextLabel *> { m_intro } + m_details) {
        QPalette pal = label->palette();
        pal.setColor(QPalette::WindowText, t.textSecondary);
        label->setPalette(pal);
    }
}

void WelcomePanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        applyColors();
    QWidget::changeEvent(event);
}

void WelcomePanel::paintEvent(QPaintEvent *)
{
    const auto &t = Theme::current().tokens();
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(t.border, 1.0));
    p.setBrush(t.surface);
    p.drawRoundedRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5), grid::cardRadius, grid::cardRadius);
}

} // namespace aria::ui
