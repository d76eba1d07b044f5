#include "browserlauncher.h"

#include "common/logging.h"

#include <QCoreApplication>
#include <QProcess>

namespace aria {

bool BrowserLauncher::runCommand(const QString &command, const QUrl &url, QString *error)
{
    QStringList words = QProcess::splitCommand(command);
    if (words.isEmpty()) {
        if (error)
            *error = QCoreApplication::translate("BrowserLauncher", "The browser command is empty.");
        return false;
    }
    const QString program = words.takeFirst();
    words << url.toString(QUrl::FullyEncoded);
    if (!QProcess::startDetached(program, words)) {
        if (error)
            *error
                = QCoreApplication::translate("BrowserLauncher", "Cannot start the browser command \"%1\".")
                      .arg(program);
        return false;
    }
    return true;
}

bool BrowserLauncher::open(const QUrl &url, QString *error) const
{
    if (m_printer) {
        m_printer(url);
        return true;
    }
    const QString command = qEnvironmentVariable("ARIA_BROWSER");
    if (!command.trimmed().isEmpty()) {
        qCDebug(lcConnect) << "opening the authorization page with ARIA_BROWSER";
        return runCommand(command, url, error);
    }
    if (m_opener && m_opener(url))
        return true;
    if (error)
        *error = QCoreApplication::translate(
            "BrowserLauncher", "No browser could be opened. Open this address yourself: %1")
                     .arg(url.toString(QUrl::FullyEncoded));
    return false;
}

} // namespace aria
