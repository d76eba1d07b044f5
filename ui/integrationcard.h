#pragma once

#include "cardview.h"
#include "domain/connection.h"
#include "domain/integration.h"

#include <QHash>
#include <QWidget>

class QPainter;

namespace aria::ui {

class AccountRow;
class ActionButton;
class IconTile;
class InlineNote;
class RevealEffect;
class StatusPill;
class TextLabel;
class Tween;

// One integration: icon tile with status dot, name and pill, description, a details line
// (account · last sync · problem) and the actions for its state. Wide cards put the actions
// on the right; below 600 px they move under the text. The card only shows state and asks
// for actions through signals; the window talks to the ConnectionService.
class IntegrationCard : public QWidget
{
    Q_OBJECT
public:
    static constexpr int kLiftRoom = 4; // transparent band above the surface for the hover lift

    IntegrationCard(const IntegrationSpec &spec, QWidget *parent = nullptr);
    // A card that starts in its state: nothing is laid out for a state it never shows.
    IntegrationCard(const IntegrationSpec &spec, const Connection &connection, PendingAction pending,
        bool actionsEnabled, QWidget *parent = nullptr);

    QString integrationId() const { return m_spec.id; }
    void setConnection(const Connection &connection);
    void setPending(PendingAction pending);
    PendingAction pending() const { return m_pending; }
    // Without a connection service the actions are shown but disabled.
    void setActionsEnabled(bool enabled);
    void refresh(const QDateTime &now = QDateTime::currentDateTimeUtc());
    // The clock's tick: refreshes only when a relative time reads differently now ("2 minutes
    // ago" stays for a minute), so an idle window does not repaint every 30 s.
    void refreshTimes(const QDateTime &now = QDateTime::currentDateTimeUtc());
    const CardView &view() const { return m_view; }
    bool isConfirmingDisconnect() const { return m_confirming; }
    // Gives keyboard focus to the first action that can take it (the primary one).
    void focusFirstAction();

    // The integration's further accounts (connectionAt() is the first, shown as today), one
    // row each under the card's text, with "Add another account" under them. With animate,
    // a new row grows in and a removed one collapses; else they appear and go at once.
    void setFurtherAccounts(const QList<Connection> &accounts, bool animate = true);
    QList<AccountRow *> accountRows() const { return m_accountRows; }
    AccountRow *accountRow(QStringView connectionId) const;
    // "Add another account": shown while the integration has at least one connection.
    ActionButton *addAccountButton() const { return m_addAccount; }
    // A further account's connect flow runs (the button shows it until the row arrives).
    void setAdding(bool adding);
    // The account a connection id stands for: the card's own, or a row's.
    QString accountOf(QStringView connectionId) const;

    // An inline confirmation under the details ("Connected as a@b.com").
    void showNote(const QString &text);
    // Fades and rises in after delayMs (immediately under reduced motion).
    void reveal(int delayMs);
    qreal revealProgress() const;
    qreal lift() const;
    QRectF surfaceRect() const; // the painted card in widget coordinates (follows the lift)
    // True when the card paints every pixel of rect (card coordinates) opaque and flat: inside
    // its surface, away from the border and rounded corners, and not fading in.
    bool coversOpaquely(const QRect &rect) const;
    void syncMotion();

    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    // Each carries a connection id: the integration id for the card's own buttons (its first
    // connection), "gmail-2" and so on for a row's.
    void connectRequested(const QString &connectionId);
    void cancelRequested(const QString &connectionId);
    void disconnectRequested(const QString &connectionId); // after the user confirmed
    void syncRequested(const QString &connectionId);
    void addAccountRequested(const QString &integrationId);
    void depthChanged(); // lift or reveal moved: the page repaints the shadow

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;
    void enterEvent(QEnterEvent *event) override;
    void leaveEvent(QEvent *event) override;

private:
    // The action widgets, in visual order, which is also their Tab order. Each is created
    // the first time the card's state needs it (most cards never show most of them).
    enum class Slot { Connect, Reconnect, Connecting, Cancel, Sync, Disconnect, Question, Keep, Confirm, Count };

    struct Geometry {
        QHash<QWidget *, QRect> rects;
        QList<QPointF> separators;
        int height = 0;
    };
    Geometry computeGeometry(int width) const;
    void applyGeometry();
    void placeChildren();
    void layoutChanged(); // forgets the measured heights and places the children again
    void fadeSnapshotStale(); // the entrance fade draws the card as it is now
    QList<Slot> wantedSlots() const;
    QWidget *slotWidget(Slot slot);
    ActionButton *button(Slot slot) const;
    QList<QWidget *> visibleActions() const;
    QList<QWidget *> allActions() const;
    void applyActionStates(const QList<QWidget *> &shown);
    void applyColors();
    void paintSeparators(QPainter *painter) const;
    bool insideSurface(const QRect &rect) const; // away from the border and corners
    void setConfirming(bool confirming);
    bool hasAnyConnection() const;
    void removeRow(AccountRow *row);

    IntegrationSpec m_spec;
    Connection m_connection;
    CardView m_view;
    PendingAction m_pending = PendingAction::None;
    bool m_confirming = false;
    bool m_actionsEnabled = true;

    IconTile *m_tile;
    TextLabel *m_name;
    StatusPill *m_pill;
    TextLabel *m_description;
    TextLabel *m_account;
    TextLabel *m_lastSync;
    TextLabel *m_problem;
    InlineNote *m_note;
    QWidget *m_slots[int(Slot::Count)] = {};
    QList<AccountRow *> m_accountRows; // in display order; collapsing ones until they are gone
    ActionButton *m_addAccount = nullptr; // created with the first connection
    bool m_adding = false;

    Tween *m_lift;
    Tween *m_reveal;
    RevealEffect *m_revealEffect = nullptr;
    Geometry m_geometry;
    mutable QHash<int, int> m_heights; // heightForWidth answers for the current state
    int m_placedLift = 1; // lift offset (0..-3) the children were placed with; 1: not yet
};

} // namespace aria::ui
