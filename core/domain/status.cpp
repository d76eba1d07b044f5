#include "status.h"

#include <array>
#include <utility>

namespace aria {
namespace {

constexpr std::array<std::pair<ConnectionStatus, const char16_t *>, 6> kConnectionNames{{
    {ConnectionStatus::NotConnected, u"not_connected"},
    {ConnectionStatus::Connecting, u"connecting"},
    {ConnectionStatus::Active, u"active"},
    {ConnectionStatus::Expired, u"expired"},
    {ConnectionStatus::Error, u"error"},
    {ConnectionStatus::Disconnected, u"disconnected"},
}};

constexpr std::array<std::pair<SyncStatus, const char16_t *>, 3> kSyncNames{{
    {SyncStatus::Success, u"success"},
    {SyncStatus::Pending, u"pending"},
    {SyncStatus::Failed, u"failed"},
}};

template <typename Enum, std::size_t N>
QString nameOf(const std::array<std::pair<Enum, const char16_t *>, N> &table, Enum value)
{
    for (const auto &[key, name] : table) {
        if (key == value)
            return QString::fromUtf16(name);
    }
    Q_UNREACHABLE();
}

template <typename Enum, std::size_t N>
bool valueOf(const std::array<std::pair<Enum, const char16_t *>, N> &table, QStringView name,
             Enum *out)
{
    for (const auto &[key, wire] : table) {
        if (name == QStringView(wire)) {
            *out = key;
            return true;
        }
    }
    return false;
}

}  // namespace

QString toWireName(ConnectionStatus status) { return nameOf(kConnectionNames, status); }
QString toWireName(SyncStatus status) { return nameOf(kSyncNames, status); }
bool fromWireName(QStringView name, ConnectionStatus *out) { return valueOf(kConnectionNames, name, out); }
bool fromWireName(QStringView name, SyncStatus *out) { return valueOf(kSyncNames, name, out); }

ConnectionStatus fromComposioStatus(QStringView composioStatus)
{
    const QString s = composioStatus.trimmed().toString().toUpper();
    if (s == u"ACTIVE")
        return ConnectionStatus::Active;
    if (s == u"INITIALIZING" || s == u"INITIATED")
        return ConnectionStatus::Connecting;
    if (s == u"EXPIRED" || s == u"INACTIVE")
        return ConnectionStatus::Expired;  // the grant stopped working: reconnect
    if (s == u"REVOKED" || s == u"DELETED")
        return ConnectionStatus::Disconnected;
    return ConnectionStatus::Error;  // FAILED, and anything Composio adds later
}

bool needsReconnect(ConnectionStatus status)
{
    return status == ConnectionStatus::Expired || status == ConnectionStatus::Error;
}

}  // namespace aria
