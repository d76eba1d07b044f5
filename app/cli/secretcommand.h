#pragma once

#include "command.h"

#include <memory>

namespace aria {
class SecretStore;
}

namespace aria::cli {

// `secret set <name>` reads the value from standard input (hidden when typed at a terminal)
// and stores it in the keychain; `secret unset <name>` removes it. Values are never printed.
// Names: composio-api-key, <integration>-client-secret.
class SecretCommand : public Command
{
    Q_OBJECT
public:
    explicit SecretCommand(QObject *parent = nullptr);
    ~SecretCommand() override;
    QString name() const override { return QStringLiteral("secret"); }
    QString synopsis() const override { return QStringLiteral("set|unset <name>"); }
    QString summary() const override
    {
        return tr("Store a secret in the keychain, read from standard input");
    }
    void start(Context &ctx, const QStringList &args) override;

    static bool isKnownSecretName(const QString &name);

private:
    std::unique_ptr<SecretStore> m_secrets;
};

} // namespace aria::cli
