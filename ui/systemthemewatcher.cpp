#include "systemthemewatcher.h"

#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDBusVariant>

namespace aria::ui {
namespace {

const QString kService = QStringLiteral("org.freedesktop.portal.Desktop");
const QString kPath = QStringLiteral("/org/freedesktop/portal/desktop");
const QString kInterface = QStringLiteral("org.freedesktop.portal.Settings");
const QString kNamespace = QStringLiteral("org.freedesktop.appearance");
const QString kKey = QStringLiteral("color-scheme");

// Read() answers v(v(u)) on older portals and v(u) on newer ones: unwrap every layer.
QVariant unwrap(QVariant value)
{
    while (value.canConvert<QDBusVariant>() && value.userType() == qMetaTypeId<QDBusVariant>())
        value = value.value<QDBusVariant>().variant();
    return value;
}

} // namespace

SystemThemeWatcher::SystemThemeWatcher(QObject *parent)
    : QObject(parent)
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected())
        return;
    // String-based by necessity: a D-Bus signal has no C++ member to point at.
    bus.connect(kService, kPath, kInterface, QStringLiteral("SettingChanged"), this,
        SLOT(onSettingChanged(QString, QString, QDBusVariant)));
    QDBusMessage read = QDBusMessage::createMethodCall(kService, kPath, kInterface, QStringLiteral("Read"));
    read << kNamespace << kKey;
    auto *pending = new QDBusPendingCallWatcher(bus.asyncCall(read, 5000), this);
    connect(pending, &QDBusPendingCallWatcher::finished, this, [this](QDBusPendingCallWatcher *call) {
        call->deleteLater();
        onRead(call->reply());
    });
}

std::optional<Theme::Scheme> SystemThemeWatcher::schemeFor(uint colorScheme)
{
    if (colorScheme == 1)
        return Theme::Scheme::Dark;
    if (colorScheme == 2)
        return Theme::Scheme::Light;
    return std::nullopt;
}

void SystemThemeWatcher::onRead(const QDBusMessage &reply)
{
    if (reply.type() != QDBusMessage::ReplyMessage || reply.arguments().isEmpty())
        return; // no portal, or one without the setting: keep the start-up palette
    report(reply.arguments().first());
}

void SystemThemeWatcher::onSettingChanged(const QString &ns, const QString &key, const QDBusVariant &value)
{
    if (ns == kNamespace && key == kKey)
        report(value.variant());
}

void SystemThemeWatcher::report(const QVariant &value)
{
    bool ok = false;
    const uint scheme = unwrap(value).toUInt(&ok);
    if (ok)
        Q_EMIT preferenceChanged(schemeFor(scheme));
}

} // namespace aria::ui
