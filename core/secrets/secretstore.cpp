#include "secretstore.h"

#include <QTimer>

namespace aria {

void MemorySecretStore::answer(QObject *context, Callback done, Reply reply)
{
    if (m_forced != Result::Ok)
        reply = Reply{m_forced, {}, QStringLiteral("forced failure")};
    QPointer<QObject> guard(context);
    QTimer::singleShot(0, this, [guard, done, reply] {
        if (guard && done)
            done(reply);
    });
}

void MemorySecretStore::read(const QString &key, QObject *context, Callback done)
{
    const auto it = m_values.constFind(key);
    answer(context, std::move(done), it == m_values.cend() ? Reply{Result::NotFound, {}, {}} : Reply{Result::Ok, *it, {}});
}

void MemorySecretStore::write(const QString &key, const QString &value, QObject *context, Callback done)
{
    if (m_forced == Result::Ok)
        m_values.insert(key, value);
    answer(context, std::move(done), Reply{Result::Ok, {}, {}});
}

void MemorySecretStore::remove(const QString &key, QObject *context, Callback done)
{
    if (m_forced == Result::Ok)
        m_values.remove(key);
    answer(context, std::move(done), Reply{Result::Ok, {}, {}});
}

}  // namespace aria
