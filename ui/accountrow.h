#pragma once

#include "cardview.h"
#include "domain/connection.h"

#include <QHash>
#include <QWidget>

namespace aria::ui {

class ActionButton;
class StatusDot;
class StatusPill;
class TextLabel;
class Tween;

// One connected account inside an integration's card: status dot, display name and pill,
// last sync and its own problem line, and its own Sync now / Reconnect / Disconnect (with
// the inline confirmation). Its signals carry the connection id, never the integration's.
// It grows in when added and collapses before it goes (collapse()).
class AccountRow : public QWidget
{
    Q_OBJECT
public:
    AccountRow(const QString &integrationName, const Connection &connection, bool actionsEnabled,
        QWidget *parent = nullptr);

    QString connectionId() const { return m_connection.key(); }
    void setConnection(const Connection &connection);
    void setPending(PendingAction pending);
    void setActionsEnabled(bool enabled);
    void refresh(const QDateTime &now = QDateTime::currentDateTimeUtc());
    void refreshTimes(const QDateTime &now = QDateTime::currentDateTimeUtc()); // see IntegrationCard
    const CardView &view() const { return m_view; }
    bool isConfirmingDisconnect() const { return m_confirming; }

    // 0 (collapsed) .. 1 (full height); the card lays the row out at fullHeight * growth.
    qreal growth() const;
    void growIn();   // from 0 to 1 (at once under reduced motion)
    void collapse(); // to 0, then collapsed() is emitted
    bool isCollapsing() const { return m_collapsing; }
    void syncMotion(); // the reduced-motion preference changed: the dot and spinners follow

    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    QSize sizeHint() const override { return { 480, heightForWidth(480) }; }

Q_SIGNALS:
    void connectRequested(const QString &connectionId); // Reconnect
    void disconnectRequested(const QString &connectionId); // after the user confirmed
    void syncRequested(const QString &connectionId);
    void cancelRequested(const QString &connectionId);
    void growthChanged();
    void collapsed();

protected:
    void resizeEvent(QResizeEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    struct Layout {
        QHash<QWidget *, QRect> rects;
        QList<QPointF> separators;
        int height = 0;
    };
    Layout computeLayout(int width) const;
    QList<QWidget *> shownActions() const;
    void setConfirming(bool confirming);
    void applyColors();

    QString m_name;
    Connection m_connection;
    CardView m_view;
    PendingAction m_pending = PendingAction::None;
    bool m_confirming = false;
    bool m_collapsing = false;
    bool m_actionsEnabled = true;

    StatusDot *m_dot;
    TextLabel *m_account;
    StatusPill *m_pill;
    TextLabel *m_lastSync;
    TextLabel *m_problem;
    ActionButton *m_sync;
    ActionButton *m_reconnect;
    ActionButton *m_disconnect;
    ActionButton *m_cancel;
    TextLabel *m_question;
    ActionButton *m_keep;
    ActionButton *m_confirm;
    Tween *m_growth;
};

} // namespace aria::ui
