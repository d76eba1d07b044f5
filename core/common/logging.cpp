#include "logging.h"

Q_LOGGING_CATEGORY(lcStore, "aria.store", QtInfoMsg)
Q_LOGGING_CATEGORY(lcApp, "aria.app", QtInfoMsg)
Q_LOGGING_CATEGORY(lcUi, "aria.ui", QtInfoMsg)
Q_LOGGING_CATEGORY(lcConnect, "aria.connect", QtInfoMsg)
