#include "configcommand.h"

#include "common/autostart.h"
#include "common/settings.h"
#include "domain/integration.h"

#include <QCoreApplication>

namespace aria::cli {
namespace {

// Writing a setting has no side effect: the login entry follows ui.autostart and
// ui.start_minimised because this command applies it (Autostart::follow says why there).
bool applyEffects(Context &ctx, const QString &key)
{
    if (!Autostart::dependsOn(key))
        return true;
    QString error;
    if (Autostart::follow(ctx.settings, QCoreApplication::applicationFilePath(), &error))
        return true;
    ctx.err << error << Qt::endl;
    return false;
}

}  // namespace

void ConfigCommand::start(Context &ctx, const QStringList &args)
{
    const QString verb = args.value(0);
    if (verb == u"list" && args.size() == 1) {
        QStringList keys = Settings::globalKeys();
        for (const IntegrationSpec &spec : builtInIntegrations()) {
            for (const QString &suffix : Settings::perIntegrationSuffixes())
                keys << spec.id + QLatin1Char('.') + suffix;
        }
        for (const QString &key : keys)
            ctx.out << key << QLatin1Char('=') << ctx.settings.get(key) << "    # " << Settings::describe(key) << Qt::endl;
        return finishLater(Ok);
    }
    if ((verb == u"get" || verb == u"unset") && args.size() == 2) {
        const QString &key = args.at(1);
        if (!Settings::isKnownKey(key))
            return finishLater(usage(ctx, tr("Unknown setting \"%1\". See: aria-integrations config list").arg(key)));
        if (verb == u"get") {
            ctx.out << ctx.settings.get(key) << Qt::endl;
        } else {
            QString error;
            if (!ctx.settings.unset(key, &error)) {
                ctx.err << error << Qt::endl;
                return finishLater(Failure);
            }
            if (!applyEffects(ctx, key))
                return finishLater(Failure);
        }
        return finishLater(Ok);
    }
    if (verb == u"set" && args.size() == 3) {
        const QString problem = Settings::problemWith(args.at(1), args.at(2));
        if (!problem.isEmpty())
            return finishLater(usage(ctx, problem));
        QString error;
        if (!ctx.settings.set(args.at(1), args.at(2), &error)) { // the file could not be written
            ctx.err << error << Qt::endl;
            return finishLater(Failure);
        }
        return finishLater(applyEffects(ctx, args.at(1)) ? Ok : Failure);
    }
    finishLater(usage(ctx, tr("Expected get <key>, set <key> <value>, unset <key> or list.")));
}

}  // namespace aria::cli
