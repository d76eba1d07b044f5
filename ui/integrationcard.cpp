#include "integrationcard.h"

#include "accountrow.h"
#include "actionbutton.h"
#include "flow.h"
#include "icontile.h"
#include "inlinenote.h"
#include "motion.h"
#include "revealeffect.h"
#include "statusdot.h"
#include "statuspill.h"
#include "textlabel.h"
#include "theme.h"

#include <QApplication>
#include <QEnterEvent>
#include <QPainter>
#include <QTimer>

namespace aria::ui {
namespace {

constexpr int kWideBreakpoint = 600; // below it the actions go under the text
constexpr int kTileGap = 16;
constexpr int kSeparatorGap = 16; // room for the middle dot between detail items

// Shows or hides w only when that changes it: setVisible(true) on a widget that is shown
// with its parent anyway would size it to its sizeHint (a text layout) for nothing.
void setShown(QWidget *w, bool shown)
{
    if (w->isHidden() == shown)
        w->setVisible(shown);
}

} // namespace

IntegrationCard::IntegrationCard(const IntegrationSpec &spec, QWidget *parent)
    : IntegrationCard(spec, Connection {}, PendingAction::None, true, parent)
{
}

IntegrationCard::IntegrationCard(const IntegrationSpec &spec, const Connection &connection,
    PendingAction pending, bool actionsEnabled, QWidget *parent)
    : QWidget(parent)
    , m_spec(spec)
    , m_connection(connection)
    , m_pending(pending)
    , m_actionsEnabled(actionsEnabled)
    , m_tile(new IconTile(spec.id, spec.iconId, this))
    , m_name(makeLabel(this, Theme::font(16, QFont::DemiBold), "name"))
    , m_pill(new StatusPill(this))
    , m_description(makeLabel(this, Theme::font(14), "description"))
    , m_account(makeLabel(this, Theme::font(13), "account"))
    , m_lastSync(makeLabel(this, Theme::font(13), "lastSync"))
    , m_problem(makeLabel(this, Theme::font(13, QFont::Medium), "problem"))
    , m_note(new InlineNote(this))
    , m_lift(new Tween(this,
          [this](qreal) {
              placeChildren();
              update();
              fadeSnapshotStale();
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
    m_note->hide();
    setAccessibleName(m_spec.name);
    connect(m_note, &InlineNote::finished, this, [this] { layoutChanged(); });
    refresh();
}

void IntegrationCard::setConnection(const Connection &connection)
{
    m_connection = connection;
    refresh();
}

void IntegrationCard::setPending(PendingAction pending)
{
    if (m_pending == pending)
        return;
    m_pending = pending;
    refresh();
}

void IntegrationCard::setActionsEnabled(bool enabled)
{
    if (m_actionsEnabled == enabled)
        return;
    m_actionsEnabled = enabled;
    for (AccountRow *row : std::as_const(m_accountRows))
        row->setActionsEnabled(enabled);
    if (m_addAccount)
        m_addAccount->setEnabled(enabled && !m_adding);
    applyActionStates(visibleActions()); // nothing moves: no layout
    fadeSnapshotStale();
}

void IntegrationCard::setConfirming(bool confirming)
{
    QWidget *focused = QApplication::focusWidget();
    const bool hadFocus = focused
        && (focused == m_slots[int(Slot::Disconnect)] || focused == m_slots[int(Slot::Keep)]
            || focused == m_slots[int(Slot::Confirm)]);
    m_confirming = confirming;
    refresh();
    // Keyboard users stay where they were: on the safe choice, or back on Disconnect.
    if (hadFocus)
        slotWidget(confirming ? Slot::Keep : Slot::Disconnect)->setFocus(Qt::OtherFocusReason);
}

ActionButton *IntegrationCard::button(Slot slot) const
{
    return slot == Slot::Question ? nullptr : static_cast<ActionButton *>(m_slots[int(slot)]);
}

// Creates the widget of a slot on first use, with its text, accessible name and click
// handler, and puts it into the Tab order between its neighbours that exist already.
QWidget *IntegrationCard::slotWidget(Slot slot)
{
    QWidget *&widget = m_slots[int(slot)];
    if (widget)
        return widget;
    const QString name = m_spec.name;
    const QString id = m_spec.id;
    auto make = [this](ActionButton::Kind kind, const QString &text, const QString &accessibleName) {
        auto *b = new ActionButton(kind, text, this);
        if (!accessibleName.isEmpty())
            b->setAccessibleName(accessibleName);
        return b;
    };
    ActionButton *b = nullptr;
    switch (slot) {
    case Slot::Connect:
        b = make(ActionButton::Kind::Primary, tr("Connect"), tr("Connect %1").arg(name));
        connect(b, &QAbstractButton::clicked, this, [this, id] { Q_EMIT connectRequested(id); });
        break;
    case Slot::Reconnect:
        b = make(ActionButton::Kind::Primary, tr("Reconnect"), tr("Reconnect %1").arg(name));
        connect(b, &QAbstractButton::clicked, this, [this, id] { Q_EMIT connectRequested(id); });
        break;
    case Slot::Connecting:
        b = make(ActionButton::Kind::Secondary, tr("Connecting…"), QString());
        b->setBusy(true);
        b->setEnabled(false);
        break;
    case Slot::Cancel:
        b = make(ActionButton::Kind::Quiet, tr("Cancel"), tr("Cancel connecting %1").arg(name));
        connect(b, &QAbstractButton::clicked, this, [this, id] { Q_EMIT cancelRequested(id); });
        break;
    case Slot::Sync:
        b = make(ActionButton::Kind::Secondary, tr("Sync now"), tr("Sync %1 now").arg(name));
        connect(b, &QAbstractButton::clicked, this, [this, id] { Q_EMIT syncRequested(id); });
        break;
    case Slot::Disconnect:
        b = make(ActionButton::Kind::Danger, tr("Disconnect"), tr("Disconnect %1").arg(name));
        connect(b, &QAbstractButton::clicked, this, [this] { setConfirming(true); });
        break;
    case Slot::Question: {
        TextLabel *question = makeLabel(this, Theme::font(14, QFont::Medium), "confirmText");
        question->setText(tr("Disconnect %1?").arg(name));
        setTextColor(question, Theme::current().tokens().text);
        widget = question;
        return widget; // not focusable: outside the Tab order
    }
    case Slot::Keep:
        b = make(ActionButton::Kind::Quiet, tr("Keep"), tr("Keep %1 connected").arg(name));
        connect(b, &QAbstractButton::clicked, this, [this] { setConfirming(false); });
        break;
    case Slot::Confirm:
        b = make(ActionButton::Kind::DangerSolid, tr("Disconnect"), tr("Confirm: disconnect %1").arg(name));
        connect(b, &QAbstractButton::clicked, this, [this, id] {
            setConfirming(false);
            Q_EMIT disconnectRequested(id);
        });
        break;
    case Slot::Count:
        break;
    }
    widget = b;
    // A new child goes to the end of the window's focus chain; move it next to its siblings.
    ActionButton *before = nullptr;
    ActionButton *after = nullptr;
    for (int i = 0; i < int(Slot::Count); ++i) {
        ActionButton *other = button(Slot(i));
        if (!other || other == b)
            continue;
        if (i < int(slot))
            before = other;
        else if (!after)
            after = other;
    }
    if (before) {
        QWidget::setTabOrder(before, b);
    } else if (after) { // b goes first: put it after its successor, then the successor after it
        QWidget::setTabOrder(after, b);
        QWidget::setTabOrder(b, after);
    }
    return widget;
}

void IntegrationCard::refresh(const QDateTime &now)
{
    m_view = describeCard(m_spec.name, m_connection, m_pending, now);
    if (m_confirming
        && !(m_view.actions == CardView::Actions::Connected
            || (m_view.actions == CardView::Actions::Reconnect && m_view.canDisconnect)))
        m_confirming = false; // the state moved on under the question

    applyColors();
    const StatusDot::Tone dotTones[] = { StatusDot::Tone::Neutral, StatusDot::Tone::Success,
        StatusDot::Tone::Warning, StatusDot::Tone::Danger, StatusDot::Tone::Busy };
    m_tile->dot()->setTone(dotTones[int(m_view.tone)]);
    const StatusPill::Tone pillTones[] = { StatusPill::Tone::Accent, StatusPill::Tone::Success,
        StatusPill::Tone::Warning, StatusPill::Tone::Danger, StatusPill::Tone::Accent };
    m_pill->set(m_view.pill, pillTones[int(m_view.tone)]);
    m_account->setText(m_view.account);
    m_lastSync->setText(m_view.lastSync);
    m_lastSync->setToolTip(m_view.lastSyncExact);
    m_problem->setText(m_view.problem);

    for (Slot slot : wantedSlots())
        slotWidget(slot);
    if (ActionButton *sync = button(Slot::Sync)) {
        sync->setBusy(m_view.syncing);
        sync->setText(m_view.syncing ? tr("Syncing…") : tr("Sync now"));
    }
    if (ActionButton *disconnect = button(Slot::Disconnect)) {
        const bool disconnecting = m_view.actions == CardView::Actions::Disconnecting;
        disconnect->setBusy(disconnecting);
        disconnect->setText(disconnecting ? tr("Disconnecting…") : tr("Disconnect"));
    }
    setAccessibleDescription(m_view.accessibleDescription);

    if (!m_addAccount && hasAnyConnection()) {
        m_addAccount = new ActionButton(ActionButton::Kind::Quiet, tr("Add another account"), this);
        m_addAccount->setObjectName(QStringLiteral("addAccount"));
        m_addAccount->setAccessibleName(tr("Add another %1 account").arg(m_spec.name));
        m_addAccount->setIconResource(QStringLiteral(":/ui/icons/ui/plus.svg"));
        m_addAccount->hide();
        connect(m_addAccount, &QAbstractButton::clicked, this, [this] { Q_EMIT addAccountRequested(m_spec.id); });
    }
    if (m_addAccount) {
        m_addAccount->setBusy(m_adding);
        m_addAccount->setText(m_adding ? tr("Connecting…") : tr("Add another account"));
        m_addAccount->setEnabled(m_actionsEnabled && !m_adding);
    }
    for (AccountRow *row : std::as_const(m_accountRows))
        row->refresh(now);

    // Place first, then show: a child shown before it has a geometry sizes itself first.
    layoutChanged();
    if (m_addAccount)
        setShown(m_addAccount, hasAnyConnection());
    setShown(m_pill, !m_view.pill.isEmpty());
    setShown(m_account, !m_view.account.isEmpty());
    setShown(m_lastSync, !m_view.lastSync.isEmpty());
    setShown(m_problem, !m_view.problem.isEmpty());
    applyActionStates(visibleActions());
    update();
    fadeSnapshotStale();
}

void IntegrationCard::refreshTimes(const QDateTime &now)
{
    if (describeCard(m_spec.name, m_connection, m_pending, now) != m_view)
        return refresh(now);
    for (AccountRow *row : std::as_const(m_accountRows))
        row->refreshTimes(now);
}

bool IntegrationCard::hasAnyConnection() const
{
    // The card's own connection counts once it holds an account (not while its first
    // connect runs, nor after a failed one that never got an account).
    const bool own = m_view.actions == CardView::Actions::Connected
        || m_view.actions == CardView::Actions::Disconnecting
        || (m_view.actions == CardView::Actions::Reconnect && m_view.canDisconnect);
    for (const AccountRow *row : m_accountRows) {
        if (!row->isCollapsing())
            return true;
    }
    return own;
}

AccountRow *IntegrationCard::accountRow(QStringView connectionId) const
{
    for (AccountRow *row : m_accountRows) {
        if (row->connectionId() == connectionId)
            return row;
    }
    return nullptr;
}

QString IntegrationCard::accountOf(QStringView connectionId) const
{
    if (const AccountRow *row = accountRow(connectionId))
        return row->view().account;
    return m_view.account;
}

void IntegrationCard::setAdding(bool adding)
{
    if (m_adding == adding)
        return;
    m_adding = adding;
    refresh();
}

void IntegrationCard::setFurtherAccounts(const QList<Connection> &accounts, bool animate)
{
    QStringList ids;
    for (const Connection &c : accounts)
        ids << c.key();
    const QList<AccountRow *> rows = m_accountRows; // removeRow() changes the list
    for (AccountRow *row : rows) {
        if (ids.contains(row->connectionId()) && !row->isCollapsing())
            continue;
        if (animate)
            row->collapse(); // removeRow() when it has
        else if (!row->isCollapsing())
            removeRow(row);
    }
    for (const Connection &c : accounts) {
        AccountRow *row = accountRow(c.key());
        if (row && !row->isCollapsing()) {
            row->setConnection(c);
            continue;
        }
        row = new AccountRow(m_spec.name, c, m_actionsEnabled, this);
        row->hide();
        connect(row, &AccountRow::connectRequested, this, &IntegrationCard::connectRequested);
        connect(row, &AccountRow::cancelRequested, this, &IntegrationCard::cancelRequested);
        connect(row, &AccountRow::disconnectRequested, this, &IntegrationCard::disconnectRequested);
        connect(row, &AccountRow::syncRequested, this, &IntegrationCard::syncRequested);
        connect(row, &AccountRow::growthChanged, this, [this] { layoutChanged(); });
        connect(row, &AccountRow::collapsed, this, [this, row] { removeRow(row); });
        m_accountRows << row;
        if (animate)
            row->growIn();
        m_adding = false; // the new account arrived
    }
    refresh();
    for (AccountRow *row : std::as_const(m_accountRows))
        setShown(row, true);
}

void IntegrationCard::removeRow(AccountRow *row)
{
    if (!m_accountRows.removeOne(row))
        return;
    row->hide();
    row->deleteLater();
    refresh(); // "Add another account" goes with the last connection
}

void IntegrationCard::applyColors()
{
    const auto &t = Theme::current().tokens();
    setTextColor(m_name, t.text);
    setTextColor(m_description, t.textSecondary);
    setTextColor(m_account, t.textSecondary);
    setTextColor(m_lastSync, t.textTertiary);
    setTextColor(m_problem, m_view.problemTone == CardView::Tone::Warning ? t.warning : t.danger);
    if (QWidget *question = m_slots[int(Slot::Question)])
        setTextColor(question, t.text);
}

// Shows the state's actions, hides the others, enables them, and keeps keyboard users in
// place: when the focused action goes away (Connect becomes Connecting… and Cancel), focus
// moves to this card's next action, not to another card.
void IntegrationCard::applyActionStates(const QList<QWidget *> &shown)
{
    QWidget *focused = QApplication::focusWidget();
    const QList<QWidget *> all = allActions();
    const bool focusInActions = focused && all.contains(focused);
    for (QWidget *w : all) {
        setShown(w, shown.contains(w));
        if (auto *button = qobject_cast<ActionButton *>(w))
            button->setEnabled(m_actionsEnabled && !button->isBusy());
    }
    if (ActionButton *cancel = button(Slot::Cancel))
        cancel->setEnabled(m_actionsEnabled);
    if (focusInActions && (focused->isHidden() || !focused->isEnabled())) {
        for (QWidget *w : shown) {
            if (w->isEnabled() && w->focusPolicy() != Qt::NoFocus) {
                w->setFocus(Qt::TabFocusReason);
                break;
            }
        }
    }
}

QList<QWidget *> IntegrationCard::allActions() const
{
    QList<QWidget *> out;
    for (QWidget *w : m_slots) {
        if (w)
            out << w;
    }
    return out;
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

QList<IntegrationCard::Slot> IntegrationCard::wantedSlots() const
{
    if (m_confirming)
        return { Slot::Question, Slot::Keep, Slot::Confirm };
    switch (m_view.actions) {
    case CardView::Actions::Connect:
        return { Slot::Connect };
    case CardView::Actions::Connecting:
        return { Slot::Connecting, Slot::Cancel };
    case CardView::Actions::Connected:
        return { Slot::Sync, Slot::Disconnect };
    case CardView::Actions::Reconnect:
        return m_view.canDisconnect ? QList<Slot> { Slot::Reconnect, Slot::Disconnect }
                                    : QList<Slot> { Slot::Reconnect };
    case CardView::Actions::Disconnecting:
        return { Slot::Disconnect };
    }
    return {};
}

// The widgets of wantedSlots(); refresh() has created them.
QList<QWidget *> IntegrationCard::visibleActions() const
{
    QList<QWidget *> out;
    for (Slot slot : wantedSlots()) {
        if (QWidget *w = m_slots[int(slot)])
            out << w;
    }
    return out;
}

IntegrationCard::Geometry IntegrationCard::computeGeometry(int width) const
{
    Geometry g;
    const bool wide = width >= kWideBreakpoint;
    const int pad = width >= 480 ? 24 : 16;
    const int top = kLiftRoom + pad;
    const int textX = pad + IconTile::kTile + kTileGap;
    const QList<QWidget *> actions = visibleActions();

    const int actionsWidth = rowWidth(actions, 8);
    const int textRight = wide ? width - pad - actionsWidth - 24 : width - pad;
    const int textWidth = qMax(80, textRight - textX);

    g.rects.insert(m_tile, QRect(QPoint(pad - IconTile::kInset, top - IconTile::kInset + 2), m_tile->size()));

    // Name and pill on one line when they fit, the pill under the name when not.
    // Measured from the state, not from the children's visibility: refresh() places the
    // children before it shows them.
    const bool hasPill = !m_view.pill.isEmpty();
    QList<QWidget *> titleRow { m_name };
    if (hasPill)
        titleRow << m_pill;
    int y = flow(titleRow, textX, top + 2, textWidth, 8, 4, &g.rects);
    if (hasPill) { // centre the pill on the name's first line
        QRect &pill = g.rects[m_pill];
        const QRect name = g.rects.value(m_name);
        if (pill.top() == name.top())
            pill.moveTop(name.top() + (QFontMetrics(m_name->font()).height() - pill.height()) / 2);
    }
    g.rects.insert(m_description, QRect(textX, y + 4, textWidth, m_description->heightForWidth(textWidth)));
    y = g.rects.value(m_description).bottom() + 1;

    QList<QWidget *> details;
    for (TextLabel *label : { m_account, m_lastSync, m_problem }) {
        if (!label->text().isEmpty())
            details << label;
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
            bottom = qMax(bottom, placeInRow(actions, width - pad - actionsWidth, rowTop, 36, 8, &g.rects));
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
    // The further accounts, then "Add another account": aligned with the text on wide cards,
    // across the card under the tile on narrow ones (as the actions are).
    const int rowX = wide ? textX : pad;
    const int rowWidth = width - pad - rowX;
    if (!m_accountRows.isEmpty())
        bottom += 16;
    for (AccountRow *row : m_accountRows) {
        const int h = qRound(row->heightForWidth(rowWidth) * row->growth());
        g.rects.insert(row, QRect(rowX, bottom, rowWidth, h));
        bottom += h;
    }
    if (m_addAccount && hasAnyConnection()) {
        const QSize hint = m_addAccount->sizeHint();
        // A quiet button: its "+" sits in the column of the rows' status dots and its text
        // lines up with theirs; its hover fill reaches left of the rows.
        g.rects.insert(m_addAccount, QRect(rowX - 12, bottom + (m_accountRows.isEmpty() ? 12 : 4), hint.width(), hint.height()));
        bottom = g.rects.value(m_addAccount).bottom() + 1 - 4;
    }
    g.height = bottom + pad;
    return g;
}

void IntegrationCard::applyGeometry()
{
    m_geometry = computeGeometry(width());
    m_placedLift = 1; // dy is never positive: forces a placement
    placeChildren();
    setShown(m_note, m_note->isShowing());
}

void IntegrationCard::fadeSnapshotStale()
{
    if (auto *fade = qobject_cast<RevealEffect *>(graphicsEffect()))
        fade->invalidateSnapshot();
}

void IntegrationCard::layoutChanged()
{
    m_heights.clear();
    fadeSnapshotStale();
    updateGeometry();
    if (testAttribute(Qt::WA_Resized)) // else the card's first resize places the children
        applyGeometry();
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
    if (const auto it = m_heights.constFind(width); it != m_heights.cend())
        return *it;
    const int height = computeGeometry(width).height;
    m_heights.insert(width, height);
    return height;
}

QSize IntegrationCard::sizeHint() const
{
    return { grid::contentWidth, heightForWidth(grid::contentWidth) };
}

QSize IntegrationCard::minimumSizeHint() const
{
    return { 280, heightForWidth(280) };
}

bool IntegrationCard::insideSurface(const QRect &rect) const
{
    const QRectF surface = surfaceRect();
    const QRectF across = surface.adjusted(2, grid::cardRadius + 2, -2, -grid::cardRadius - 2);
    const QRectF down = surface.adjusted(grid::cardRadius + 2, 2, -grid::cardRadius - 2, -2);
    return across.contains(QRectF(rect)) || down.contains(QRectF(rect));
}

bool IntegrationCard::coversOpaquely(const QRect &rect) const
{
    const auto &t = Theme::current().tokens();
    return !graphicsEffect() && m_reveal->value() >= 1.0 && t.surface.alpha() == 255
        && t.surfaceRaised.alpha() == 255 && insideSurface(rect);
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
    layoutChanged();
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
    for (AccountRow *row : std::as_const(m_accountRows))
        row->syncMotion();
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

void IntegrationCard::paintEvent(QPaintEvent *event)
{
    const auto &t = Theme::current().tokens();
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QRectF surface = surfaceRect();
    const QColor fill = m_lift->value() > 0.0 && t.surfaceRaised != t.surface ? t.surfaceRaised : t.surface;
    // A spinner or a pulsing dot repaints a small piece inside the card, away from its border
    // and corners: there the surface is one flat colour, and filling it is far cheaper than
    // rasterising the whole antialiased outline again for every such frame.
    bool inside = true;
    for (const QRect &r : event->region())
        inside = inside && insideSurface(r);
    if (inside) {
        for (const QRect &r : event->region())
            p.fillRect(r, fill);
        paintSeparators(&p);
        return;
    }
    QColor border = t.border;
    if (m_lift->value() > 0.0)
        border = QColor::fromRgbF(
            float(t.border.redF() + (t.borderStrong.redF() - t.border.redF()) * m_lift->value()),
            float(t.border.greenF() + (t.borderStrong.greenF() - t.border.greenF()) * m_lift->value()),
            float(t.border.blueF() + (t.borderStrong.blueF() - t.border.blueF()) * m_lift->value()));
    p.setPen(QPen(border, 1.0));
    p.setBrush(fill);
    p.drawRoundedRect(surface, grid::cardRadius, grid::cardRadius);
    paintSeparators(&p);
}

// Middle dots between the detail items.
void IntegrationCard::paintSeparators(QPainter *p) const
{
    p->setPen(Qt::NoPen);
    p->setBrush(Theme::current().tokens().textTertiary);
    const qreal dy = -qRound(m_lift->value() * 3.0);
    for (const QPointF &c : std::as_const(m_geometry.separators))
        p->drawEllipse(c + QPointF(0, dy), 1.5, 1.5);
}

void IntegrationCard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        refresh(); // new theme: label colours come from the tokens (and a new fade snapshot)
    else if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)
        m_heights.clear();
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
