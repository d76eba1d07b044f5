// libFuzzer harness for reading user_integrations rows pulled from Supabase (JSON -> Connection,
// core/supabase/rowcodec): any bytes as a response body, as one row or an array of rows.
// Invariants: a row that is accepted has a valid integration id, a row id and an updated_at;
// writing it back with toRow() and reading it again gives the same Connection (what sync pushes
// is exactly what it pulled); no text field holds a control or bidi character.
#include "domain/integration.h"
#include "supabase/rowcodec.h"

#include "fuzzcheck.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include <cstdint>

namespace {

using fuzz::check;

bool same(const aria::Connection &a, const aria::Connection &b)
{
    return a.integrationType == b.integrationType && a.rowId == b.rowId && a.mode == b.mode
           && a.composioConnectionId == b.composioConnectionId && a.composioAccountId == b.composioAccountId
           && a.displayName == b.displayName && a.status == b.status && a.lastSyncAt == b.lastSyncAt
           && a.syncStatus == b.syncStatus && a.errorMessage == b.errorMessage && a.metadata == b.metadata
           && a.createdAt == b.createdAt && a.updatedAt == b.updatedAt;
}

void readRow(const QJsonObject &row)
{
    aria::Connection c;
    if (!aria::supabase::fromRow(row, &c))
        return;
    check(aria::isValidIntegrationId(c.integrationType) && !c.rowId.isEmpty() && c.updatedAt.isValid());
    // Synced text is made safe where it enters: nothing in it can drive a terminal.
    check(fuzz::safeForTerminal(c.displayName) && fuzz::safeForTerminal(c.errorMessage)
        && fuzz::safeForTerminal(c.composioAccountId) && fuzz::safeForTerminal(c.composioConnectionId));
    const QJsonObject written = aria::supabase::toRow(c, c.userId);
    aria::Connection again;
    check(aria::supabase::fromRow(written, &again));
    check(same(c, again));
    // And through the wire: serialized and parsed back as the server would echo it.
    aria::Connection echoed;
    check(aria::supabase::fromRow(QJsonDocument::fromJson(QJsonDocument(written).toJson()).object(), &echoed));
    check(same(c, echoed));
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size)));
    if (doc.isObject())
        readRow(doc.object());
    for (const QJsonValue &v : doc.array())
        readRow(v.toObject());
    aria::supabase::fromTimestamp(QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size)));
    return 0;
}
