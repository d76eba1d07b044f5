#include "listcommands.h"

#include "domain/integration.h"
#include "oauth/providerregistry.h"
#include "store/connectionstore.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace aria::cli {
namespace {

// The connection of every known integration (built-in and added); rows never stored read as
// not connected.
QList<std::pair<IntegrationSpec, Connection>> snapshot(ConnectionStore &store)
{
    QList<std::pair<IntegrationSpec, Connection>> out;
    for (const IntegrationSpec &spec : ProviderRegistry::loadAll()) {
        Connection c = store.get(spec.id).value_or(Connection());
        c.integrationType = spec.id;
        out.append({spec, c});
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
            QString line = QStringLiteral("%1  %2  %3").arg(spec.id, -16).arg(toWireName(c.status), -13).arg(spec.name);
            if (!c.displayName.isEmpty())
                line += QStringLiteral(" (%1)").arg(c.displayName);
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
    for (const auto &[spec, c] : snapshot(ctx.store)) {
        if (c.status == ConnectionStatus::Active)
            ++active;
        else if (needsReconnect(c.status))
            attention << spec.id;
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
