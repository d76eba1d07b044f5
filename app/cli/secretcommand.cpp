#include "secretcommand.h"

#include "domain/integration.h"
#include "secrets/keychainsecretstore.h"
#include "secrets/keynames.h"

#include <QCoreApplication>
#include <QFile>

#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace aria::cli {
namespace {

// Reads the secret: one hidden line at a terminal, else all of standard input. Only the
// trailing line break is removed (a key never ends in one; it may contain other spaces).
QByteArray readSecret(QTextStream &err)
{
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return {};
    if (!::isatty(STDIN_FILENO)) {
        QByteArray all = in.readAll();
        while (all.endsWith('\n') || all.endsWith('\r'))
            all.chop(1);
        return all;
    }
    err << QCoreApplication::translate("Cli", "Value (input hidden): ") << Qt::flush;
    termios saved {};
    const bool restore = ::tcgetattr(STDIN_FILENO, &saved) == 0;
    if (restore) {
        termios silent = saved;
        silent.c_lflag &= ~tcflag_t(ECHO);
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &silent);
    }
    QByteArray line = in.readLine();
    if (restore)
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
    err << Qt::endl;
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    return line;
}

} // namespace

SecretCommand::SecretCommand(QObject *parent)
    : Command(parent)
{
}

SecretCommand::~SecretCommand() = default;

bool SecretCommand::isKnownSecretName(const QString &name)
{
    if (name == keys::composioApiKey())
        return true;
    const QString suffix = keys::clientSecretSuffix();
    return name.endsWith(suffix) && isValidIntegrationId(QStringView(name).chopped(suffix.size()));
}

void SecretCommand::start(Context &ctx, const QStringList &args)
{
    if (args.size() != 2 || (args.at(0) != u"set" && args.at(0) != u"unset"))
        return finishLater(usage(ctx, tr("Expected: secret set <name> or secret unset <name>.")));
    const QString key = args.at(1);
    if (!isKnownSecretName(key))
        return finishLater(usage(ctx,
            tr("Unknown secret \"%1\". Names: composio-api-key, <integration>-client-secret.").arg(key)));

    m_secrets = std::make_unique<KeychainSecretStore>();
    const auto done = [this, &ctx, key](bool storing) {
        return [this, &ctx, key, storing](const SecretStore::Reply &reply) {
            if (reply.result != SecretStore::Result::Ok) {
                ctx.err << tr("The keychain refused: %1").arg(reply.message) << Qt::endl;
                return finishLater(Failure);
            }
            ctx.out << (storing ? tr("Stored %1 in the keychain.").arg(key)
                                : tr("Removed %1 from the keychain.").arg(key))
                    << Qt::endl;
            finishLater(Ok);
        };
    };
    if (args.at(0) == u"unset")
        return m_secrets->remove(key, this, done(false));

    const QByteArray value = readSecret(ctx.err);
    if (value.trimmed().isEmpty())
        return finishLater(usage(ctx,
            tr("No value on standard input. Example: printf %s \"$KEY\" | aria-integrations secret set %1")
                .arg(key)));
    m_secrets->write(key, QString::fromUtf8(value), this, done(true));
}

} // namespace aria::cli
