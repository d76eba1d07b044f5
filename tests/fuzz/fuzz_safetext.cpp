// libFuzzer harness for core/common/safetext: any bytes, read as UTF-8 and as raw UTF-16.
// Invariants: safeLine leaves no control or bidi character (fuzzcheck.h spells the rule out
// again), keeps every other character in order (it only drops, or turns whitespace controls
// into spaces), and is idempotent; notificationText holds no markup delimiter.
#include "common/safetext.h"

#include "fuzzcheck.h"

#include <cstdint>

namespace {

using fuzz::check;

void checkText(const QString &in)
{
    const QString out = aria::safeLine(in);
    check(fuzz::safeForTerminal(out));
    check(aria::safeLine(out) == out);
    // A subsequence of the input, with spaces for the whitespace controls.
    qsizetype j = 0;
    for (qsizetype i = 0; i < in.size() && j < out.size(); ++i) {
        const char16_t c = in.at(i).unicode();
        const bool whitespaceControl = (c >= 0x09 && c <= 0x0D) || c == 0x2028 || c == 0x2029;
        if (in.at(i) == out.at(j) || (out.at(j) == u' ' && whitespaceControl))
            ++j;
    }
    check(j == out.size());
    const QString note = aria::notificationText(in);
    check(fuzz::safeForTerminal(note) && !note.contains(u'<') && !note.contains(u'>') && !note.contains(u'"'));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    checkText(QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size)));
    checkText(QString(reinterpret_cast<const QChar *>(data), qsizetype(size / 2)));
    return 0;
}
