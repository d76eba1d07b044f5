#pragma once

#include "connect/connectionservice.h"

#include <QList>
#include <QPointer>

#include <functional>

namespace aria {

// The ConnectionService the window and tray hold from their first frame. The real one lives in
// the network module, which is loaded after that frame; until it is attached, requests wait
// here (in order) and nothing is busy. Afterwards every call and signal passes straight through.
class DeferredConnectionService : public ConnectionService
{
    Q_OBJECT
public:
    using ConnectionService::ConnectionService;

    // Attaches the real service (once; not owned) and replays what was asked meanwhile.
    void attach(ConnectionService *service);
    bool isAttached() const { return !m_target.isNull(); }
    int waitingRequests() const { return int(m_waiting.size()); }

    void connectIntegration(const QString &integrationId) override;
    void addConnection(const QString &integrationId) override;
    void cancelConnect(const QString &integrationId) override;
    void disconnectIntegration(const QString &integrationId) override;
    void syncIntegration(const QString &integrationId) override;
    bool isBusy(const QString &integrationId) const override;
    void refreshAll() override;

private:
    void call(std::function<void(ConnectionService *)> request);

    QPointer<ConnectionService> m_target;
    QList<std::function<void(ConnectionService *)>> m_waiting;
};

} // namespace aria
