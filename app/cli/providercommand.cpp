#include "providercommand.h"

#include "common/settingkeys.h"
#include "common/settings.h"
#include "connect/replyguard.h"
#include "connect/servicerequest.h"
#include "oauth/discoveryurl.h"
#include "oauth/providerhttp.h"
#include "oauth/providerregistry.h"
#include "store/connectionstore.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>

namespace aria::cli {
namespace {

// A discovery document is a few KB; an endless one must not fill the memory (it once took
// 6-14 GB in under a minute), and a trickling one must not hold the command for ever.
constexpr int kDiscoveryTimeoutMs = 15000;
const ReplyLimits kDiscoveryLimits { oauth::kMaxProviderReplyBytes, deadlineForTimeout(kDiscoveryTimeoutMs) };

const QStringList kValueOptions = {
    QStringLiteral("--discovery"),
    QStringLiteral("--authorize"),
    QStringLiteral("--token"),
    QStringLiteral("--revoke"),
    QStringLiteral("--userinfo"),
    QStringLiteral("--client-id"),
    QStringLiteral("--scopes"),
    QStringLiteral("--name"),
    QStringLiteral("--callback-path"),
};

// "--opt value" pairs after the id; false (with the offending word) on anything else.
bool parseOptions(const QStringList &args, QHash<QString, QString> *out, QString *bad)
{
    for (qsizetype i = 0; i < args.size(); ++i) {
        QString key = args.at(i);
        QString value;
        const qsizetype eq = key.indexOf(QLatin1Char('='));
        if (eq > 0) {
            value = key.mid(eq + 1);
            key.truncate(eq);
        } else if (i + 1 < args.size()) {
            value = args.at(++i);
        } else {
            *bad = key;
            return false;
        }
        if (!kValueOptions.contains(key) || out->contains(key)) {
            *bad = key;
            return false;
        }
        out->insert(key, value);
    }
    return true;
}

QStringList splitScopes(const QString &scopes)
{
    return scopes.split(QRegularExpression(QStringLiteral("[\\s,]+")), Qt::SkipEmptyParts);
}

} // namespace

void ProviderCommand::start(Context &ctx, const QStringList &args)
{
    const QString verb = args.value(0);
    if (verb == u"add")
        return add(ctx, args.mid(1));
    if (verb == u"list")
        return list(ctx, args.mid(1));
    if (verb == u"remove")
        return remove(ctx, args.mid(1));
    finishLater(usage(ctx, tr("Expected add, list or remove.")));
}

void ProviderCommand::list(Context &ctx, const QStringList &args)
{
    const bool json = args == QStringList { QStringLiteral("--json") };
    if (!args.isEmpty() && !json)
        return finishLater(usage(ctx, tr("Unknown argument: %1").arg(args.join(u' '))));
    ProviderRegistry registry;
    QString error;
    if (!registry.load(&error) && registry.added().isEmpty()) {
        ctx.err << error << Qt::endl;
        return finishLater(Failure);
    }
    if (json) {
        QJsonArray array;
        for (const IntegrationSpec &spec : registry.added()) {
            QJsonObject o = ProviderRegistry::toJson(spec);
            o.insert(QStringLiteral("client_id"), ctx.settings.value(setting::clientId, spec.id));
            array.append(o);
        }
        ctx.out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
    } else if (registry.added().isEmpty()) {
        ctx.out << tr("No added providers. Add one with: aria-integrations provider add <id> --discovery URL "
                      "--client-id ID")
                << Qt::endl;
    } else {
        for (const IntegrationSpec &spec : registry.added())
            ctx.out << QStringLiteral("%1  %2  %3")
                           .arg(spec.id, -16)
                           .arg(spec.name, -20)
                           .arg(spec.direct.authorization.host())
                    << Qt::endl;
    }
    finishLater(Ok);
}

void ProviderCommand::remove(Context &ctx, const QStringList &args)
{
    if (args.size() != 1)
        return finishLater(usage(ctx, tr("Expected: provider remove <id>")));
    const QString id = args.at(0);
    // Every account of the provider, not only its first: a further one would be left with its
    // tokens and no provider to disconnect it through.
    for (const Connection &c : ctx.store.connectionsOf(id)) {
        if (c.status != ConnectionStatus::NotConnected && c.status != ConnectionStatus::Disconnected) {
            ctx.err << tr("%1 is still connected. Disconnect it first: aria-integrations disconnect %1").arg(c.key())
                    << Qt::endl;
            return finishLater(Failure);
        }
    }
    ProviderRegistry registry;
    QString error;
    registry.load(&error);
    if (!registry.find(id) || findBuiltIn(id)) {
        ctx.err << tr("No added provider is called \"%1\". See: aria-integrations provider list").arg(id)
                << Qt::endl;
        return finishLater(Usage);
    }
    if (!registry.remove(id, &error)) {
        ctx.err << error << Qt::endl;
        return finishLater(Failure);
    }
    ctx.settings.unset(setting::clientId, id);
    ctx.settings.unset(setting::mode, id);
    ctx.out << tr("Removed provider %1.").arg(id) << Qt::endl;
    finishLater(Ok);
}

void ProviderCommand::add(Context &ctx, const QStringList &args)
{
    const QString id = args.value(0);
    if (id.isEmpty() || id.startsWith(QLatin1String("--")))
        return finishLater(usage(ctx,
            tr("Expected: provider add <id> (--discovery URL | --authorize URL --token URL) --client-id "
               "ID")));
    if (!isValidIntegrationId(id))
        return finishLater(usage(
            ctx, tr("\"%1\" is not a valid id: use 2 to 48 lower-case letters, digits or '_'.").arg(id)));
    QHash<QString, QString> o;
    QString bad;
    if (!parseOptions(args.mid(1), &o, &bad))
        return finishLater(usage(ctx, tr("Unknown or incomplete option: %1").arg(bad)));
    const QString clientId = o.value(QStringLiteral("--client-id"));
    if (clientId.isEmpty())
        return finishLater(usage(
            ctx, tr("--client-id is required (register a desktop/native OAuth client with the provider).")));
    const bool discovery = o.contains(QStringLiteral("--discovery"));
    const bool manual = o.contains(QStringLiteral("--authorize")) || o.contains(QStringLiteral("--token"));
    if (discovery == manual)
        return finishLater(usage(ctx, tr("Give either --discovery URL or --authorize URL and --token URL.")));

    ProviderRegistry *registry = new ProviderRegistry();
    QString error;
    if (!registry->load(&error) && !error.isEmpty())
        ctx.err << error << Qt::endl;
    const QStringList scopes = splitScopes(o.value(QStringLiteral("--scopes")));
    const QString callbackPath = o.value(QStringLiteral("--callback-path"), QStringLiteral("/callback"));

    // Saves the provider and the settings that route it to direct mode.
    auto save = [this, &ctx, registry, id, clientId](IntegrationSpec spec) {
        std::unique_ptr<ProviderRegistry> owner(registry);
        QString problem;
        // A refused provider is a usage error; a file that cannot be written is a local one.
        if (owner->find(spec.id))
            problem = QCoreApplication::translate("ProviderRegistry", "A provider \"%1\" exists already; remove it first.")
                          .arg(spec.id);
        const bool acceptable = problem.isEmpty() && ProviderRegistry::validate(spec, &problem);
        if (!acceptable || !owner->add(spec, &problem)) {
            ctx.err << problem << Qt::endl;
            return finishLater(acceptable ? Failure : Usage);
        }
        if (!ctx.settings.setValue(setting::clientId, id, clientId, &problem)
            || !ctx.settings.setValue(setting::mode, id, QStringLiteral("direct"), &problem)) {
            ctx.err << problem << Qt::endl;
            return finishLater(Failure);
        }
        ctx.out << tr("Added %1 (%2). Connect it with: aria-integrations connect %1").arg(id, spec.name)
                << Qt::endl;
        if (spec.direct.revocation.isEmpty())
            ctx.out << tr("Note: the provider names no revocation endpoint; disconnecting only forgets the "
                          "tokens here.")
                    << Qt::endl;
        finishLater(Ok);
    };

    if (manual) {
        IntegrationSpec spec;
        spec.id = id;
        spec.name = o.value(QStringLiteral("--name"), id);
        spec.builtIn = false;
        spec.iconId = QStringLiteral("generic");
        spec.direct.authorization = QUrl(o.value(QStringLiteral("--authorize")), QUrl::StrictMode);
        spec.direct.token = QUrl(o.value(QStringLiteral("--token")), QUrl::StrictMode);
        if (o.contains(QStringLiteral("--revoke")))
            spec.direct.revocation = QUrl(o.value(QStringLiteral("--revoke")), QUrl::StrictMode);
        if (o.contains(QStringLiteral("--userinfo")))
            spec.direct.userInfo = QUrl(o.value(QStringLiteral("--userinfo")), QUrl::StrictMode);
        spec.direct.callbackPath = callbackPath;
        spec.defaultScopes = scopes;
        spec.description = tr("Added provider (%1)").arg(spec.direct.authorization.host());
        return save(spec);
    }

    // An issuer URL is taken as its OpenID Connect discovery document's.
    const QUrl url = discoveryDocumentUrl(QUrl(o.value(QStringLiteral("--discovery")), QUrl::StrictMode));
    if (!ProviderRegistry::isAcceptableEndpoint(url)) {
        delete registry;
        return finishLater(
            usage(ctx, tr("The discovery URL must be https (http only on 127.0.0.1 or localhost).")));
    }
    m_nam = new QNetworkAccessManager(this);
    QNetworkRequest request = serviceRequest(url, kDiscoveryTimeoutMs);
    request.setRawHeader("Accept", "application/json");
    QNetworkReply *reply = m_nam->get(request);
    guardReply(reply, kDiscoveryLimits);
    const QString name = o.value(QStringLiteral("--name"));
    connect(reply, &QNetworkReply::finished, this,
        [this, &ctx, reply, url, id, name, scopes, callbackPath, save, registry] {
            reply->deleteLater();
            const QNetworkReply::NetworkError failure = replyError(reply);
            if (failure != QNetworkReply::NoError) {
                delete registry;
                const ReplyLimitHit limit = replyLimitHit(reply);
                const int seconds = kDiscoveryLimits.deadlineMs / 1000;
                const QString why = limit == ReplyLimitHit::TooLarge
                    ? tr("it is larger than %n MB, so it was not read", nullptr,
                          megabytes(kDiscoveryLimits.maxBytes))
                    : limit == ReplyLimitHit::Deadline
                    ? tr("it did not arrive within %n second(s)", nullptr, seconds)
                    : replyErrorString(reply);
                ctx.err << tr("Could not read the discovery document at %1: %2").arg(url.toString(), why)
                        << Qt::endl;
                const bool timedOut = limit == ReplyLimitHit::Deadline
                    || (limit == ReplyLimitHit::None
                        && (failure == QNetworkReply::OperationCanceledError
                            || failure == QNetworkReply::TimeoutError));
                return Q_EMIT finished(timedOut ? TimedOut : RemoteFailure);
            }
            const QJsonObject document = QJsonDocument::fromJson(reply->readAll()).object();
            QString problem;
            auto spec = ProviderRegistry::fromDiscovery(document, url, id, name, scopes, &problem);
            if (!spec) {
                delete registry;
                ctx.err << tr("The discovery document cannot be used: %1").arg(problem) << Qt::endl;
                return Q_EMIT finished(RemoteFailure);
            }
            spec->direct.callbackPath = callbackPath;
            save(*spec);
        });
}

} // namespace aria::cli
