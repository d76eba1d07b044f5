#pragma once

#include "connect/connectionservice.h"

#include <QStringList>

#include <functional>

// Records what the UI asked of connections; tests emit the service's signals themselves.
class FakeConnectionService : public aria::ConnectionService
{
    Q_OBJECT
public:
    using aria::ConnectionService::ConnectionService;
    void connectIntegration(const QString &id) override
    {
        calls << QStringLiteral("connect:") + id;
        if (onConnect)
            onConnect(id);
    }
    void cancelConnect(const QString &id) override { calls << QStringLiteral("cancel:") + id; }
    void disconnectIntegration(const QString &id) override { calls << QStringLiteral("disconnect:") + id; }
    void syncIntegration(const QString &id) override { calls << QStringLiteral("sync:") + id; }
    bool isBusy(const QString &) const override { return false; }

    QStringList calls;
    std::function<void(const QString &)> onConnect;  // e.g. mark the row connecting, as a real one does
};
