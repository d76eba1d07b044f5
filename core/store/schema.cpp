#include "database.h"

namespace aria {

// Never edit a released step: add a new one. Timestamps are milliseconds since the epoch, UTC.
const QList<Migration> &Database::schema()
{
    static const QList<Migration> steps{
        {1,
         {QStringLiteral(R"(CREATE TABLE connections (
                integration_type       TEXT PRIMARY KEY NOT NULL,
                id                     TEXT NOT NULL UNIQUE,
                user_id                TEXT NOT NULL DEFAULT '',
                mode                   TEXT NOT NULL DEFAULT 'composio',
                composio_connection_id TEXT NOT NULL DEFAULT '',
                composio_account_id    TEXT NOT NULL DEFAULT '',
                display_name           TEXT NOT NULL DEFAULT '',
                status                 TEXT NOT NULL DEFAULT 'not_connected',
                last_sync_at           INTEGER,
                sync_status            TEXT NOT NULL DEFAULT 'success',
                error_message          TEXT NOT NULL DEFAULT '',
                metadata               TEXT NOT NULL DEFAULT '{}',
                created_at             INTEGER NOT NULL,
                updated_at             INTEGER NOT NULL))")}},
        // Sync bookkeeping: a per-row change counter, the outbox of rows to push (one entry
        // per row, holding the version to push) and small key/value sync state.
        {2,
         {QStringLiteral("ALTER TABLE connections ADD COLUMN local_version INTEGER NOT NULL DEFAULT 0"),
          QStringLiteral(R"(CREATE TABLE outbox (
                integration_type TEXT PRIMARY KEY NOT NULL
                    REFERENCES connections(integration_type) ON DELETE CASCADE,
                local_version    INTEGER NOT NULL,
                queued_at        INTEGER NOT NULL,
                attempts         INTEGER NOT NULL DEFAULT 0))"),
          QStringLiteral("CREATE TABLE sync_state (key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL)"),
          QStringLiteral("CREATE INDEX connections_updated_at ON connections(updated_at)")}},
        // on_server = 1: the row is known to have reached the server (pushed or pulled), so its
        // absence there later means it was deleted there. Rows already synced (an account is
        // set and nothing is queued) count as known.
        {3,
         {QStringLiteral("ALTER TABLE connections ADD COLUMN on_server INTEGER NOT NULL DEFAULT 0"),
          QStringLiteral("UPDATE connections SET on_server = 1 "
                         "WHERE integration_type NOT IN (SELECT integration_type FROM outbox) "
                         "AND EXISTS (SELECT 1 FROM sync_state WHERE key = 'account')")}},
    };
    return steps;
}

}  // namespace aria
