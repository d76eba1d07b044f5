#pragma once

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace pkgcheck {

// A Depends-style field as alternatives: "a (>= 1) | b:any, c" -> {{a, b}, {c}}.
QList<QStringList> parseRelations(const QString &field);

// The installed packages as dpkg knows them: what each depends on and what it provides.
class InstalledPackages
{
public:
    bool load(QString *error);
    // Every installed package that can satisfy `relations`, and everything those depend on
    // (Depends and Pre-Depends, not Recommends): what installing them guarantees.
    QSet<QString> closure(const QList<QStringList> &relations) const;
    bool isInstalled(const QString &name) const { return m_depends.contains(name); }

private:
    QStringList satisfying(const QString &name) const;

    QHash<QString, QList<QStringList>> m_depends;
    QHash<QString, QStringList> m_providers;
};

// The package(s) owning each file (dpkg -S); on a /usr-merged system a file may be
// registered under its /lib or /usr/lib twin, so both are asked. Unowned files are absent.
QHash<QString, QStringList> fileOwners(const QStringList &paths, QString *error);

} // namespace pkgcheck
