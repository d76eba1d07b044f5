#include "process.h"

#include <QtGlobal>

#include <cerrno>
#include <csignal>
#include <sys/resource.h>
#include <sys/stat.h>
#if defined(Q_OS_LINUX)
#include <sys/prctl.h>
#endif

namespace aria::platform {

bool coreDumpsAllowed()
{
    return qEnvironmentVariableIntValue("ARIA_ALLOW_CORE_DUMPS") == 1;
}

void hardenProcess()
{
    ::umask(077);
    if (coreDumpsAllowed())
        return;
#if defined(Q_OS_LINUX)
    ::prctl(PR_SET_DUMPABLE, 0, 0, 0, 0);
#else
    const rlimit none { 0, 0 };
    ::setrlimit(RLIMIT_CORE, &none);
#endif
}

bool coreDumpsEnabled()
{
#if defined(Q_OS_LINUX)
    if (::prctl(PR_GET_DUMPABLE, 0, 0, 0, 0) != 1)
        return false;
#endif
    rlimit core {};
    return ::getrlimit(RLIMIT_CORE, &core) != 0 || core.rlim_max != 0;
}

bool processRuns(qint64 pid)
{
    return pid > 0 && (::kill(pid_t(pid), 0) == 0 || errno == EPERM); // EPERM: another user's
}

} // namespace aria::platform
