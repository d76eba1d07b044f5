#pragma once

#include <QCommandLineParser>
#include <QStringList>

namespace aria::app {

// Options shared by the window and the command line, parsed before any QApplication exists
// so that --help, --version and subcommands never need a display.
struct LaunchOptions {
    bool help = false;
    bool version = false;
    bool quitAfterFirstPaint = false;
    bool minimised = false;  // start hidden in the tray (the autostart entry passes it)
    QStringList command;  // subcommand and its arguments; empty: start the window
    QString error;        // set when the arguments could not be parsed
};

LaunchOptions parseLaunchOptions(const QStringList &arguments);
QString helpText();

// Sets application name, organization and version (before QSettings or QStandardPaths run).
void setApplicationIdentity();
// The ui.language setting ("system" unless the user chose one).
QString configuredLanguage();

}  // namespace aria::app
