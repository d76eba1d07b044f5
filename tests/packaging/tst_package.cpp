// Builds the .deb of this build tree with CPack (the configuration `make package` uses),
// unpacks it into a scratch root and checks that it is complete: control fields, the
// dependencies shlibdeps cannot see, the installed files, the desktop entry and AppStream
// metadata validators, the binary running from the scratch root, every library it loads
// being guaranteed by its Depends, and apt accepting the package on this system.
#include "dpkgdb.h"
#include "processrun.h"
#include "testhome.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QtTest>

namespace {

using Run = ProcessRun;

Run run(const QString &program, const QStringList &args, int timeoutMs = 60000,
    const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
{
    ProcessOptions options;
    options.env = env;
    options.timeoutMs = timeoutMs;
    return runProcess(program, args, options);
}

const QString kPackage = QStringLiteral("aria-integrations");
const QString kBinary = QStringLiteral("usr/bin/aria-integrations");
const QString kDesktop = QStringLiteral("usr/share/applications/aria-integrations.desktop");
const QString kIcon = QStringLiteral("usr/share/icons/hicolor/scalable/apps/aria-integrations.svg");
const QString kMetainfo = QStringLiteral("usr/share/metainfo/io.github.aria.integrations.metainfo.xml");
const QString kFontLicense = QStringLiteral("usr/share/doc/aria-integrations/Inter-OFL.txt");
// The network module the binary loads after its first frame (app/CMakeLists.txt).
const QString kModule = QStringLiteral(ARIA_MODULE_PACKAGE_PATH);

// True when Inter is compiled into the app, so the package needs no font package.
bool interIsBundled()
{
    const QDir fonts(QStringLiteral(ARIA_SOURCE_DIR "/resources/fonts"));
    return !fonts.entryList({ QStringLiteral("Inter*.otf"), QStringLiteral("Inter*.ttf") }, QDir::Files)
                .isEmpty();
}

// "calling init: /path" lines of LD_DEBUG=files: every shared object the process loaded.
QStringList loadedObjects(const QString &ldDebugPrefix)
{
    QStringList objects;
    const QFileInfo prefix(ldDebugPrefix);
    const QDir dir = prefix.dir();
    static const QRegularExpression init(QStringLiteral("calling init: (\\S+)"));
    for (const QString &name : dir.entryList({ prefix.fileName() + QLatin1String(".*") }, QDir::Files)) {
        QFile f(dir.filePath(name));
        if (!f.open(QIODevice::ReadOnly))
            continue;
        auto it = init.globalMatch(QString::fromUtf8(f.readAll()));
        while (it.hasNext())
            objects << it.next().captured(1);
    }
    objects.removeDuplicates();
    return objects;
}

} // namespace

class TestPackage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void controlFields();
    void dependsOnWhatShlibdepsCannotSee_data();
    void dependsOnWhatShlibdepsCannotSee();
    void dependsOnWhatTheBinaryLinks_data();
    void dependsOnWhatTheBinaryLinks();
    void recommendsAKeyring();
    void installsExactlyTheseFiles();
    void desktopEntryValidates();
    void metainfoValidates();
    void iconIsAnSvg();
    void versionRunsFromTheScratchRoot();
    void listJsonRunsFromTheScratchRoot();
    void windowOpensFromTheScratchRoot();
    void everyLoadedLibraryIsGuaranteedByDepends();
    void aptAcceptsThePackage();

private:
    QString root(const QString &relative = {}) const
    {
        return m_scratch.filePath(QLatin1String("root/") + relative);
    }
    QStringList dependsNames() const;

    QTemporaryDir m_scratch;
    QString m_deb;
    QHash<QString, QString> m_control;
    QStringList m_loaded; // shared objects loaded by the runs below
};

void TestPackage::initTestCase()
{
    QVERIFY(m_scratch.isValid());
    const QString out = m_scratch.filePath(QStringLiteral("out"));
    const Run cpack = run(QStringLiteral(ARIA_CPACK),
        { QStringLiteral("--config"), QStringLiteral(ARIA_BINARY_DIR "/CPackConfig.cmake"),
            QStringLiteral("-G"), QStringLiteral("DEB"), QStringLiteral("-B"), out },
        150000);
    QVERIFY2(cpack.finished && cpack.exitCode == 0, qPrintable(cpack.describe()));
    const QStringList debs = QDir(out).entryList({ QStringLiteral("*.deb") }, QDir::Files);
    QCOMPARE(debs.size(), 1);
    m_deb = QDir(out).filePath(debs.first());

    const Run extract = run(QStringLiteral("dpkg-deb"), { QStringLiteral("-x"), m_deb, root() });
    QVERIFY2(extract.finished && extract.exitCode == 0, qPrintable(extract.describe()));

    const Run fields = run(QStringLiteral("dpkg-deb"), { QStringLiteral("-f"), m_deb });
    QVERIFY2(fields.finished && fields.exitCode == 0, qPrintable(fields.describe()));
    QString key;
    for (const QString &line : fields.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        if (line.startsWith(QLatin1Char(' '))) { // continuation of the previous field
            m_control[key] += QLatin1Char('\n') + line;
        } else {
            key = line.section(QLatin1Char(':'), 0, 0);
            m_control[key] = line.section(QLatin1Char(':'), 1).trimmed();
        }
    }
}

QStringList TestPackage::dependsNames() const
{
    QStringList names;
    for (const QStringList &alternatives :
        pkgcheck::parseRelations(m_control.value(QStringLiteral("Depends"))))
        names += alternatives;
    return names;
}

void TestPackage::controlFields()
{
    QCOMPARE(m_control.value(QStringLiteral("Package")), kPackage);
    QCOMPARE(m_control.value(QStringLiteral("Version")), QStringLiteral(ARIA_VERSION));
    const Run arch = run(QStringLiteral("dpkg"), { QStringLiteral("--print-architecture") });
    QCOMPARE(m_control.value(QStringLiteral("Architecture")), arch.out.trimmed());
    QVERIFY(!m_control.value(QStringLiteral("Section")).isEmpty());
    QCOMPARE(m_control.value(QStringLiteral("Priority")), QStringLiteral("optional"));
    static const QRegularExpression nameAndEmail(QStringLiteral("^[^<>]+ <[^<>@\\s]+@[^<>@\\s]+>$"));
    QVERIFY2(nameAndEmail.match(m_control.value(QStringLiteral("Maintainer"))).hasMatch(),
        qPrintable(m_control.value(QStringLiteral("Maintainer"))));
    // A one-line summary followed by an extended description.
    const QStringList description = m_control.value(QStringLiteral("Description")).split(QLatin1Char('\n'));
    QVERIFY(!description.first().isEmpty());
    QVERIFY2(description.size() > 3, "the extended description is missing");
    QVERIFY(!m_control.contains(QStringLiteral("Homepage")));
}

void TestPackage::dependsOnWhatShlibdepsCannotSee_data()
{
    QTest::addColumn<QString>("package");
    QTest::addColumn<bool>("wanted");
    QTest::newRow("sqlite driver plugin") << QStringLiteral("libqt6sql6-sqlite") << true;
    QTest::newRow("libsecret, dlopen'ed by QtKeychain") << QStringLiteral("libsecret-1-0") << true;
    QTest::newRow("platform plugins") << QStringLiteral("qt6-qpa-plugins") << true;
    QTest::newRow("svg icon plugins") << QStringLiteral("libqt6svg6") << true;
    // The font package only while the app does not carry the font itself.
    QTest::newRow("Inter font") << QStringLiteral("fonts-inter") << !interIsBundled();
}

void TestPackage::dependsOnWhatShlibdepsCannotSee()
{
    QFETCH(QString, package);
    QFETCH(bool, wanted);
    QVERIFY2(
        dependsNames().contains(package) == wanted, qPrintable(m_control.value(QStringLiteral("Depends"))));
}

void TestPackage::dependsOnWhatTheBinaryLinks_data()
{
    // dpkg-shlibdeps ran: it adds versioned dependencies on the linked libraries.
    QTest::addColumn<QString>("package");
    for (const char *pkg : { "libc6", "libstdc++6", "libqt6core6", "libqt6widgets6", "libqt6network6",
             "libqt6sql6", "libqt6keychain1" })
        QTest::newRow(pkg) << QString::fromLatin1(pkg);
}

void TestPackage::dependsOnWhatTheBinaryLinks()
{
    QFETCH(QString, package);
    const QRegularExpression versioned(
        QLatin1String("(^|, )") + QRegularExpression::escape(package) + QLatin1String(" \\(>= [^)]+\\)"));
    QVERIFY2(versioned.match(m_control.value(QStringLiteral("Depends"))).hasMatch(),
        qPrintable(m_control.value(QStringLiteral("Depends"))));
}

void TestPackage::recommendsAKeyring()
{
    const auto recommends = pkgcheck::parseRelations(m_control.value(QStringLiteral("Recommends")));
    QVERIFY(recommends.contains(QStringList { QStringLiteral("gnome-keyring") }));
    QVERIFY(recommends.contains(QStringList { QStringLiteral("qt6-translations-l10n") })); // Qt's own texts
}

void TestPackage::installsExactlyTheseFiles()
{
    QStringList expected { kBinary, kModule, kDesktop, kIcon, kMetainfo };
    if (interIsBundled())
        expected << kFontLicense;
    QStringList found;
    QDirIterator it(root(), QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext())
        found << QDir(root()).relativeFilePath(it.next());
    expected.sort();
    found.sort();
    QCOMPARE(found, expected);

    // 0644 for data, 0755 for the binary (QFile's "User" bits mirror the owner's: masked out).
    const QFile::Permissions data
        = QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther;
    const QFile::Permissions program = data | QFile::ExeOwner | QFile::ExeGroup | QFile::ExeOther;
    const QFile::Permissions userBits = QFile::ReadUser | QFile::WriteUser | QFile::ExeUser;
    for (const QString &file : std::as_const(expected)) {
        const QFile::Permissions mode = QFileInfo(root(file)).permissions() & ~userBits;
        QVERIFY2(mode == (file == kBinary ? program : data), qPrintable(file));
    }
    for (const QString &elf : { kBinary, kModule }) {
        const Run type = run(QStringLiteral("file"), { QStringLiteral("-b"), root(elf) });
        QVERIFY2(type.out.contains(QLatin1String("ELF")) && type.out.contains(QLatin1String(", stripped")),
            qPrintable(type.out));
    }
}

void TestPackage::desktopEntryValidates()
{
    const Run r = run(QStringLiteral("desktop-file-validate"), { root(kDesktop) });
    QVERIFY2(r.finished && r.exitCode == 0, qPrintable(r.describe()));
    QVERIFY2(
        r.out.trimmed().isEmpty() && r.err.trimmed().isEmpty(), qPrintable(r.describe())); // not even hints

    // It launches the installed binary and names the installed icon.
    QFile f(root(kDesktop));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(f.readAll());
    static const QRegularExpression exec(QStringLiteral("^Exec=(\\S+)"), QRegularExpression::MultilineOption);
    static const QRegularExpression icon(
        QStringLiteral("^Icon=(\\S+)$"), QRegularExpression::MultilineOption);
    QCOMPARE(QLatin1String("usr/bin/") + exec.match(text).captured(1), kBinary);
    QCOMPARE(QFileInfo(kIcon).completeBaseName(), icon.match(text).captured(1));
}

void TestPackage::metainfoValidates()
{
    // Strict and pedantic: no issue at all, and the tree check finds the desktop entry and icon.
    const Run file = run(QStringLiteral("appstreamcli"),
        { QStringLiteral("validate"), QStringLiteral("--no-net"), QStringLiteral("--strict"),
            QStringLiteral("--pedantic"), root(kMetainfo) });
    QVERIFY2(file.finished && file.exitCode == 0, qPrintable(file.describe()));
    static const QRegularExpression issue(QStringLiteral("^[EWIP]: "), QRegularExpression::MultilineOption);
    QVERIFY2(!issue.match(file.out).hasMatch(), qPrintable(file.out));
    const Run tree = run(QStringLiteral("appstreamcli"),
        { QStringLiteral("validate-tree"), QStringLiteral("--no-net"), QStringLiteral("--strict"),
            QStringLiteral("--pedantic"), root() });
    QVERIFY2(tree.finished && tree.exitCode == 0, qPrintable(tree.describe()));
    QVERIFY2(!issue.match(tree.out).hasMatch(), qPrintable(tree.out));

    // The release it names is the package's version, and it launches the installed entry.
    QFile f(root(kMetainfo));
    QVERIFY(f.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&f);
    QStringList releases;
    QString launchable;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == u"release")
            releases << xml.attributes().value(QStringLiteral("version")).toString();
        else if (xml.name() == u"launchable")
            launchable = xml.readElementText();
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QCOMPARE(releases.value(0), QStringLiteral(ARIA_VERSION));
    QCOMPARE(QLatin1String("usr/share/applications/") + launchable, kDesktop);
}

void TestPackage::iconIsAnSvg()
{
    QFile f(root(kIcon));
    QVERIFY(f.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&f);
    QVERIFY(xml.readNextStartElement());
    QCOMPARE(xml.name(), u"svg");
    QVERIFY2(!xml.attributes().value(QStringLiteral("viewBox")).isEmpty(), "a scalable icon needs a viewBox");
    while (!xml.atEnd())
        xml.readNext();
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
}

void TestPackage::versionRunsFromTheScratchRoot()
{
    TestHome home;
    const Run r = run(root(kBinary), { QStringLiteral("--version") });
    QVERIFY2(r.finished && r.exitCode == 0, qPrintable(r.describe()));
    QCOMPARE(r.out, QLatin1String("aria-integrations " ARIA_VERSION "\n"));
}

void TestPackage::listJsonRunsFromTheScratchRoot()
{
    TestHome home;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LD_DEBUG"), QStringLiteral("files"));
    env.insert(QStringLiteral("LD_DEBUG_OUTPUT"), m_scratch.filePath(QStringLiteral("ld-list")));
    const Run r = run(root(kBinary), { QStringLiteral("list"), QStringLiteral("--json") }, 60000, env);
    QVERIFY2(r.finished && r.exitCode == 0, qPrintable(r.describe()));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8(), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(doc.array().size(), 5);
    // It opened its database in the throwaway profile (the SQLite driver plugin loaded).
    QVERIFY(
        QFile::exists(home.path() + QLatin1String("/.local/share/aria-integrations/integrations.sqlite")));
    m_loaded += loadedObjects(m_scratch.filePath(QStringLiteral("ld-list")));
}

void TestPackage::windowOpensFromTheScratchRoot()
{
    // Offscreen, in a private D-Bus session with its own keyring, like the GUI tests.
    TestHome home;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    const Run r = run(QStringLiteral(ARIA_WITH_KEYRING),
        { QStringLiteral("env"), QStringLiteral("LD_DEBUG=files"),
            QLatin1String("LD_DEBUG_OUTPUT=") + m_scratch.filePath(QStringLiteral("ld-gui")), root(kBinary),
            QStringLiteral("--quit-after-first-paint") },
        90000, env);
    QVERIFY2(r.finished && r.exitCode == 0, qPrintable(r.describe()));
    const QStringList loaded = loadedObjects(m_scratch.filePath(QStringLiteral("ld-gui")));
    QVERIFY2(std::any_of(loaded.cbegin(), loaded.cend(),
                 [](const QString &p) { return p.endsWith(QLatin1String("/platforms/libqoffscreen.so")); }),
        qPrintable(loaded.join(QLatin1Char('\n'))));
    m_loaded += loaded;
}

void TestPackage::everyLoadedLibraryIsGuaranteedByDepends()
{
    // Installing the package's Depends (not its Recommends) must bring every library and
    // plugin the runs above loaded: this is what catches a missing run-time-loaded plugin.
    QVERIFY2(!m_loaded.isEmpty(), "the runs above recorded no loaded libraries");
    m_loaded.removeDuplicates();
    QStringList system;
    for (const QString &path : std::as_const(m_loaded)) {
        if (!path.startsWith(root()))
            system << path;
    }
    QString error;
    const QHash<QString, QStringList> owners = pkgcheck::fileOwners(system, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    pkgcheck::InstalledPackages installed;
    QVERIFY2(installed.load(&error), qPrintable(error));
    QList<QStringList> relations = pkgcheck::parseRelations(m_control.value(QStringLiteral("Depends")));
    relations += pkgcheck::parseRelations(m_control.value(QStringLiteral("Pre-Depends")));
    const QSet<QString> guaranteed = installed.closure(relations);

    QStringList uncovered;
    for (const QString &path : std::as_const(system)) {
        const QStringList pkgs = owners.value(path);
        const bool covered = std::any_of(
            pkgs.cbegin(), pkgs.cend(), [&](const QString &p) { return guaranteed.contains(p); });
        if (!covered)
            uncovered << path + QLatin1String(" (from ")
                    + (pkgs.isEmpty() ? QStringLiteral("no package") : pkgs.join(QLatin1String(", ")))
                    + QLatin1Char(')');
    }
    QVERIFY2(uncovered.isEmpty(),
        qPrintable(QLatin1String("not guaranteed by Depends:\n") + uncovered.join(QLatin1Char('\n'))));
    // Sanity: the plugins that motivated the hand-written Depends were among them.
    QVERIFY(std::any_of(system.cbegin(), system.cend(),
        [](const QString &p) { return p.endsWith(QLatin1String("/sqldrivers/libqsqlite.so")); }));
}

void TestPackage::aptAcceptsThePackage()
{
    // apt resolves every Depends against this system's packages (simulation: nothing changes).
    const Run r = run(QStringLiteral("apt-get"),
        { QStringLiteral("install"), QStringLiteral("--simulate"), QStringLiteral("--no-install-recommends"),
            QStringLiteral("-o"), QStringLiteral("Debug::NoLocking=1"), QFileInfo(m_deb).absoluteFilePath() },
        120000);
    QVERIFY2(r.finished && r.exitCode == 0, qPrintable(r.describe()));
    QVERIFY2(r.out.contains(QLatin1String("Inst aria-integrations (" ARIA_VERSION))
            || r.out.contains(QLatin1String("aria-integrations is already the newest version")),
        qPrintable(r.out));
}

QTEST_GUILESS_MAIN(TestPackage)
#include "tst_package.moc"
