#pragma once

#include <QWidget>

namespace aria::ui {

class ActionButton;
class TextLabel;

// The first run's welcome above the cards: with no ARIA account and no key there is nothing
// wrong yet, only a choice to make. It names the three ways in, one button each: sign in to
// ARIA (the cloud holds the Composio key), your own Composio key, your own OAuth client.
class WelcomePanel : public QWidget
{
    Q_OBJECT
public:
    explicit WelcomePanel(QWidget *parent = nullptr);

    ActionButton *signInButton() const { return m_signIn; }
    ActionButton *composioKeyButton() const { return m_composioKey; }
    ActionButton *oauthClientButton() const { return m_oauthClient; }

    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    QSize sizeHint() const override;

Q_SIGNALS:
    void signInRequested();
    void composioKeyRequested();
    void oauthClientRequested();

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    static constexpr int kPad = 24;
    void applyColors();
    // Lays the children out for width (only measures unless apply); returns the height.
    int place(int width, bool apply) const;

    TextLabel *m_title;
    TextLabel *m_intro;
    QList<TextLabel *> m_details;
    QList<ActionButton *> m_buttons; // one per detail, in the same order
    ActionButton *m_signIn;
    ActionButton *m_composioKey;
    ActionButton *m_oauthClient;
};

} // namespace aria::ui
