#pragma once

#include <memory>

namespace aria::platform {

// Whether standard input is a terminal (a console on Windows).
bool stdinIsTerminal();

// While it lives, what is typed at the terminal is not echoed (a password prompt). Nothing
// happens when standard input is not a terminal. POSIX: termios ECHO; Windows: SetConsoleMode
// without ENABLE_ECHO_INPUT.
class HiddenInput
{
public:
    HiddenInput();
    ~HiddenInput(); // echo comes back
    HiddenInput(const HiddenInput &) = delete;
    HiddenInput &operator=(const HiddenInput &) = delete;

    bool isTerminal() const { return m_saved != nullptr; }

private:
    struct Saved;
    std::unique_ptr<Saved> m_saved;
};

} // namespace aria::platform
