#pragma once

// One device of a two-way sync test: its own data folder, store, session and sync engine,
// against a Supabase-compatible endpoint (tests/peers/supabase or a proxy in front of it).
#include "secrets/secretstore.h"
#include "store/connectionstore.h"
#include "supabase/authclient.h"
#include "supabase/restclient.h"
#include "supabase/supabasebackend.h"
#include "sync/syncengine.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

struct SyncDevice {
    QTemporaryDir dir;
    aria::ConnectionStore store;
    aria::MemorySecretStore secrets;
    QNetworkAccessManager network;
    aria::supabase::AuthClient auth { &network, &secrets };
    aria::supabase::RestClient rest { &network, &auth };
    aria::supabase::SupabaseBackend backend { &auth, &rest };
    aria::sync::SyncEngine engine { &store, &backend };

    SyncDevice(const QUrl &url, const QString &anonKey, int requestTimeoutMs, const aria::sync::SyncEngine::Timing &timing)
    {
        store.setUserId(QStringLiteral("local-profile-id"));
        if (!store.open(dir.filePath(QStringLiteral("aria.sqlite"))))
            qFatal("cannot open store");
        auth.setProject(url, anonKey);
        auth.setRequestTimeout(requestTimeoutMs);
        rest.setRequestTimeout(requestTimeoutMs);
        engine.setTiming(timing);
    }
    // Short debounce and backoff, so tests do not wait on the production pacing.
    static aria::sync::SyncEngine::Timing quickTiming(int backoffBaseMs = 100)
    {
        aria::sync::SyncEngine::Timing t;
        t.debounceMs = 30;
        t.backoffBaseMs = backoffBaseMs;
        t.backoffCapMs = 800;
        return t;
    }
    bool signIn(const QString &email, const QString &password)
    {
        QSignalSpy done(&auth, &aria::supabase::AuthClient::signInFinished);
        auth.signIn(email, password);
        return done.wait(15000) && done.first().at(0).toBool();
    }
    // Runs one full cycle and waits for it.
    bool sync()
    {
        QSignalSpy finished(&engine, &aria::sync::SyncEngine::syncFinished);
        if (!QTest::qWaitFor([this] { return engine.state() != aria::sync::SyncEngine::State::Syncing; }, 15000))
            return false;
        engine.syncNow();
        return finished.wait(15000) && finished.last().at(0).toBool();
    }
    bool waitIdle(int ms = 15000)
    {
        return QTest::qWaitFor(
            [this] { return engine.state() == aria::sync::SyncEngine::State::Idle && store.pendingChanges().isEmpty(); },
            ms);
    }
    // A connected row as a connect flow would store it.
    void connect(const QString &type, const QString &account)
    {
        aria::Connection c = store.get(type).value_or(aria::Connection {});
        c.integrationType = type;
        c.status = aria::ConnectionStatus::Active;
        c.displayName = account;
        c.composioConnectionId = QStringLiteral("ca_") + type;
        QVERIFY(store.upsert(c));
    }
    // Another account of the integration, as `connect <type> --add` stores it; returns its id.
    QString addAccount(const QString &type, const QString &account)
    {
        aria::Connection c;
        c.connectionId = store.nextConnectionId(type);
        c.integrationType = type;
        c.status = aria::ConnectionStatus::Active;
        c.displayName = account;
        c.composioConnectionId = QStringLiteral("ca_") + c.connectionId;
        return store.upsert(c) ? c.connectionId : QString();
    }
    // By connection id: "gmail" is the integration's first connection, "gmail-2" the next.
    void disconnect(const QString &id) { QVERIFY(store.setStatus(id, aria::ConnectionStatus::Disconnected)); }
};
