#pragma once

#include <QWidget>

class QLabel;

namespace aria::ui {

class ActionButton;
class Tween;

// A problem that concerns the whole window ("Cannot reach Composio"), shown above the cards.
// It slides down into place; Retry (when offered) and the close button slide it back up.
// Its parent places it: every slide frame emits slid(), and heightForWidth() follows the slide.
class ErrorBanner : public QWidget
{
    Q_OBJECT
public:
    explicit ErrorBanner(QWidget *parent = nullptr);

    void showMessage(const QString &message, bool offerRetry);
    void dismiss();
    QString message() const;
    bool isShowing() const { return m_showing; }

    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override; // follows the slide
    int fullHeightForWidth(int width) const; // fully in
    QSize sizeHint() const override { return { 880, heightForWidth(880) }; }
    void syncMotion();

Q_SIGNALS:
    void retryClicked();
    void slid(); // the slide moved: the parent places the banner and what is below it

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    struct Layout {
        QRect text, retry, close;
        int height = 0;
    };
    Layout computeLayout(int width) const;
    void layoutChildren();

    QLabel *m_text;
    ActionButton *m_retry;
    ActionButton *m_close;
    Tween *m_slide;
    bool m_showing = false;
};

} // namespace aria::ui
