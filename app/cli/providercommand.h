#pragma once

#include "command.h"

#include <QPointer>

class QNetworkAccessManager;

namespace aria::cli {

// `provider add <id> --discovery URL --client-id ID [--scopes "a b"] [--name NAME]`,
// `provider add <id> --authorize URL --token URL [--revoke URL] [--userinfo URL] --client-id ID ...`,
// `provider list [--json]`, `provider remove <id>`: OAuth providers beyond the built-in ones,
// connected in direct mode with the user's own client.
class ProviderCommand : public Command
{
    Q_OBJECT
public:
    using Command::Command;
    QString name() const override { return QStringLiteral("provider"); }
    QString synopsis() const override { return QStringLiteral("add|list|remove ..."); }
    QString summary() const override
    {
        return tr("Add, list or remove OAuth providers for direct connections");
    }
    void start(Context &ctx, const QStringList &args) override;

private:
    void add(Context &ctx, const QStringList &args);
    void list(Context &ctx, const QStringList &args);
    void remove(Context &ctx, const QStringList &args);
    QNetworkAccessManager *m_nam = nullptr;
};

} // namespace aria::cli
