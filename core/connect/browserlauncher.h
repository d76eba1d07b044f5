#pragma once

#include <QString>
#include <QUrl>

#include <functional>

namespace aria {

// Hands an authorization URL to the user's browser (RFC 8252: the system browser, never an
// embedded view). In order of precedence:
//  1. a printer (the CLI's --print-url): the URL is printed and nothing is launched;
//  2. the environment variable ARIA_BROWSER: a command run detached with the URL as its last
//     argument (tests use it as a scripted browser; users may pick a browser);
//  3. the opener the app injects (QDesktopServices::openUrl in the window; xdg-open in the CLI).
class BrowserLauncher
{
public:
    using Opener = std::function<bool(const QUrl &)>;
    using Printer = std::function<void(const QUrl &)>;

    void setOpener(Opener opener) { m_opener = std::move(opener); }
    void setPrinter(Printer printer) { m_printer = std::move(printer); }

    // False with a message for the user when nothing could be launched.
    bool open(const QUrl &url, QString *error = nullptr) const;

    // Starts `command` (split like a shell would, without a shell) detached with url appended.
    static bool runCommand(const QString &command, const QUrl &url, QString *error);

private:
    Opener m_opener;
    Printer m_printer;
};

} // namespace aria
