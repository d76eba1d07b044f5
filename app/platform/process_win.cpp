#include "process.h"

#include <QtGlobal>

#include <windows.h>

namespace aria::platform {

bool coreDumpsAllowed()
{
    return qEnvironmentVariableIntValue("ARIA_ALLOW_CORE_DUMPS") == 1;
}

void hardenProcess()
{
    // Private files: the per-user profile's inherited ACL (see process.h); nothing to do here.
    if (coreDumpsAllowed())
        return;
    // No Windows Error Reporting dialog (and so no dump written through it) for a crash.
    ::SetErrorMode(::GetErrorMode() | SEM_FAILCRITICALERRORS | SEM_NOGPFAULTERRORBOX);
}

bool coreDumpsEnabled()
{
    return (::GetErrorMode() & SEM_NOGPFAULTERRORBOX) == 0;
}

bool processRuns(qint64 pid)
{
    if (pid <= 0)
        return false;
    const HANDLE process = ::OpenProcess(PROCESS_QUERY_LIMITED_INFORMATION, FALSE, DWORD(pid));
    if (!process) // no such process, or one this user may not open (then it runs)
        return ::GetLastError() == ERROR_ACCESS_DENIED;
    DWORD code = 0;
    const bool running = ::GetExitCodeProcess(process, &code) && code == STILL_ACTIVE;
    ::CloseHandle(process);
    return running;
}

} // namespace aria::platform
