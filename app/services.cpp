#include "services.h"

#include "connect/connectionmanager.h"
#include "connect/connectionstack.h"
#include "secrets/secretstore.h"

#include <QDesktopServices>

namespace aria::app {

GuiServices::GuiServices(Settings &settings, ConnectionStore &store)
    : m_secrets(std::make_unique<KeychainSecretStore>())
    , m_stack(std::make_unique<ConnectionStack>(&settings, &store, m_secrets.get()))
{
    m_stack->browser().setOpener([](const QUrl &url) { return QDesktopServices::openUrl(url); });
}

GuiServices::~GuiServices() = default;

ConnectionManager *GuiServices::manager() const
{
    return m_stack->manager();
}

} // namespace aria::app
