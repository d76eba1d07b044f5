#include "oauthlog.h"

Q_LOGGING_CATEGORY(lcOAuth, "aria.oauth", QtInfoMsg)
