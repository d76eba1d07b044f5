#pragma once

#include <QEasingCurve>
#include <QString>
#include <QVariantAnimation>

#include <functional>

namespace aria::ui {

// Whether the window animates. The ui.reduced_motion setting is "on", "off" or "system";
// "system" turns motion off when any of these says so (checked in this order):
//   1. the environment variable QT_ANIMATIONS is 0, off, false or no;
//   2. GNOME/GTK: gtk-enable-animations=false (or 0) in $XDG_CONFIG_HOME/gtk-3.0/settings.ini
//      or gtk-4.0/settings.ini;
//   3. KDE: AnimationDurationFactor=0 in the [KDE] group of $XDG_CONFIG_HOME/kdeglobals.
class Motion
{
public:
    static void setPreference(const QString &setting); // "system", "on" or "off"
    static bool reduced();
    static bool systemPrefersReduced();
};

// One animated number (a hover lift, a reveal, a press depth). Retargeting while it runs
// starts from the value shown now, so an interrupted hover never jumps; under reduced
// motion it jumps straight to the target.
class Tween : public QVariantAnimation
{
    Q_OBJECT
public:
    Tween(QObject *parent, std::function<void(qreal)> onValue, qreal initial = 0.0);

    void animateTo(qreal target, int milliseconds, QEasingCurve::Type easing = QEasingCurve::OutCubic);
    void jumpTo(qreal target);
    qreal value() const { return m_value; }

protected:
    void updateCurrentValue(const QVariant &value) override;

private:
    std::function<void(qreal)> m_onValue;
    qreal m_value;
};

// A phase 0..1 that repeats (pulse, shimmer, spinner). Does not run under reduced motion.
class Loop : public QVariantAnimation
{
    Q_OBJECT
public:
    Loop(QObject *parent, int periodMs, std::function<void(qreal)> onPhase);
    // Runs while wanted and motion is allowed; otherwise stops at phase 0.
    void setRunning(bool wanted);
    qreal phase() const { return m_phase; }

protected:
    void updateCurrentValue(const QVariant &value) override;

private:
    std::function<void(qreal)> m_onPhase;
    qreal m_phase = 0.0;
};

} // namespace aria::ui
