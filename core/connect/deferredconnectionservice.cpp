#include "deferredconnectionservice.h"

namespace aria {

void DeferredConnectionService::attach(ConnectionService *service)
{
    if (m_target || !service)
        return;
    m_target = service;
    relayFlowSignals(service, this);
    connect(service, &ConnectionService::refreshFinished, this, &ConnectionService::refreshFinished);
    const auto waiting = std::exchange(m_waiting, {});
    for (const auto &request : waiting)
        request(service);
}

void DeferredConnectionService::call(std::function<void(ConnectionService *)> request)
{
    if (m_target)
        request(m_target);
    else
        m_waiting.append(std::move(request));
}

void DeferredConnectionService::connectIntegration(const QString &integrationId)
{
    call([integrationId](ConnectionService *s) { s->connectIntegration(integrationId); });
}

void DeferredConnectionService::addConnection(const QString &integrationId)
{
    call([integrationId](ConnectionService *s) { s->addConnection(integrationId); });
}

void DeferredConnectionService::cancelConnect(const QString &integrationId)
{
    call([integrationId](ConnectionService *s) { s->cancelConnect(integrationId); });
}

void DeferredConnectionService::disconnectIntegration(const QString &integrationId)
{
    call([integrationId](ConnectionService *s) { s->disconnectIntegration(integrationId); });
}

void DeferredConnectionService::syncIntegration(const QString &integrationId)
{
    call([integrationId](ConnectionService *s) { s->syncIntegration(integrationId); });
}

bool DeferredConnectionService::isBusy(const QString &integrationId) const
{
    return m_target && m_target->isBusy(integrationId);
}

void DeferredConnectionService::refreshAll()
{
    call([](ConnectionService *s) { s->refreshAll(); });
}

} // namespace aria
