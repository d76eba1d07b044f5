#pragma once

#include <QWidget>

class QTimer;

namespace aria::ui {

class Tween;

// A one-line confirmation inside a card ("Connected as a@b.com", "Disconnected") that fades
// in, stays a few seconds and fades out.
class InlineNote : public QWidget
{
    Q_OBJECT
public:
    explicit InlineNote(QWidget *parent = nullptr);
    void flash(const QString &text, int visibleMs = 4000);
    QString text() const { return m_text; }
    bool isShowing() const { return !m_text.isEmpty(); }
    QSize sizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override; // long notes wrap under narrow cards

Q_SIGNALS:
    void finished(); // faded out; the card reclaims the space

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    void clearNote();

    QString m_text;
    Tween *m_opacity;
    QTimer *m_hold;
};

} // namespace aria::ui
