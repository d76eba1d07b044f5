#pragma once

#include "command.h"

namespace aria::cli {

// `config get <key>`, `config set <key> <value>`, `config unset <key>`, `config list`.
class ConfigCommand : public Command
{
    Q_OBJECT
public:
    using Command::Command;
    QString name() const override { return QStringLiteral("config"); }
    QString synopsis() const override { return QStringLiteral("get|set|unset|list [<key> [<value>]]"); }
    QString summary() const override { return tr("Read or change a setting"); }
    void start(Context &ctx, const QStringList &args) override;
};

}  // namespace aria::cli
