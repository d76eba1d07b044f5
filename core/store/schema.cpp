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
        // Several connections per integration: each row gets its own key, connection_id, which
        // becomes the primary key and the outbox's key. An existing row keeps its integration's
        // id as its key ("gmail"), so scripts and synced copies keep naming it the same.
        // SQLite cannot change a primary key in place: the tables are rebuilt.
        {4,
         {QStringLiteral("ALTER TABLE connections RENAME TO connections_v3"),
          QStringLiteral(R"(CREATE TABLE connections (
                connection_id          TEXT PRIMARY KEY NOT NULL,
                integration_type       TEXT NOT NULL,
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
                updated_at             INTEGER NOT NULL,
                local_version          INTEGER NOT NULL DEFAULT 0,
                on_server              INTEGER NOT NULL DEFAULT 0))"),
          QStringLiteral("INSERT INTO connections SELECT integration_type, integration_type, id, user_id, mode, "
                         "composio_connection_id, composio_account_id, display_name, status, last_sync_at, "
                         "sync_status, error_message, metadata, created_at, updated_at, local_version, on_server "
                         "FROM connections_v3"),
          QStringLiteral(R"(CREATE TABLE outbox_v4 (
                connection_id    TEXT PRIMARY KEY NOT NULL
                    REFERENCES connections(connection_id) ON DELETE CASCADE,
                local_version    INTEGER NOT NULL,
                queued_at        INTEGER NOT NULL,
                attempts         INTEGER NOT NULL DEFAULT 0))"),
          QStringLiteral("INSERT INTO outbox_v4 SELECT integration_type, local_version, queued_at, attempts FROM outbox"),
          QStringLiteral("DROP TABLE outbox"),
          QStringLiteral("DROP TABLE connections_v3"),
          QStringLiteral("ALTER TABLE outbox_v4 RENAME TO outbox"),
          QStringLiteral("CREATE INDEX connections_updated_at ON connections(updated_at)"),
          QStringLiteral("CREATE INDEX connections_integration_type ON connections(integration_type)")}},
    };
    return steps;
}

}  // namespace aria
