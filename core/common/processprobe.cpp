#include "processprobe.h"

#include <atomic>

namespace aria {
namespace {
std::atomic<ProcessProbe> g_probe { nullptr };
}

void setProcessProbe(ProcessProbe probe) { g_probe.store(probe); }

bool processRuns(qint64 pid)
{
    const ProcessProbe probe = g_probe.load();
    return pid > 0 && (probe == nullptr || probe(pid));
}

} // namespace aria
