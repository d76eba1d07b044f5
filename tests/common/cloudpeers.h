#pragma once

// ARIA's cloud for a test: the Composio simulator, the Supabase peer (PostgreSQL + Auth +
// REST), and the `composio` Edge Function under the real Deno behind the peer's
// /functions/v1 gateway, holding the simulator's key as its secret. The app in cloud mode
// needs only supabase().url(), supabase().anonKey() and a signed-in user; brokerUrl() is
// <supabase.url>/functions/v1/composio.
//
//     CloudPeers cloud;
//     QVERIFY(cloud.start());
//     const QString uid = cloud.supabase().signUp(email, password);
//     const QString token = cloud.supabase().accessToken(email, password);
//     cloud.sim().admin(...);            // the simulator's admin API, as in composiosim.h
//     cloud.supabase().functionOutput(); // the function's log lines
//
// The test executable needs Qt6::Network; DENO_DIR goes under the build folder so the npm
// packages of the function are fetched once per build tree.
#include "../integration/composiosim.h"
#include "supabasepeer.h"

#include <memory>

class CloudPeers
{
public:
    // linkLimit: the function's per-user limit on links, "<n>/<seconds>".
    bool start(const QString &linkLimit = QStringLiteral("100/60"), int timeoutMs = 120000)
    {
        if (!m_sim.start())
            return false;
        SupabasePeerOptions options;
        options.functions = { QStringLiteral("composio") };
        options.environment.insert(QStringLiteral("COMPOSIO_API_KEY"), QString::fromLatin1(ComposioSim::kApiKey));
        options.environment.insert(
            QStringLiteral("COMPOSIO_BASE_URL"), QStringLiteral("http://127.0.0.1:%1").arg(m_sim.port()));
        options.environment.insert(QStringLiteral("COMPOSIO_LINK_LIMIT"), linkLimit);
        options.environment.insert(QStringLiteral("DENO_DIR"), QStringLiteral(ARIA_BINARY_DIR "/deno"));
        m_supabase = std::make_unique<SupabasePeer>(options);
        return m_supabase->waitReady(timeoutMs);
    }

    ComposioSim &sim() { return m_sim; }
    SupabasePeer &supabase() { return *m_supabase; }
    QString brokerUrl() const { return m_supabase->functionUrl(QStringLiteral("composio")); }

private:
    ComposioSim m_sim;
    std::unique_ptr<SupabasePeer> m_supabase;
};
