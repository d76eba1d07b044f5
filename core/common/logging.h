#pragma once

#include <QLoggingCategory>

// One category per area; enable with QT_LOGGING_RULES="aria.*.debug=true".
// Never log secrets (API keys, tokens, passwords) in any of them.
Q_DECLARE_LOGGING_CATEGORY(lcStore)
Q_DECLARE_LOGGING_CATEGORY(lcApp)
Q_DECLARE_LOGGING_CATEGORY(lcUi)
Q_DECLARE_LOGGING_CATEGORY(lcConnect)
