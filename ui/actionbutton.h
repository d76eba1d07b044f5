#pragma once

#include "cachedtext.h"

#include <QAbstractButton>

namespace aria::ui {

class Loop;
class Tween;

// A painted push button in the card's visual language: colours from the theme, a press that
// sinks the button slightly, a hover that fades in, a spinner for busy states, a focus ring
// for keyboard users. Return and Enter press it as well as Space.
class ActionButton : public QAbstractButton
{
    Q_OBJECT
public:
    enum class Kind {
        Primary, // filled with the accent: Connect, Reconnect, Retry
        Secondary, // outlined: Sync now, Connecting…
        Quiet, // text only until hovered: Cancel, Keep
        Danger, // quiet, turns red on hover: Disconnect
        DangerSolid, // filled red: the confirming Disconnect
        Icon, // square, shows an SVG icon (the accessible name says what it does)
    };
    Q_ENUM(Kind)

    ActionButton(Kind kind, const QString &text, QWidget *parent = nullptr);

    Kind kind() const { return m_kind; }
    void setIconResource(const QString &resource);
    // Shows a spinning arc before the text and ignores clicks.
    void setBusy(bool busy);
    bool isBusy() const { return m_busy; }
    // The spinner animates only while busy and on screen: a hidden busy button (the card
    // keeps a "Connecting…" button ready) must not wake the app 60 times a second.
    bool isSpinning() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override { return sizeHint(); }

protected:
    void paintEvent(QPaintEvent *event) override;
    void enterEvent(QEnterEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    QColor background(qreal hover) const;
    QColor foreground(qreal hover) const;

    Kind m_kind;
    QString m_iconResource;
    CachedText m_label; // the text, laid out once (spinners repaint it 60 times a second)
    bool m_busy = false;
    Tween *m_hover;
    Tween *m_press;
    Loop *m_spin;
};

} // namespace aria::ui
