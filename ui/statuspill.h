#pragma once

#include "cachedtext.h"

#include <QWidget>

namespace aria::ui {

// A small rounded label next to the integration's name: "Connected", "Expired", "Failed".
class StatusPill : public QWidget
{
    Q_OBJECT
public:
    enum class Tone { Success, Warning, Danger, Accent };
    explicit StatusPill(QWidget *parent = nullptr);
    void set(const QString &text, Tone tone);
    QString text() const { return m_text; }
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override { return sizeHint(); }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QString m_text;
    Tone m_tone = Tone::Success;
    CachedText m_painted;
};

} // namespace aria::ui
