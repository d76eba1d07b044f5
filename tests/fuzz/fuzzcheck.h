#pragma once

// What the libFuzzer harnesses share: the invariant check, and reading an input as an HTTP
// answer (status and body).
#include <QByteArray>
#include <QStringView>

#include <cstddef>
#include <cstdint>

namespace fuzz {

// A broken invariant: trap, so libFuzzer keeps the input as a crash artifact.
inline void check(bool ok)
{
    if (!ok)
        __builtin_trap();
}

// Outside text as it may reach a terminal or a notification (core/common/safetext.h), checked
// against the rule written out again here: no C0/C1 control character, no DEL, no bidi
// embedding/override/isolate or direction mark.
inline bool safeForTerminal(QStringView text)
{
    for (const QChar ch : text) {
        const char16_t c = ch.unicode();
        if (c < 0x20 || (c >= 0x7F && c <= 0x9F) || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069)
            || c == 0x200E || c == 0x200F || c == 0x061C || c == 0x2028 || c == 0x2029)
            return false;
    }
    return true;
}

struct HttpAnswer {
    int status = -1;  // -1: the input is too short to be an answer
    QByteArray body;
};

// The first two bytes pick the status, the rest is the body. A first byte below 200 picks one
// of `usual` (statuses the service really sends), any other gives any number below 700 (0 = no
// answer at all). The harnesses' seed corpora rely on exactly this mapping.
template <std::size_t N>
HttpAnswer httpAnswer(const uint8_t *data, std::size_t size, const int (&usual)[N])
{
    if (size < 2)
        return {};
    const int status = data[0] < 200 ? usual[data[0] % N] : (data[0] << 8 | data[1]) % 700;
    return { status, QByteArray(reinterpret_cast<const char *>(data + 2), qsizetype(size - 2)) };
}

}  // namespace fuzz
