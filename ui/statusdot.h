#pragma once

#include <QWidget>

namespace aria::ui {

class Loop;

// The small dot on an icon tile: green connected, amber needs attention, red failed, grey
// not connected. While connecting it is the accent colour and a halo pulses out of it.
class StatusDot : public QWidget
{
    Q_OBJECT
public:
    enum class Tone { Neutral, Success, Warning, Danger, Busy };
    Q_ENUM(Tone)

    explicit StatusDot(QWidget *parent = nullptr);
    void setTone(Tone tone);
    Tone tone() const { return m_tone; }
    bool isPulsing() const;
    // Stops or restarts the pulse after the reduced-motion preference changed.
    void syncMotion();

    QSize sizeHint() const override { return { 22, 22 }; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QColor color() const;

    Tone m_tone = Tone::Neutral;
    Loop *m_pulse;
};

} // namespace aria::ui
