// The command registry: add new subcommands here.
#include "command.h"
#include "configcommand.h"
#include "listcommands.h"
#include "providercommand.h"

namespace aria::cli {

std::vector<std::unique_ptr<Command>> allCommands()
{
    std::vector<std::unique_ptr<Command>> list;
    list.push_back(std::make_unique<ListCommand>());
    list.push_back(std::make_unique<StatusCommand>());
    list.push_back(std::make_unique<ConfigCommand>());
    list.push_back(std::make_unique<ProviderCommand>());
    return list;
}

}  // namespace aria::cli
