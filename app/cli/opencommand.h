#pragma once

#include "command.h"

namespace aria::cli {

// `open`: brings the running window forward, or starts the window when none runs.
class OpenCommand : public Command
{
    Q_OBJECT
public:
    using Command::Command;
    QString name() const override { return QStringLiteral("open"); }
    QString synopsis() const override { return QString(); }
    QString summary() const override { return tr("Show the window (of the running app, or start it)"); }
    void start(Context &ctx, const QStringList &args) override;
};

}  // namespace aria::cli
