#pragma once

#include <QtGlobal>

namespace aria {

// Whether a process of this id still runs. Asking is OS-specific, so the platform layer answers
// (app/platform/process.h, platform::processRuns); main() hands it over once at start-up. Until
// then every pid counts as running, which leaves alone whatever the answer guards (another
// process's pending Composio links), never the other way round.
using ProcessProbe = bool (*)(qint64 pid);
void setProcessProbe(ProcessProbe probe);
bool processRuns(qint64 pid);

} // namespace aria
