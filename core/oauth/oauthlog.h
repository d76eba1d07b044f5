#pragma once

#include <QLoggingCategory>

// "aria.oauth": direct OAuth flows. Never log a token, code, verifier or client secret here.
Q_DECLARE_LOGGING_CATEGORY(lcOAuth)
