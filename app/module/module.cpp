// The network module (aria-services.so): loaded by the executable after the window's first
// frame, or at once for a command-line subcommand (app/networkmodule.cpp).
#include "appservices.h"
#include "cli/command.h"
#include "cli/runner.h"
#include "networkservices.h"
#include "secrets/keychainsecretstore.h"

#include <QNetworkInformation>

namespace aria::app {
namespace {

class Module final : public ServicesModule
{
public:
    AppServices *createAppServices(Settings &settings, ConnectionStore &store) override
    {
        return new NetworkServices(settings, store);
    }

    SecretStore *createSecretStore(QObject *parent) override { return new KeychainSecretStore(parent); }

    int runCommand(const QStringList &command) override { return cli::run(command); }

    QString commandsHelp() override
    {
        QString text;
        for (const auto &command : cli::allCommands())
            text += QStringLiteral("  %1 %2\n      %3\n").arg(command->name(), command->synopsis(), command->summary());
        return text;
    }

    void followReachability(QObject *context, std::function<void(bool offline)> offline) override
    {
        // Signals, not polling; no monitor on this system (no backend plugin): always online.
        if (!QNetworkInformation::loadBackendByFeatures(QNetworkInformation::Feature::Reachability))
            return;
        const auto follow = [offline](QNetworkInformation::Reachability r) {
            offline(r == QNetworkInformation::Reachability::Disconnected
                || r == QNetworkInformation::Reachability::Local);
        };
        follow(QNetworkInformation::instance()->reachability());
        QObject::connect(QNetworkInformation::instance(), &QNetworkInformation::reachabilityChanged, context, follow);
    }
};

} // namespace
} // namespace aria::app

extern "C" Q_DECL_EXPORT aria::app::ServicesModule *aria_services_module()
{
    static aria::app::Module module;
    return &module;
}
