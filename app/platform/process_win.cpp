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

} // namespace aria::platform
