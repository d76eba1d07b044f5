#include "console.h"

#include <windows.h>

namespace aria::platform {

struct HiddenInput::Saved {
    DWORD mode = 0;
};

bool stdinIsTerminal()
{
    DWORD mode = 0;
    return ::GetConsoleMode(::GetStdHandle(STD_INPUT_HANDLE), &mode) != 0;
}

HiddenInput::HiddenInput()
{
    auto saved = std::make_unique<Saved>();
    const HANDLE in = ::GetStdHandle(STD_INPUT_HANDLE);
    if (!::GetConsoleMode(in, &saved->mode))
        return; // not a console: a pipe or a file
    ::SetConsoleMode(in, saved->mode & ~DWORD(ENABLE_ECHO_INPUT));
    m_saved = std::move(saved);
}

HiddenInput::~HiddenInput()
{
    if (m_saved)
        ::SetConsoleMode(::GetStdHandle(STD_INPUT_HANDLE), m_saved->mode);
}

} // namespace aria::platform
