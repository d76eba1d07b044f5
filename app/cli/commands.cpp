// The command registry: add new subcommands here.
#include "accountcommand.h"
#include "command.h"
#include "configcommand.h"
#include "listcommands.h"

namespace aria::cli {

std::vector<std::unique_ptr<Command>> allCommands()
{
    std::vector<std::unique_ptr<Command>> list;
    list.push_back(std::make_unique<ListCommand>());
    list.push_back(std::make_unique<StatusCommand>());
    list.push_back(std::make_unique<ConfigCommand>());
    list.push_back(std::make_unique<AccountCommand>());
    return list;
}

}  // namespace aria::cli
