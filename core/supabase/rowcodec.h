#pragma once

#include "domain/connection.h"
#include "sync/timestamp.h"

#include <QJsonObject>

namespace aria::supabase {

// A Connection as a user_integrations row (supabase/migrations) and back. Timestamps go out
// as ISO 8601 UTC with milliseconds; server_updated_at is the server's, read for the cursor.
QJsonObject toRow(const Connection &connection, const QString &userId);
// False when the row lacks integration_type, id or a valid updated_at, or its connection_key
// does not belong to its integration_type.
bool fromRow(const QJsonObject &row, Connection *out);
using sync::fromTimestamp;
using sync::toTimestamp;

} // namespace aria::supabase
