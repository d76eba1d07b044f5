#include "keychainsecretstore.h"

#include "common/logging.h"

#include <QCoreApplication>
#include <QTimer>

#include <qt6keychain/keychain.h>

namespace aria {
namespace {

bool looksUnavailable(const QString &error)
{
    for (const char *hint : {"D-Bus", "DBus", "connect", "secret service", "org.freedesktop.secrets", "No such file"}) {
        if (error.contains(QLatin1String(hint), Qt::CaseInsensitive))
            return true;
    }
    return false;
}

SecretStore::Reply replyFor(const QKeychain::Job &job)
{
    using R = SecretStore::Result;
    SecretStore::Reply reply;
    switch (job.error()) {
    case QKeychain::NoError:
        reply.result = R::Ok;
        return reply;
    case QKeychain::EntryNotFound:
        reply.result = R::NotFound;
        return reply;
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        reply.result = R::Denied;
        reply.message = QCoreApplication::translate("SecretStore", "Access to the keychain was denied.");
        return reply;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        reply.result = R::Unavailable;
        break;
    default:
        // libsecret reports a missing Secret Service or D-Bus session as OtherError.
        reply.result = looksUnavailable(job.errorString()) ? R::Unavailable : R::Failed;
        break;
    }
    reply.message = reply.result == R::Unavailable
                        ? QCoreApplication::translate("SecretStore",
                                                      "No keychain is available (%1). Secrets are only kept in the "
                                                      "system keychain: start a Secret Service such as gnome-keyring.")
                              .arg(job.errorString())
                        : QCoreApplication::translate("SecretStore", "The keychain failed: %1").arg(job.errorString());
    return reply;
}

// Runs a configured job; reports once, on finish or timeout, to a still-living context.
void runJob(QKeychain::Job *job, int timeoutMs, QObject *context, SecretStore::Callback done,
            std::function<void(QKeychain::Job *, SecretStore::Reply &)> onSuccess = {})
{
    job->setAutoDelete(false);
    job->setInsecureFallback(false);
    auto reported = std::make_shared<bool>(false);
    QPointer<QObject> guard(context);
    auto report = [reported, guard, done](const SecretStore::Reply &reply) {
        if (*reported)
            return;
        *reported = true;
        if (guard && done)
            done(reply);
    };
    auto *timer = new QTimer(job);
    timer->setSingleShot(true);
    QObject::connect(timer, &QTimer::timeout, job, [job, report, timeoutMs] {
        qCWarning(lcApp) << "keychain job timed out after" << timeoutMs << "ms";
        SecretStore::Reply reply;
        reply.result = SecretStore::Result::Unavailable;
        reply.message = QCoreApplication::translate("SecretStore",
                                                    "The keychain did not answer (is it locked or waiting for a password?).");
        report(reply);
        job->deleteLater();
    });
    QObject::connect(job, &QKeychain::Job::finished, job, [job, report, onSuccess](QKeychain::Job *) {
        SecretStore::Reply reply = replyFor(*job);
        if (reply.result == SecretStore::Result::Ok && onSuccess)
            onSuccess(job, reply);
        report(reply);
        job->deleteLater();
    });
    timer->start(timeoutMs);
    job->start();
}

}  // namespace

KeychainSecretStore::KeychainSecretStore(QObject *parent, const QString &service)
    : SecretStore(parent)
    , m_service(service)
{
}

QString KeychainSecretStore::storedKey(const QString &key) const
{
#ifdef Q_OS_WIN
    // QtKeychain names a Windows credential by the key alone and drops the service, so without
    // a prefix ours would be bare "oauth/gmail/..." entries in the user's Credential Manager,
    // open to a clash with any other program's.
    return m_service + QLatin1Char('/') + key;
#else
    return key; // the service is an attribute of the item (Secret Service, macOS Keychain)
#endif
}

void KeychainSecretStore::read(const QString &key, QObject *context, Callback done)
{
    auto *job = new QKeychain::ReadPasswordJob(m_service, this);
    job->setKey(storedKey(key));
    runJob(job, m_timeoutMs, context, std::move(done), [](QKeychain::Job *j, Reply &reply) {
        reply.value = static_cast<QKeychain::ReadPasswordJob *>(j)->textData();
    });
}

void KeychainSecretStore::write(const QString &key, const QString &value, QObject *context, Callback done)
{
    auto *job = new QKeychain::WritePasswordJob(m_service, this);
    job->setKey(storedKey(key));
    job->setTextData(value);
    runJob(job, m_timeoutMs, context, std::move(done));
}

void KeychainSecretStore::remove(const QString &key, QObject *context, Callback done)
{
    auto *job = new QKeychain::DeletePasswordJob(m_service, this);
    job->setKey(storedKey(key));
    runJob(job, m_timeoutMs, context, [done](const Reply &reply) {
        if (!done)
            return;
        if (reply.result == Result::NotFound)
            done(Reply{Result::Ok, {}, {}});
        else
            done(reply);
    });
}

}  // namespace aria
