#include "dpkgdb.h"

#include "processrun.h"

#include <QRegularExpression>

namespace pkgcheck {

namespace {

QString packageName(QString token)
{
    token = token.trimmed();
    token = token.section(QLatin1Char(' '), 0, 0); // "libc6 (>= 2.34)" -> "libc6"
    token = token.section(QLatin1Char('('), 0, 0); // "libc6(>=2.34)"
    return token.section(QLatin1Char(':'), 0, 0); // "perl:any", "libc6:amd64"
}

// /lib/x -> /usr/lib/x and back; empty when the path has no twin.
QString usrMergeTwin(const QString &path)
{
    for (const char *dir : { "/lib/", "/lib64/", "/bin/", "/sbin/" }) {
        const QString d = QLatin1String(dir);
        if (path.startsWith(d))
            return QLatin1String("/usr") + path;
        if (path.startsWith(QLatin1String("/usr") + d))
            return path.mid(4);
    }
    return {};
}

// Parses `dpkg-query -S` output ("pkg1:arch, pkg2: /path") into owners.
void parseSearch(const QString &out, QHash<QString, QStringList> *owners)
{
    for (const QString &line : out.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        if (line.startsWith(QLatin1String("diversion ")))
            continue;
        const qsizetype sep = line.indexOf(QLatin1String(": /"));
        if (sep < 0)
            continue;
        QStringList packages;
        for (const QString &p : line.left(sep).split(QLatin1Char(','), Qt::SkipEmptyParts))
            packages << packageName(p);
        (*owners)[line.mid(sep + 2)] << packages;
    }
}

} // namespace

QList<QStringList> parseRelations(const QString &field)
{
    QList<QStringList> relations;
    for (const QString &group : field.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        QStringList alternatives;
        for (const QString &alt : group.split(QLatin1Char('|'), Qt::SkipEmptyParts)) {
            const QString name = packageName(alt);
            if (!name.isEmpty())
                alternatives << name;
        }
        if (!alternatives.isEmpty())
            relations << alternatives;
    }
    return relations;
}

bool InstalledPackages::load(QString *error)
{
    const ProcessRun r = runProcess(QStringLiteral("dpkg-query"),
        { QStringLiteral("-W"),
            QStringLiteral(
                "-f=${db:Status-Abbrev}\\t${Package}\\t${Provides}\\t${Pre-Depends}\\t${Depends}\\n") });
    if (!r.finished || r.exitCode != 0) {
        *error = QLatin1String("dpkg-query -W: ") + r.describe();
        return false;
    }
    for (const QString &line : r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const QStringList f = line.split(QLatin1Char('\t'));
        if (f.size() != 5 || !f[0].startsWith(QLatin1String("ii")))
            continue;
        m_depends[f[1]] += parseRelations(f[3]) + parseRelations(f[4]);
        for (const QStringList &provided : parseRelations(f[2]))
            m_providers[provided.first()] << f[1];
    }
    return !m_depends.isEmpty();
}

QStringList InstalledPackages::satisfying(const QString &name) const
{
    QStringList result = m_providers.value(name);
    if (m_depends.contains(name))
        result << name;
    return result;
}

QSet<QString> InstalledPackages::closure(const QList<QStringList> &relations) const
{
    QSet<QString> seen;
    QList<QStringList> pending = relations;
    while (!pending.isEmpty()) {
        const QStringList alternatives = pending.takeLast();
        for (const QString &name : alternatives) {
            for (const QString &pkg : satisfying(name)) {
                if (seen.contains(pkg))
                    continue;
                seen.insert(pkg);
                pending += m_depends.value(pkg);
            }
        }
    }
    return seen;
}

QHash<QString, QStringList> fileOwners(const QStringList &paths, QString *error)
{
    QHash<QString, QStringList> owners;
    if (paths.isEmpty())
        return owners;
    ProcessRun r = runProcess(QStringLiteral("dpkg-query"), QStringList { QStringLiteral("-S") } + paths);
    if (!r.finished) { // exit 1 only means some path is unowned
        *error = QLatin1String("dpkg-query -S: ") + r.describe();
        return owners;
    }
    parseSearch(r.out, &owners);

    QHash<QString, QString> twinOf;
    for (const QString &path : paths) {
        const QString twin = usrMergeTwin(path);
        if (!owners.contains(path) && !twin.isEmpty())
            twinOf.insert(twin, path);
    }
    if (twinOf.isEmpty())
        return owners;
    r = runProcess(QStringLiteral("dpkg-query"), QStringList { QStringLiteral("-S") } + twinOf.keys());
    QHash<QString, QStringList> twinOwners;
    parseSearch(r.out, &twinOwners);
    for (auto it = twinOwners.cbegin(); it != twinOwners.cend(); ++it)
        owners.insert(twinOf.value(it.key()), it.value());
    return owners;
}

} // namespace pkgcheck
