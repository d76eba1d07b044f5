#pragma once

// The app's settings and its opened SQLite store at their default places under the current
// HOME (a TestHome), as the app itself would open them. Destroying it and making a new one on
// the same HOME is what a restart of the app sees.
#include "common/apppaths.h"
#include "common/settings.h"
#include "store/connectionstore.h"

#include <QtTest>

struct TestProfile {
    // userId: the profile's signed-in user, set on the store before it opens (empty: none).
    explicit TestProfile(const QString &userId = QString())
    {
        if (!userId.isEmpty())
            store.setUserId(userId);
        opened = store.open(aria::AppPaths::databaseFile());
        if (!opened)
            qWarning("cannot open the store at %s", qPrintable(aria::AppPaths::databaseFile()));
    }
    TestProfile(const TestProfile &) = delete;
    TestProfile &operator=(const TestProfile &) = delete;

    aria::Settings settings;
    aria::ConnectionStore store;
    bool opened = false;
};
