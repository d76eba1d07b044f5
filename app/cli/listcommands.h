#pragma once

#include "command.h"

namespace aria::cli {

// `list [--json]`: every integration with its connection state.
class ListCommand : public Command
{
    Q_OBJECT
public:
    using Command::Command;
    QString name() const override { return QStringLiteral("list"); }
    QString synopsis() const override { return QStringLiteral("[--json]"); }
    QString summary() const override { return tr("List integrations and their connection state"); }
    void start(Context &ctx, const QStringList &args) override;
};

// `status [--json]`: one-line summary (counts by state, what needs attention).
class StatusCommand : public Command
{
    Q_OBJECT
public:
    using Command::Command;
    QString name() const override { return QStringLiteral("status"); }
    QString synopsis() const override { return QStringLiteral("[--json]"); }
    QString summary() const override { return tr("Summarise the state of all connections"); }
    void start(Context &ctx, const QStringList &args) override;
};

}  // namespace aria::cli
