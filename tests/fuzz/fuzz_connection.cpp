// libFuzzer harness for how the store reads connections back: each input becomes one raw row
// of the connections table (any text in the status/mode/sync columns, any bytes as the JSON
// metadata, any value as a timestamp) — what a damaged file, an older or newer build, or a row
// pulled from the server can leave there. Then list(), get(), toJson() and a write-back must
// work, and what was read must survive the round trip through the store unchanged.
#include "domain/integration.h"
#include "store/connectionstore.h"

#include "fuzzcheck.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <fuzzer/FuzzedDataProvider.h>

#include <cstdint>
#include <cstdlib>

namespace {

using fuzz::check;

QCoreApplication *g_app = nullptr;
QTemporaryDir *g_dir = nullptr;
aria::ConnectionStore *g_store = nullptr;

QString text(FuzzedDataProvider &in, const QStringList &typical)
{
    // Mostly a known word (so the rest of the row is reached), sometimes anything.
    if (in.ConsumeBool())
        return typical.at(in.ConsumeIntegralInRange<qsizetype>(0, typical.size() - 1));
    return QString::fromUtf8(QByteArray::fromStdString(in.ConsumeRandomLengthString(64)));
}

QVariant timestamp(FuzzedDataProvider &in)
{
    switch (in.ConsumeIntegralInRange(0, 3)) {
    case 0:
        return QVariant();  // NULL
    case 1:
        return QVariant(in.ConsumeIntegral<qint64>());
    case 2:
        return QVariant(QString::fromUtf8(QByteArray::fromStdString(in.ConsumeRandomLengthString(32))));
    default:
        return QVariant(in.ConsumeFloatingPoint<double>());
    }
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    g_app = new QCoreApplication(*argc, *argv);
    g_dir = new QTemporaryDir;
    g_store = new aria::ConnectionStore;
    if (!g_dir->isValid() || !g_store->open(g_dir->filePath(QStringLiteral("fuzz.sqlite"))))
        std::abort();
    QSqlQuery(g_store->database().handle()).exec(QStringLiteral("PRAGMA synchronous=OFF"));  // speed only
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FuzzedDataProvider in(data, size);
    QSqlDatabase db = g_store->database().handle();
    QSqlQuery(db).exec(QStringLiteral("DELETE FROM connections"));

    QStringList ids;
    for (const auto &spec : aria::builtInIntegrations())
        ids << spec.id;
    const QString id = text(in, ids);
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral(
        "INSERT INTO connections (connection_id, integration_type, id, user_id, mode, composio_connection_id, "
        "composio_account_id, display_name, status, last_sync_at, sync_status, error_message, metadata, created_at, "
        "updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"));
    insert.addBindValue(id);
    insert.addBindValue(id);
    insert.addBindValue(QStringLiteral("00000000-0000-4000-8000-000000000000"));
    insert.addBindValue(QStringLiteral("user"));
    insert.addBindValue(text(in, {QStringLiteral("composio"), QStringLiteral("direct")}));
    insert.addBindValue(QStringLiteral("ca_1"));
    insert.addBindValue(QString());
    insert.addBindValue(QString::fromUtf8(QByteArray::fromStdString(in.ConsumeRandomLengthString(64))));
    insert.addBindValue(text(in, {QStringLiteral("active"), QStringLiteral("expired"), QStringLiteral("error"),
                                  QStringLiteral("not_connected"), QStringLiteral("connecting"), QStringLiteral("disconnected")}));
    insert.addBindValue(timestamp(in));
    insert.addBindValue(text(in, {QStringLiteral("success"), QStringLiteral("pending"), QStringLiteral("failed")}));
    insert.addBindValue(QString());
    const QVariant created = timestamp(in);
    const QVariant updated = timestamp(in);
    // The rest of the input is the metadata column, as text or as a blob.
    const std::string metadata = in.ConsumeRemainingBytesAsString();
    const QByteArray metadataBytes = QByteArray::fromStdString(metadata);
    insert.addBindValue(size % 2 ? QVariant(QString::fromUtf8(metadataBytes)) : QVariant(metadataBytes));
    insert.addBindValue(created);
    insert.addBindValue(updated);
    if (!insert.exec())
        return 0;  // the schema refused the row (a CHECK or NOT NULL): nothing to read back

    const QList<aria::Connection> all = g_store->list();
    check(all.size() == 1);
    const aria::Connection read = all.first();
    check(read.integrationType == id);
    const auto one = g_store->get(id);
    check(one.has_value());
    check(one->metadata == read.metadata && one->status == read.status && one->lastSyncAt == read.lastSyncAt);
    const QJsonObject json = read.toJson(QStringLiteral("Name"));
    check(json.value(QLatin1String("id")).toString() == id);
    QJsonDocument(json).toJson();

    // Writing back what was read keeps it (the metadata object, status and sync fields).
    if (!id.isEmpty()) {
        check(g_store->upsert(read));
        const auto again = g_store->get(id);
        check(again.has_value());
        check(again->metadata == read.metadata);
        check(again->status == read.status && again->syncStatus == read.syncStatus && again->mode == read.mode);
        check(again->displayName == read.displayName);
        check(again->lastSyncAt == read.lastSyncAt);
    }
    return 0;
}
