// The command registry: add new subcommands here.
#include "accountcommand.h"
#include "command.h"
#include "configcommand.h"
#include "connectcommands.h"
#include "listcommands.h"
#include "opencommand.h"
#include "providercommand.h"
#include "secretcommand.h"

namespace aria::cli {

std::vector<std::unique_ptr<Command>> allCommands()
{
    std::vector<std::unique_ptr<Command>> list;
    list.push_back(std::make_unique<ListCommand>());
    list.push_back(std::make_unique<StatusCommand>());
    list.push_back(std::make_unique<ConnectCommand>());
    list.push_back(std::make_unique<DisconnectCommand>());
    list.push_back(std::make_unique<SyncCommand>());
    list.push_back(std::make_unique<ConfigCommand>());
    list.push_back(std::make_unique<OpenCommand>());
    list.push_back(std::make_unique<ProviderCommand>());
    list.push_back(std::make_unique<AccountCommand>());
    list.push_back(std::make_unique<SecretCommand>());
    return list;
}

}  // namespace aria::cli
