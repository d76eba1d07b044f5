#include "integrationcard.h"

#include "actionbutton.h"
#include "flow.h"
#include "icontile.h"
#include "inlinenote.h"
#include "motion.h"
#include "revealeffect.h"
#include "statusdot.h"
#include "statuspill.h"
#include "theme.h"

#include <QApplication>
#include <QEnterEvent>
#include <QLabel>
#include <QPainter>
#include <QTimer>

namespace aria::ui {
namespace {

constexpr int kWideBreakpoint = 600; // below it the actions go under the text
constexpr int kTileGap = 16;
constexpr int kSeparatorGap = 16; // room for the middle dot between detail items

QLabel *makeLabel(QWidget *parent, const QFont &font, bool wrap, const char *name)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QLatin1String(name));
    label->setFont(font);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(wrap);
    return label;
}

void setTextColor(QWidget *w, const QColor &color)
{
    QPalette p = w->palette();
    p.setColor(QPalette::WindowText, color);
    w->setPalette(p);
}

} // namespace

IntegrationCard::IntegrationCard(const IntegrationSpec &spec, QWidget *parent)
    : QWidget(parent)
    , m_spec(spec)
    , m_tile(new IconTile(spec.id, spec.iconId, this))
    , m_name(makeLabel(this, Theme::font(16, QFont::DemiBold), true, "name"))
    , m_pill(new StatusPill(this))
    , m_description(makeLabel(this, Theme::font(14), true, "description"))
    , m_account(makeLabel(this, Theme::font(13), true, "account"))
    , m_lastSync(makeLabel(this, Theme::font(13), true, "lastSync"))
    , m_problem(makeLabel(this, Theme::font(13, QFont::Medium), true, "problem"))
    , m_note(new InlineNote(this))
    , m_connect(new ActionButton(ActionButton::Kind::Primary, tr("Connect"), this))
    , m_reconnect(new ActionButton(ActionButton::Kind::Primary, tr("Reconnect"), this))
    , m_connecting(new ActionButton(ActionButton::Kind::Secondary, tr("Connecting…"), this))
    , m_cancel(new ActionButton(ActionButton::Kind::Quiet, tr("Cancel"), this))
    , m_sync(new ActionButton(ActionButton::Kind::Secondary, tr("Sync now"), this))
    , m_disconnect(new ActionButton(ActionButton::Kind::Danger, tr("Disconnect"), this))
    , m_confirmText(makeLabel(this, Theme::font(14, QFont::Medium), true, "confirmText"))
    , m_keep(new ActionButton(ActionButton::Kind::Quiet, tr("Keep"), this))
    , m_confirmDisconnect(new ActionButton(ActionButton::Kind::DangerSolid, tr("Disconnect"), this))
    , m_lift(new Tween(this,
          [this](qreal) {
              placeChildren();
              update();
              Q_EMIT depthChanged();
          }))
    , m_reveal(new Tween(
          this,
          [this](qreal v) {
              if (m_revealEffect)
                  m_revealEffect->setProgress(v);
              Q_EMIT depthChanged();
          },
          1.0))
{
    setObjectName(QStringLiteral("card-%1").arg(spec.id));
    setAttribute(Qt::WA_Hover);
    QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
    m_name->setText(spec.name);
    m_description->setText(spec.description);
    m_confirmText->setText(tr("Disconnect %1?").arg(spec.name));
    m_connecting->setBusy(true);
    m_connecting->setEnabled(false);

    const QString name = spec.name;
    m_connect->setAccessibleName(tr("Connect %1").arg(name));
    m_reconnect->setAccessibleName(tr("Reconnect %1").arg(name));
    m_cancel->setAccessibleName(tr("Cancel connecting %1").arg(name));
    m_sync->setAccessibleName(tr("Sync %1 now").arg(name));
    m_disconnect->setAccessibleName(tr("Disconnect %1").arg(name));
    m_keep->setAccessibleName(tr("Keep %1 connected").arg(name));
    m_confirmDisconnect->setAccessibleName(tr("Confirm: disconnect %1").arg(name));

    const QString id = spec.id;
    connect(m_connect, &QAbstractButton::clicked, this, [this, id] { Q_EMIT connectRequested(id); });
    connect(m_reconnect, &QAbstractButton::clicked, this, [this, id] { Q_EMIT connectRequested(id); });
    connect(m_cancel, &QAbstractButton::clicked, this, [this, id] { Q_EMIT cancelRequested(id); });
    connect(m_sync, &QAbstractButton::clicked, this, [this, id] { Q_EMIT syncRequested(id); });
    connect(m_disconnect, &QAbstractButton::clicked, this, [this] { setConfirming(true); });
    connect(m_keep, &QAbstractButton::clicked, this, [this] { setConfirming(false); });
    connect(m_confirmDisconnect, &QAbstractButton::clicked, this, [this, id] {
        setConfirming(false);
        Q_EMIT disconnectRequested(id);
    });
    connect(m_note, &InlineNote::finished, this, [this] {
        updateGeometry();
        applyGeometry();
    });
    refresh();
}

void IntegrationCard::setConnection(const Connection &connection)
{
    m_connection = connection;
    refresh();
}

void IntegrationCard::setPending(PendingAction pending)
{
    m_pending = pending;
    refresh();
}

void IntegrationCard::setActionsEnabled(bool enabled)
{
    m_actionsEnabled = enabled;
    refresh();
}

void IntegrationCard::setConfirming(bool confirming)
{
    const bool hadFocus = m_disconnect->hasFocus() || m_keep->hasFocus() || m_confirmDisconnect->hasFocus();
    m_confirming = confirming;
    refresh();
    // Keyboard users stay where they were: on the safe choice, or back on Disconnect.
    if (hadFocus)
        (confirming ? m_keep : m_disconnect)->setFocus(Qt::OtherFocusReason);
}

void IntegrationCard::refresh(const QDateTime &now)
{
    m_view = describeCard(m_spec.name, m_connection, m_pending, now);
    if (m_confirming
        && !(m_view.actions == CardView::Actions::Connected
            || (m_view.actions == CardView::Actions::Reconnect && m_view.canDisconnect)))
        m_confirming = false; // the state moved on under the question

    const auto &t = Theme::current().tokens();
    setTextColor(m_name, t.text);
    setTextColor(m_description, t.textSecondary);
    setTextColor(m_account, t.textSecondary);
    setTextColor(m_lastSync, t.textTertiary);
    setTextColor(m_problem, m_view.problemTone == CardView::Tone::Warning ? t.warning : t.danger);
    setTextColor(m_confirmText, t.text);

    const StatusDot::Tone dotTones[] = { StatusDot::Tone::Neutral, StatusDot::Tone::Success,
        StatusDot::Tone::Warning, StatusDot::Tone::Danger, StatusDot::Tone::Busy };
    m_tile->dot()->setTone(dotTones[int(m_view.tone)]);
    const StatusPill::Tone pillTones[] = { StatusPill::Tone::Accent, StatusPill::Tone::Success,
        StatusPill::Tone::Warning, StatusPill::Tone::Danger, StatusPill::Tone::Accent };
    m_pill->set(m_view.pill, pillTones[int(m_view.tone)]);
    m_pill->setVisible(!m_view.pill.isEmpty());

    m_account->setText(m_view.account);
    m_account->setVisible(!m_view.account.isEmpty());
    m_lastSync->setText(m_view.lastSync);
    m_lastSync->setToolTip(m_view.lastSyncExact);
    m_lastSync->setVisible(!m_view.lastSync.isEmpty());
    m_problem->setText(m_view.problem);
    m_problem->setVisible(!m_view.problem.isEmpty());

    m_sync->setBusy(m_view.syncing);
    m_sync->setText(m_view.syncing ? tr("Syncing…") : tr("Sync now"));
    const bool disconnecting = m_view.actions == CardView::Actions::Disconnecting;
    m_disconnect->setBusy(disconnecting);
    m_disconnect->setText(disconnecting ? tr("Disconnecting…") : tr("Disconnect"));

    // Keyboard users keep their place: when the focused action goes away (Connect becomes
    // Connecting… and Cancel), focus moves to this card's next action, not to another card.
    QWidget *focused = QApplication::focusWidget();
    const bool focusInActions = focused && allActions().contains(focused);
    const QList<QWidget *> shown = visibleActions();
    for (QWidget *w : allActions()) {
        w->setVisible(shown.contains(w));
        if (auto *button = qobject_cast<ActionButton *>(w)) {
            const bool busy = button->isBusy();
            button->setEnabled(m_actionsEnabled && !busy);
        }
    }
    m_cancel->setEnabled(m_actionsEnabled);
    m_connecting->setEnabled(false);
    if (focusInActions && (focused->isHidden() || !focused->isEnabled())) {
        for (QWidget *w : shown) {
            if (w->isEnabled() && w->focusPolicy() != Qt::NoFocus) {
                w->setFocus(Qt::TabFocusReason);
                break;
            }
        }
    }

    setAccessibleName(m_spec.name);
    setAccessibleDescription(m_view.accessibleDescription);
    updateGeometry();
    applyGeometry();
    update();
}

QList<QWidget *> IntegrationCard::allActions() const
{
    return { m_connect, m_reconnect, m_connecting, m_cancel, m_sync, m_disconnect, m_confirmText, m_keep,
        m_confirmDisconnect };
}

// In visual order, which is also the creation (and so the Tab) order: the primary action
// first, the quiet one after it.
void IntegrationCard::focusFirstAction()
{
    for (QWidget *action : visibleActions()) {
        if (action->focusPolicy() & Qt::TabFocus) {
            action->setFocus(Qt::OtherFocusReason);
            return;
        }
    }
}

QList<QWidget *> IntegrationCard::visibleActions() const
{
    if (m_confirming)
        return { m_confirmText, m_keep, m_confirmDisconnect };
    switch (m_view.actions) {
    case CardView::Actions::Connect:
        return { m_connect };
    case CardView::Actions::Connecting:
        return { m_connecting, m_cancel };
    case CardView::Actions::Connected:
        return { m_sync, m_disconnect };
    case CardView::Actions::Reconnect:
        return m_view.canDisconnect ? QList<QWidget *> { m_reconnect, m_disconnect }
                                    : QList<QWidget *> { m_reconnect };
    case CardView::Actions::Disconnecting:
        return { m_disconnect };
    }
    return {};
}

IntegrationCard::Geometry IntegrationCard::computeGeometry(int width) const
{
    Geometry g;
    const bool wide = width >= kWideBreakpoint;
    const int pad = width >= 480 ? 24 : 16;
    const int top = kLiftRoom + pad;
    const int textX = pad + IconTile::kTile + kTileGap;
    const QList<QWidget *> actions = visibleActions();

    int actionsWidth = 0;
    for (QWidget *w : actions)
        actionsWidth
            += (qobject_cast<QLabel *>(w) ? naturalWidth(static_cast<QLabel *>(w)) : w->sizeHint().width())
            + 8;
    actionsWidth -= 8;
    const int textRight = wide ? width - pad - actionsWidth - 24 : width - pad;
    const int textWidth = qMax(80, textRight - textX);

    g.rects.insert(m_tile, QRect(QPoint(pad - IconTile::kInset, top - IconTile::kInset + 2), m_tile->size()));

    // Name and pill on one line when they fit, the pill under the name when not.
    QList<QWidget *> titleRow { m_name };
    if (m_pill->isVisibleTo(this))
        titleRow << m_pill;
    int y = flow(titleRow, textX, top + 2, textWidth, 8, 4, &g.rects);
    if (m_pill->isVisibleTo(this)) { // centre the pill on the name's first line
        QRect &pill = g.rects[m_pill];
        const QRect name = g.rects.value(m_name);
        if (pill.top() == name.top())
            pill.moveTop(name.top() + (QFontMetrics(m_name->font()).height() - pill.height()) / 2);
    }
    g.rects.insert(m_description, QRect(textX, y + 4, textWidth, m_description->heightForWidth(textWidth)));
    y = g.rects.value(m_description).bottom() + 1;

    QList<QWidget *> details;
    for (QWidget *w : { static_cast<QWidget *>(m_account), static_cast<QWidget *>(m_lastSync),
             static_cast<QWidget *>(m_problem) }) {
        if (!static_cast<QLabel *>(w)->text().isEmpty() && w->isVisibleTo(this))
            details << w;
    }
    if (!details.isEmpty())
        y = flow(details, textX, y + 12, textWidth, kSeparatorGap, 4, &g.rects, &g.separators);
    if (m_note->isShowing()) {
        const int w = qMin(textWidth, m_note->sizeHint().width());
        g.rects.insert(m_note, QRect(textX, y + 8, w, m_note->heightForWidth(w)));
        y = g.rects.value(m_note).bottom() + 1;
    }
    int bottom = qMax(y, top + IconTile::kTile);

    if (!actions.isEmpty()) {
        if (wide) {
            // The buttons' centre line is the name's centre line.
            const int rowTop = qMax(kLiftRoom + 8, top + 2 + QFontMetrics(m_name->font()).height() / 2 - 18);
            int x = width - pad - actionsWidth;
            for (QWidget *w : actions) {
                const auto *label = qobject_cast<QLabel *>(w);
                const int wWidth = label ? naturalWidth(label) : w->sizeHint().width();
                const int h = label ? QFontMetrics(label->font()).height() : w->sizeHint().height();
                g.rects.insert(w, QRect(x, rowTop + (36 - h) / 2, wWidth, h));
                x += wWidth + 8;
            }
            bottom = qMax(bottom, rowTop + 36);
        } else {
            // Under the text the actions use the card's full width (under the tile too); a
            // question ("Disconnect Gmail?") gets its own line above its buttons.
            QList<QWidget *> buttons = actions;
            int y2 = bottom + 16;
            if (auto *question = qobject_cast<QLabel *>(buttons.first())) {
                buttons.removeFirst();
                const int w = width - 2 * pad;
                g.rects.insert(question, QRect(pad, y2, w, question->heightForWidth(w)));
                y2 += g.rects.value(question).height() + 8;
            }
            bottom = flow(buttons, pad, y2, width - 2 * pad, 8, 8, &g.rects);
        }
    }
    g.height = bottom + pad;
    return g;
}

void IntegrationCard::applyGeometry()
{
    m_note->setVisible(m_note->isShowing());
    m_geometry = computeGeometry(width());
    m_placedLift = 1; // dy is never positive: forces a placement
    placeChildren();
}

// Moves the children to the computed rectangles, raised with the hover lift. Lift frames
// only come here: nothing is measured again while the card rises.
void IntegrationCard::placeChildren()
{
    const int dy = -qRound(m_lift->value() * 3.0);
    if (dy == m_placedLift)
        return;
    m_placedLift = dy;
    for (auto it = m_geometry.rects.cbegin(); it != m_geometry.rects.cend(); ++it)
        it.key()->setGeometry(it.value().translated(0, dy));
}

int IntegrationCard::heightForWidth(int width) const
{
    return computeGeometry(width).height;
}

QSize IntegrationCard::sizeHint() const
{
    return { grid::contentWidth, heightForWidth(grid::contentWidth) };
}

QSize IntegrationCard::minimumSizeHint() const
{
    return { 280, heightForWidth(280) };
}

QRectF IntegrationCard::surfaceRect() const
{
    return QRectF(rect()).adjusted(0.5, kLiftRoom + 0.5, -0.5, -0.5).translated(0, -m_lift->value() * 3.0);
}

qreal IntegrationCard::lift() const
{
    return m_lift->value();
}

qreal IntegrationCard::revealProgress() const
{
    return m_reveal->value();
}

void IntegrationCard::showNote(const QString &text)
{
    m_note->flash(text);
    updateGeometry();
    applyGeometry();
}

void IntegrationCard::reveal(int delayMs)
{
    if (Motion::reduced()) {
        m_reveal->jumpTo(1.0);
        return;
    }
    if (!m_revealEffect) {
        m_revealEffect = new RevealEffect(this);
        setGraphicsEffect(m_revealEffect);
    }
    m_reveal->jumpTo(0.0);
    QTimer::singleShot(delayMs, this, [this] {
        m_reveal->animateTo(1.0, 420);
        connect(
            m_reveal, &QAbstractAnimation::finished, this,
            [this] {
                setGraphicsEffect(nullptr); // deletes the effect; settled cards paint directly
                m_revealEffect = nullptr;
                Q_EMIT depthChanged();
            },
            Qt::SingleShotConnection);
    });
}

void IntegrationCard::syncMotion()
{
    m_tile->dot()->syncMotion();
    for (QWidget *w : allActions()) {
        if (auto *b = qobject_cast<ActionButton *>(w); b && b->isBusy()) {
            b->setBusy(false); // restarts the spinner under the new preference
            b->setBusy(true);
        }
    }
    if (Motion::reduced() && m_revealEffect) {
        m_reveal->jumpTo(1.0);
        setGraphicsEffect(nullptr);
        m_revealEffect = nullptr;
    }
}

void IntegrationCard::paintEvent(QPaintEvent *)
{
    const auto &t = Theme::current().tokens();
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QRectF surface = surfaceRect();
    QColor border = t.border;
    if (m_lift->value() > 0.0)
        border = QColor::fromRgbF(
            float(t.border.redF() + (t.borderStrong.redF() - t.border.redF()) * m_lift->value()),
            float(t.border.greenF() + (t.borderStrong.greenF() - t.border.greenF()) * m_lift->value()),
            float(t.border.blueF() + (t.borderStrong.blueF() - t.border.blueF()) * m_lift->value()));
    p.setPen(QPen(border, 1.0));
    p.setBrush(m_lift->value() > 0.0 && t.surfaceRaised != t.surface ? t.surfaceRaised : t.surface);
    p.drawRoundedRect(surface, grid::cardRadius, grid::cardRadius);

    // Middle dots between the detail items.
    p.setPen(Qt::NoPen);
    p.setBrush(t.textTertiary);
    const qreal dy = -qRound(m_lift->value() * 3.0);
    for (const QPointF &c : std::as_const(m_geometry.separators))
        p.drawEllipse(c + QPointF(0, dy), 1.5, 1.5);
}

void IntegrationCard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        refresh(); // new theme: label colours come from the tokens
    QWidget::changeEvent(event);
}

void IntegrationCard::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    applyGeometry();
}

void IntegrationCard::enterEvent(QEnterEvent *event)
{
    m_lift->animateTo(1.0, 180);
    QWidget::enterEvent(event);
}

void IntegrationCard::leaveEvent(QEvent *event)
{
    m_lift->animateTo(0.0, 240);
    QWidget::leaveEvent(event);
}

} // namespace aria::ui
