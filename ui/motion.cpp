#include "motion.h"

#include <QDir>
#include <QSettings>
#include <QStandardPaths>

namespace aria::ui {
namespace {

QString &preference()
{
    static QString value = QStringLiteral("system");
    return value;
}

bool isFalse(const QString &value)
{
    const QString v = value.trimmed().toLower();
    return v == u"0" || v == u"off" || v == u"false" || v == u"no";
}

QString configHome()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation);
}

bool gtkDisablesAnimations()
{
    for (const char *file : { "/gtk-3.0/settings.ini", "/gtk-4.0/settings.ini" }) {
        const QSettings ini(configHome() + QLatin1String(file), QSettings::IniFormat);
        const QVariant value = ini.value(QStringLiteral("Settings/gtk-enable-animations"));
        if (value.isValid() && isFalse(value.toString()))
            return true;
    }
    return false;
}

bool kdeDisablesAnimations()
{
    const QSettings ini(configHome() + QLatin1String("/kdeglobals"), QSettings::IniFormat);
    const QVariant value = ini.value(QStringLiteral("KDE/AnimationDurationFactor"));
    return value.isValid() && value.toDouble() <= 0.0;
}

} // namespace

void Motion::setPreference(const QString &setting)
{
    preference() = setting;
}

bool Motion::reduced()
{
    if (preference() == u"on")
        return true;
    if (preference() == u"off")
        return false;
    static const bool system = systemPrefersReduced();
    return system;
}

bool Motion::systemPrefersReduced()
{
    if (qEnvironmentVariableIsSet("QT_ANIMATIONS") && isFalse(qEnvironmentVariable("QT_ANIMATIONS")))
        return true;
    return gtkDisablesAnimations() || kdeDisablesAnimations();
}

Tween::Tween(QObject *parent, std::function<void(qreal)> onValue, qreal initial)
    : QVariantAnimation(parent)
    , m_onValue(std::move(onValue))
    , m_value(initial)
{
}

void Tween::animateTo(qreal target, int milliseconds, QEasingCurve::Type easing)
{
    if (Motion::reduced() || milliseconds <= 0) {
        jumpTo(target);
        return;
    }
    if (state() == Running && qFuzzyCompare(endValue().toReal() + 1.0, target + 1.0))
        return; // already heading there
    stop();
    if (qFuzzyCompare(m_value + 1.0, target + 1.0))
        return;
    setStartValue(m_value);
    setEndValue(target);
    setDuration(milliseconds);
    setEasingCurve(easing);
    start();
}

void Tween::jumpTo(qreal target)
{
    stop();
    m_value = target;
    m_onValue(m_value);
}

void Tween::updateCurrentValue(const QVariant &value)
{
    if (state() != Running)
        return; // QVariantAnimation reports the start value on setStartValue; ignore it
    m_value = value.toReal();
    m_onValue(m_value);
}

Loop::Loop(QObject *parent, int periodMs, std::function<void(qreal)> onPhase)
    : QVariantAnimation(parent)
    , m_onPhase(std::move(onPhase))
{
    setStartValue(0.0);
    setEndValue(1.0);
    setDuration(periodMs);
    setLoopCount(-1);
}

void Loop::setRunning(bool wanted)
{
    if (wanted && !Motion::reduced()) {
        if (state() != Running)
            start();
        return;
    }
    if (state() != Stopped) {
        stop();
        m_phase = 0.0;
        m_onPhase(m_phase);
    }
}

void Loop::updateCurrentValue(const QVariant &value)
{
    if (state() != Running)
        return;
    m_phase = value.toReal();
    m_onPhase(m_phase);
}

} // namespace aria::ui
