#include "console.h"

#include <termios.h>
#include <unistd.h>

namespace aria::platform {

struct HiddenInput::Saved {
    termios mode {};
};

bool stdinIsTerminal()
{
    return ::isatty(STDIN_FILENO) == 1;
}

HiddenInput::HiddenInput()
{
    auto saved = std::make_unique<Saved>();
    if (!stdinIsTerminal() || ::tcgetattr(STDIN_FILENO, &saved->mode) != 0)
        return;
    termios silent = saved->mode;
    silent.c_lflag &= ~tcflag_t(ECHO);
    ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &silent);
    m_saved = std::move(saved);
}

HiddenInput::~HiddenInput()
{
    if (m_saved)
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &m_saved->mode);
}

} // namespace aria::platform
