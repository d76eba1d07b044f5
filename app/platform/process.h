#pragma once

#include <QtGlobal>

namespace aria::platform {

// Done first thing in main(), before any file is written or any secret is read.
// - Files the app creates are private to the user. POSIX: umask 077. Windows: the profile lives
//   in the user's own %LOCALAPPDATA%, whose inherited ACL admits only the user, SYSTEM and
//   Administrators, so nothing is added per file (docs/WINDOWS.md).
// - No core dumps: one would hold the tokens in memory. Linux: PR_SET_DUMPABLE 0 (as KeePassXC
//   does; it also keeps other processes of the same user from ptrace-attaching); macOS and
//   other POSIX: a core size limit of 0. ARIA_ALLOW_CORE_DUMPS=1 keeps dumps for debugging.
void hardenProcess();

// Whether ARIA_ALLOW_CORE_DUMPS asks for dumps.
bool coreDumpsAllowed();
// Whether a crash of this process would write a core dump (what hardenProcess() decided).
bool coreDumpsEnabled();

// Whether a process of this id still runs, under any user (core's ProcessProbe; main() sets it).
bool processRuns(qint64 pid);

} // namespace aria::platform
