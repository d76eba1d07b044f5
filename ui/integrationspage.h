#pragma once

#include "theme.h"

#include <QList>
#include <QPointer>
#include <QWidget>

class QLabel;

namespace aria::ui {

class TextLabel;

class ActionButton;
class ErrorBanner;
class IntegrationCard;
class SkeletonCard;
class WelcomePanel;

// The scrolling content of the window: header, error banner, then the cards (or skeletons
// while loading), in a column centred at 880 px that narrows down to 360 px. It lays its
// children out itself (height for width). The cards and skeletons live in one opaque child
// (the card stack) that paints their shadows behind them, so that the banner sliding in or
// out moves the already painted cards in one piece (a blit of the backing store) and only
// the strip above them is painted again.
class IntegrationsPage : public QWidget
{
    Q_OBJECT
public:
    explicit IntegrationsPage(QWidget *parent = nullptr);

    ErrorBanner *banner() const { return m_banner; }
    // The first run's welcome (three ways in), above the cards.
    WelcomePanel *welcome() const { return m_welcome; }
    void setWelcomeShown(bool shown);
    ActionButton *settingsButton() const { return m_settings; }
    void setAccountWidget(QWidget *widget);
    // A "Sandbox" badge above the title (make demo runs the app against local stand-ins).
    void setSandbox(bool sandbox);
    void setCards(const QList<IntegrationCard *> &cards); // takes ownership
    const QList<IntegrationCard *> &cards() const { return m_cards; }
    void setLoading(bool loading);
    bool isLoading() const { return m_loading; }
    QList<SkeletonCard *> skeletons() const { return m_skeletons; }
    void syncMotion();
    // For the benchmark's comparison with QGraphicsDropShadowEffect: no painted shadows.
    void setShadowsPainted(bool painted);

    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override { return { 320, 200 }; }

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    class CardStack;
    friend class CardStack;

    void applyColors();
    void relayout();
    void paintStack(QPaintEvent *event);
    void paintStackRect(QPainter *painter, const QRect &rect, const Theme::Tokens &tokens);
    int place(int width, bool apply);

    TextLabel *m_title;
    TextLabel *m_subtitle;
    QPointer<QWidget> m_account;
    QWidget *m_sandbox = nullptr;
    ActionButton *m_settings;
    ErrorBanner *m_banner;
    WelcomePanel *m_welcome;
    QWidget *m_stack; // a CardStack: the cards, the skeletons and the empty note
    QLabel *m_empty;
    QList<IntegrationCard *> m_cards;
    QList<SkeletonCard *> m_skeletons;
    bool m_loading = false;
    bool m_placePending = false;
    bool m_shadowsPainted = true;
};

} // namespace aria::ui
