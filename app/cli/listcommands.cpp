#include "listcommands.h"

#include "domain/integration.h"
#include "oauth/providerregistry.h"
#include "store/connectionstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

namespace aria::cli {
namespace {

// Every connection of every known integration (built-in and added), oldest first within an
// integration; an integration without any reads as one row, not connected, under its own id.
QList<std::pair<IntegrationSpec, Connection>> snapshot(ConnectionStore &store)
{
    QList<std::pair<IntegrationSpec, Connection>> out;
    for (const IntegrationSpec &spec : ProviderRegistry::loadAll()) {
        const QList<Connection> connections = store.connectionsOf(spec.id);
        for (const Connection &c : connections)
            out.append({spec, c});
        if (connections.isEmpty()) {
            Connection none;
            none.integrationType = spec.id;
            out.append({spec, none});
        }
    }
    return out;
}

// Parses the only option these commands take; false on anything else.
bool parseJsonFlag(const QStringList &args, bool *json)
{
    *json = false;
    for (const QString &a : args) {
        if (a != u"--json")
            return false;
        *json = true;
    }
    return true;
}

}  // namespace

void ListCommand::start(Context &ctx, const QStringList &args)
{
    bool json = false;
    if (!parseJsonFlag(args, &json))
        return finishLater(usage(ctx, tr("Unknown argument: %1").arg(args.join(u' '))));
    const auto rows = snapshot(ctx.store);
    if (json) {
        QJsonArray array;
        for (const auto &[spec, c] : rows)
            array.append(c.toJson(spec.name));
        ctx.out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
    } else {
        for (const auto &[spec, c] : rows) {
            QString line = QStringLiteral("%1  %2  %3").arg(c.key(), -16).arg(toWireName(c.status), -13).arg(spec.name);
            if (!c.displayName.isEmpty())
                line += QStringLiteral(" (%1)").arg(c.displayName);
            if (c.lastSyncAt.isValid())  // the user's date format, in local time
                line += tr(" · last synced %1")
                            .arg(QLocale().toString(c.lastSyncAt.toLocalTime(), QLocale::ShortFormat));
            if (!c.errorMessage.isEmpty())
                line += QStringLiteral(" — %1").arg(c.errorMessage);
            ctx.out << line << Qt::endl;
        }
    }
    finishLater(Ok);
}

void StatusCommand::start(Context &ctx, const QStringList &args)
{
    bool json = false;
    if (!parseJsonFlag(args, &json))
        return finishLater(usage(ctx, tr("Unknown argument: %1").arg(args.join(u' '))));
    int active = 0;
    QStringList attention;
    for (const auto &[spec, c] : snapshot(ctx.store)) {  // per connection: two Gmail accounts count twice
        Q_UNUSED(spec)
        if (c.status == ConnectionStatus::Active)
            ++active;
        else if (needsReconnect(c.status))
            attention << c.key();
    }
    if (json) {
        const QJsonObject o{{QStringLiteral("connected"), active},
                            {QStringLiteral("needs_attention"), QJsonArray::fromStringList(attention)},
                            {QStringLiteral("database"), ctx.store.database().path()}};
        ctx.out << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
    } else {
        ctx.out << tr("%n connected", nullptr, active);
        if (!attention.isEmpty())
            ctx.out << tr(" · needs attention: %1").arg(attention.join(QStringLiteral(", ")));
        ctx.out << Qt::endl;
    }
    finishLater(Ok);
}

}  // namespace aria::cli
