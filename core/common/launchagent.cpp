#include "launchagent.h"

#include "apppaths.h"
#include "savefile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QXmlStreamWriter>

#ifndef ARIA_APP_ID
#error "ARIA_APP_ID (the reverse-DNS app id) comes from CMake"
#endif

namespace aria {

QString LaunchAgent::label()
{
    return QStringLiteral(ARIA_APP_ID);
}

QString LaunchAgent::folder()
{
    const QString fromEnv = qEnvironmentVariable("ARIA_LAUNCHAGENTS_DIR");
    return fromEnv.isEmpty() ? QDir::homePath() + QLatin1String("/Library/LaunchAgents") : fromEnv;
}

QString LaunchAgent::plistPath()
{
    return folder() + u'/' + label() + QLatin1String(".plist");
}

QStringList LaunchAgent::programArguments(const QString &executable, bool minimised)
{
    QStringList args { executable };
    if (minimised)
        args << QStringLiteral("--minimised");
    return args;
}

QByteArray LaunchAgent::plist(const QStringList &programArguments)
{
    QByteArray data;
    QXmlStreamWriter xml(&data);
    xml.setAutoFormatting(true);
    xml.writeStartDocument();
    xml.writeDTD(QStringLiteral("<!DOCTYPE plist PUBLIC \"-//Apple//DTD PLIST 1.0//EN\" "
                                "\"http://www.apple.com/DTDs/PropertyList-1.0.dtd\">"));
    xml.writeStartElement(QStringLiteral("plist"));
    xml.writeAttribute(QStringLiteral("version"), QStringLiteral("1.0"));
    xml.writeStartElement(QStringLiteral("dict"));
    xml.writeTextElement(QStringLiteral("key"), QStringLiteral("Label"));
    xml.writeTextElement(QStringLiteral("string"), label());
    xml.writeTextElement(QStringLiteral("key"), QStringLiteral("ProgramArguments"));
    xml.writeStartElement(QStringLiteral("array"));
    for (const QString &arg : programArguments)
        xml.writeTextElement(QStringLiteral("string"), arg);
    xml.writeEndElement();
    xml.writeTextElement(QStringLiteral("key"), QStringLiteral("RunAtLoad"));
    xml.writeEmptyElement(QStringLiteral("true"));
    // Only in the graphical login session (not for ssh logins): it is a window and tray app.
    xml.writeTextElement(QStringLiteral("key"), QStringLiteral("LimitLoadToSessionType"));
    xml.writeTextElement(QStringLiteral("string"), QStringLiteral("Aqua"));
    xml.writeTextElement(QStringLiteral("key"), QStringLiteral("ProcessType"));
    xml.writeTextElement(QStringLiteral("string"), QStringLiteral("Interactive"));
    xml.writeEndElement(); // dict
    xml.writeEndElement(); // plist
    xml.writeEndDocument();
    return data;
}

bool LaunchAgent::apply(bool enabled, bool minimised, const QString &executable, QString *error)
{
    const QString path = plistPath();
    if (!enabled) {
        if (!QFileInfo::exists(path) || QFile::remove(path))
            return true;
        if (error)
            *error
                = QCoreApplication::translate("Autostart", "Cannot remove the autostart entry %1.").arg(path);
        return false;
    }
    if (!QDir().mkpath(folder())) {
        if (error)
            *error = QCoreApplication::translate("Autostart", "Cannot create the folder %1.").arg(folder());
        return false;
    }
    // launchd refuses a plist that others may write; owner-only is what saveFile gives.
    if (saveFile(path, plist(programArguments(executable, minimised))))
        return AppPaths::restrictFile(path, error);
    if (error)
        *error = QCoreApplication::translate("Autostart", "Cannot write the autostart entry %1.").arg(path);
    return false;
}

} // namespace aria
