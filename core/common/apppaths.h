#pragma once

#include <QString>

namespace aria {

// Where the app keeps its files. Follows XDG through QStandardPaths, so a temporary
// HOME (or XDG_DATA_HOME / XDG_CONFIG_HOME) isolates a run completely; ARIA_PROFILE_DIR puts
// the whole profile in one folder on every platform (data/ and config/ inside it).
class AppPaths
{
public:
    // Directory for the SQLite database and other data; created 0700 on demand.
    static QString dataDir();
    // Directory for the settings file; created 0700 on demand.
    static QString configDir();
    static QString databaseFile();
    static QString settingsFile();

    // Creates dir (and parents) and restricts it to the owner (0700).
    // Returns false and fills *error when that fails.
    static bool ensurePrivateDir(const QString &dir, QString *error = nullptr);
    // Restricts an existing file to the owner (0600). Missing files are fine.
    static bool restrictFile(const QString &file, QString *error = nullptr);
};

}  // namespace aria
