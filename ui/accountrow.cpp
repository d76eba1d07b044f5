#include "accountrow.h"

#include "actionbutton.h"
#include "flow.h"
#include "motion.h"
#include "statusdot.h"
#include "statuspill.h"
#include "textlabel.h"
#include "theme.h"

#include <QPainter>

namespace aria::ui {
namespace {

constexpr int kWideBreakpoint = 520; // the row's own width: below it the actions go under the text
constexpr int kDot = 22;
constexpr int kPadY = 12;

} // namespace

AccountRow::AccountRow(const QString &integrationName, const Connection &connection, bool actionsEnabled,
    QWidget *parent)
    : QWidget(parent)
    , m_name(integrationName)
    , m_connection(connection)
    , m_dot(new StatusDot(this))
    , m_account(makeLabel(this, Theme::font(14, QFont::Medium), "rowAccount"))
    , m_pill(new StatusPill(this))
    , m_lastSync(makeLabel(this, Theme::font(13), "rowLastSync"))
    , m_problem(makeLabel(this, Theme::font(13, QFont::Medium), "rowProblem"))
    , m_sync(new ActionButton(ActionButton::Kind::Secondary, tr("Sync now"), this))
    , m_reconnect(new ActionButton(ActionButton::Kind::Primary, tr("Reconnect"), this))
    , m_disconnect(new ActionButton(ActionButton::Kind::Danger, tr("Disconnect"), this))
    , m_cancel(new ActionButton(ActionButton::Kind::Quiet, tr("Cancel"), this))
    , m_question(makeLabel(this, Theme::font(14, QFont::Medium), "rowConfirmText"))
    , m_keep(new ActionButton(ActionButton::Kind::Quiet, tr("Keep"), this))
    , m_confirm(new ActionButton(ActionButton::Kind::DangerSolid, tr("Disconnect"), this))
    , m_growth(new Tween(this,
          [this](qreal value) {
              Q_EMIT growthChanged();
              if (m_collapsing && value <= 0.0)
                  Q_EMIT collapsed();
          },
          1.0))
{
    setObjectName(QStringLiteral("accountRow"));
    m_sync->setObjectName(QStringLiteral("rowSync"));
    m_reconnect->setObjectName(QStringLiteral("rowReconnect"));
    m_disconnect->setObjectName(QStringLiteral("rowDisconnect"));
    m_keep->setObjectName(QStringLiteral("rowKeep"));
    m_cancel->setObjectName(QStringLiteral("rowCancel"));
    m_confirm->setObjectName(QStringLiteral("rowConfirm"));
    m_question->setWordWrap(false);
    connect(m_sync, &QAbstractButton::clicked, this, [this] { Q_EMIT syncRequested(connectionId()); });
    connect(m_reconnect, &QAbstractButton::clicked, this, [this] { Q_EMIT connectRequested(connectionId()); });
    connect(m_cancel, &QAbstractButton::clicked, this, [this] { Q_EMIT cancelRequested(connectionId()); });
    connect(m_disconnect, &QAbstractButton::clicked, this, [this] { setConfirming(true); });
    connect(m_keep, &QAbstractButton::clicked, this, [this] { setConfirming(false); });
    connect(m_confirm, &QAbstractButton::clicked, this, [this] {
        setConfirming(false);
        Q_EMIT disconnectRequested(connectionId());
    });
    setActionsEnabled(actionsEnabled);
    refresh();
}

void AccountRow::setConnection(const Connection &connection)
{
    m_connection = connection;
    refresh();
}

void AccountRow::setPending(PendingAction pending)
{
    m_pending = pending;
    refresh();
}

void AccountRow::setActionsEnabled(bool enabled)
{
    m_actionsEnabled = enabled;
    for (ActionButton *b : { m_sync, m_reconnect, m_cancel, m_disconnect, m_keep, m_confirm })
        b->setEnabled(enabled && !b->isBusy());
}

void AccountRow::setConfirming(bool confirming)
{
    m_confirming = confirming;
    refresh();
    (confirming ? m_keep : m_disconnect)->setFocus(Qt::OtherFocusReason);
}

QList<QWidget *> AccountRow::shownActions() const
{
    if (m_confirming)
        return { m_question, m_keep, m_confirm };
    switch (m_view.actions) {
    case CardView::Actions::Connected:
        return { m_sync, m_disconnect };
    case CardView::Actions::Reconnect:
        return m_view.canDisconnect ? QList<QWidget *> { m_reconnect, m_disconnect } : QList<QWidget *> { m_reconnect };
    case CardView::Actions::Disconnecting:
        return { m_disconnect };
    case CardView::Actions::Connect: // a row only exists for a connection the store holds
        return { m_reconnect };
    case CardView::Actions::Connecting:
        return { m_cancel };
    }
    return {};
}

void AccountRow::refresh(const QDateTime &now)
{
    m_view = describeCard(m_name, m_connection, m_pending, now);
    if (m_confirming
        && !(m_view.actions == CardView::Actions::Connected
            || (m_view.actions == CardView::Actions::Reconnect && m_view.canDisconnect)))
        m_confirming = false;
    const StatusDot::Tone dotTones[] = { StatusDot::Tone::Neutral, StatusDot::Tone::Success,
        StatusDot::Tone::Warning, StatusDot::Tone::Danger, StatusDot::Tone::Busy };
    m_dot->setTone(dotTones[int(m_view.tone)]);
    const StatusPill::Tone pillTones[] = { StatusPill::Tone::Accent, StatusPill::Tone::Success,
        StatusPill::Tone::Warning, StatusPill::Tone::Danger, StatusPill::Tone::Accent };
    m_pill->set(m_view.pill, pillTones[int(m_view.tone)]);
    const QString account = m_view.account.isEmpty() ? connectionId() : m_view.account;
    m_account->setText(account);
    m_lastSync->setText(m_view.lastSync);
    m_lastSync->setToolTip(m_view.lastSyncExact);
    m_problem->setText(m_view.problem);
    m_question->setText(tr("Disconnect %1?").arg(account));
    m_sync->setBusy(m_view.syncing);
    m_sync->setText(m_view.syncing ? tr("Syncing…") : tr("Sync now"));
    const bool disconnecting = m_view.actions == CardView::Actions::Disconnecting;
    m_disconnect->setBusy(disconnecting);
    m_disconnect->setText(disconnecting ? tr("Disconnecting…") : tr("Disconnect"));
    setActionsEnabled(m_actionsEnabled);
    m_sync->setAccessibleName(tr("Sync %1 now").arg(account));
    m_reconnect->setAccessibleName(tr("Reconnect %1").arg(account));
    m_disconnect->setAccessibleName(tr("Disconnect %1").arg(account));
    m_keep->setAccessibleName(tr("Keep %1 connected").arg(account));
    m_confirm->setAccessibleName(tr("Confirm: disconnect %1").arg(account));
    m_cancel->setAccessibleName(tr("Cancel connecting %1").arg(account));
    setAccessibleName(account);
    setAccessibleDescription(m_view.accessibleDescription);
    applyColors();

    const QList<QWidget *> shown = shownActions();
    const Layout l = computeLayout(width());
    for (auto it = l.rects.cbegin(); it != l.rects.cend(); ++it)
        it.key()->setGeometry(it.value());
    for (QWidget *w : { static_cast<QWidget *>(m_sync), static_cast<QWidget *>(m_reconnect),
             static_cast<QWidget *>(m_cancel), static_cast<QWidget *>(m_disconnect), static_cast<QWidget *>(m_question),
             static_cast<QWidget *>(m_keep), static_cast<QWidget *>(m_confirm) })
        w->setVisible(shown.contains(w));
    m_pill->setVisible(!m_view.pill.isEmpty());
    m_lastSync->setVisible(!m_view.lastSync.isEmpty());
    m_problem->setVisible(!m_view.problem.isEmpty());
    updateGeometry();
    Q_EMIT growthChanged(); // the height may have changed: the card lays out again
    update();
}

void AccountRow::refreshTimes(const QDateTime &now)
{
    if (describeCard(m_name, m_connection, m_pending, now) != m_view)
        refresh(now);
}

void AccountRow::applyColors()
{
    const auto &t = Theme::current().tokens();
    setTextColor(m_account, t.text);
    setTextColor(m_lastSync, t.textTertiary);
    setTextColor(m_problem, m_view.problemTone == CardView::Tone::Warning ? t.warning : t.danger);
    setTextColor(m_question, t.text);
}

AccountRow::Layout AccountRow::computeLayout(int width) const
{
    Layout l;
    const bool wide = width >= kWideBreakpoint;
    const QList<QWidget *> actions = shownActions();
    const int actionsWidth = qMax(0, rowWidth(actions, 8));
    const int textX = kDot + 4; // the dot is drawn smaller than its box
    const int textRight = wide && !actions.isEmpty() ? width - actionsWidth - 16 : width;
    const int textWidth = qMax(60, textRight - textX);
    const int top = kPadY;

    QList<QWidget *> title { m_account };
    if (!m_view.pill.isEmpty())
        title << m_pill;
    int y = flow(title, textX, top, textWidth, 8, 4, &l.rects);
    const int lineHeight = QFontMetrics(m_account->font()).height();
    if (!m_view.pill.isEmpty()) {
        QRect &pill = l.rects[m_pill];
        const QRect name = l.rects.value(m_account);
        if (pill.top() == name.top())
            pill.moveTop(name.top() + (lineHeight - pill.height()) / 2);
    }
    l.rects.insert(m_dot, QRect(0, top + (lineHeight - kDot) / 2, kDot, kDot));
    QList<QWidget *> details;
    if (!m_view.lastSync.isEmpty())
        details << m_lastSync;
    if (!m_view.problem.isEmpty())
        details << m_problem;
    if (!details.isEmpty())
        y = flow(details, textX, y + 4, textWidth, 16, 4, &l.rects, &l.separators);
    int bottom = y;
    if (!actions.isEmpty()) {
        if (wide) {
            const int rowTop = top + lineHeight / 2 - 18;
            bottom = qMax(bottom, placeInRow(actions, width - actionsWidth, rowTop, 36, 8, &l.rects));
        } else {
            QList<QWidget *> buttons = actions;
            int y2 = bottom + 10;
            if (buttons.first() == m_question) {
                buttons.removeFirst();
                l.rects.insert(m_question, QRect(textX, y2, width - textX, QFontMetrics(m_question->font()).height()));
                y2 += QFontMetrics(m_question->font()).height() + 8;
            }
            bottom = flow(buttons, textX, y2, width - textX, 8, 8, &l.rects);
        }
    }
    l.height = bottom + kPadY;
    return l;
}

int AccountRow::heightForWidth(int width) const
{
    return computeLayout(width).height;
}

qreal AccountRow::growth() const
{
    return m_growth->value();
}

void AccountRow::growIn()
{
    m_collapsing = false;
    m_growth->jumpTo(0.0); // a new row grows from nothing
    m_growth->animateTo(1.0, 220);
}

void AccountRow::collapse()
{
    if (m_collapsing)
        return;
    m_collapsing = true;
    if (m_growth->value() <= 0.0) {
        Q_EMIT collapsed();
        return;
    }
    m_growth->animateTo(0.0, 180, QEasingCurve::InCubic); // jumps under reduced motion
}

void AccountRow::syncMotion()
{
    m_dot->syncMotion();
    for (ActionButton *b : { m_sync, m_disconnect }) {
        if (b->isBusy()) {
            b->setBusy(false); // restarts the spinner under the new preference
            b->setBusy(true);
        }
    }
}

void AccountRow::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    const Layout l = computeLayout(width());
    for (auto it = l.rects.cbegin(); it != l.rects.cend(); ++it)
        it.key()->setGeometry(it.value());
}

void AccountRow::paintEvent(QPaintEvent *)
{
    // A hairline above the row separates it from the card's text or the row before it, and
    // middle dots between the details as on the card.
    QPainter p(this);
    const auto &t = Theme::current().tokens();
    p.fillRect(QRect(0, 0, width(), 1), t.border);
    const Layout l = computeLayout(width());
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(t.textTertiary);
    for (const QPointF &c : l.separators)
        p.drawEllipse(c, 1.5, 1.5);
}

void AccountRow::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        applyColors();
}

} // namespace aria::ui
