#pragma once

#include <QObject>
#include <QHash>
#include <QPointer>
#include <QString>

#include <functional>

namespace aria {

// Secrets (API keys, OAuth tokens, the Supabase refresh token) live only here, never in
// SQLite, settings or logs. Every call is asynchronous: the callback runs later from the
// event loop, on the context object's thread, and not at all if the context is destroyed.
//
// Key names in use: "composio-api-key", "<integration>-client-secret",
// "oauth/<integration>/access-token", "oauth/<integration>/refresh-token",
// "supabase/refresh-token".
class SecretStore : public QObject
{
    Q_OBJECT
public:
    enum class Result {
        Ok,
        NotFound,     // no such entry: "not signed in" / "no key yet", not an error
        Unavailable,  // no keychain service (no D-Bus session, no Secret Service) or it timed out
        Denied,       // the user or the system refused access
        Failed,       // anything else; see the message
    };
    Q_ENUM(Result)

    struct Reply {
        Result result = Result::Failed;
        QString value;    // the secret, for a successful read
        QString message;  // for the user when result is not Ok/NotFound; never contains the secret
    };
    using Callback = std::function<void(const Reply &)>;

    using QObject::QObject;
    ~SecretStore() override = default;

    virtual void read(const QString &key, QObject *context, Callback done) = 0;
    virtual void write(const QString &key, const QString &value, QObject *context, Callback done) = 0;
    // Removing a missing entry succeeds (Ok): the end state is the same.
    virtual void remove(const QString &key, QObject *context, Callback done) = 0;
};

// Secrets held in memory only, for unit tests of flows that do not test the keychain itself.
class MemorySecretStore : public SecretStore
{
    Q_OBJECT
public:
    using SecretStore::SecretStore;
    void read(const QString &key, QObject *context, Callback done) override;
    void write(const QString &key, const QString &value, QObject *context, Callback done) override;
    void remove(const QString &key, QObject *context, Callback done) override;
    // For fault tests: every later call answers with this result (Ok restores normal work).
    void setForcedResult(Result result) { m_forced = result; }
    QHash<QString, QString> contents() const { return m_values; }

private:
    void answer(QObject *context, Callback done, Reply reply);
    QHash<QString, QString> m_values;
    Result m_forced = Result::Ok;
};

}  // namespace aria
