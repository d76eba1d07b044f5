#include "pkce.h"

#include <QCryptographicHash>
#include <QRandomGenerator>

namespace aria::oauth {
namespace {

QByteArray randomBase64Url(int bytes)
{
    QByteArray raw(bytes, Qt::Uninitialized);
    // The system generator is a CSPRNG (getrandom / /dev/urandom), unlike Qt's seeded one.
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(raw.data()), bytes / 4);
    return raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

} // namespace

Pkce Pkce::generate()
{
    Pkce p;
    p.verifier = randomBase64Url(32);
    p.challenge = challengeFor(p.verifier);
    return p;
}

QByteArray Pkce::challengeFor(const QByteArray &verifier)
{
    return QCryptographicHash::hash(verifier, QCryptographicHash::Sha256)
        .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QString randomState()
{
    return QString::fromLatin1(randomBase64Url(24));
}

bool constantTimeEquals(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
    return diff == 0;
}

QString codeForTokenRequest(const QString &flowValue)
{
    // Depending on how the reply handler passed the code on, the flow's value is encoded once
    // or twice. Real codes never contain '%', so decode until stable, then encode exactly once;
    // the flow's query builder keeps valid %XX sequences as they are.
    QByteArray code = flowValue.toUtf8();
    for (int i = 0; i < 3 && code.contains('%'); ++i) {
        const QByteArray decoded = QByteArray::fromPercentEncoding(code);
        if (decoded == code)
            break;
        code = decoded;
    }
    return QString::fromLatin1(code.toPercentEncoding());
}

} // namespace aria::oauth
