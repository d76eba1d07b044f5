#include "translator.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace aria {
namespace {

QTranslator *loadInto(QCoreApplication *app, const QLocale &locale, const QString &name, const QString &dir)
{
    auto *translator = new QTranslator(app);
    if (translator->load(locale, name, QStringLiteral("_"), dir)) {
        QCoreApplication::installTranslator(translator);
        return translator;
    }
    delete translator;
    return nullptr;
}

}  // namespace

QString installTranslations(const QString &language)
{
    QCoreApplication *app = QCoreApplication::instance();
    if (!app)
        return QString();
    const QString i18n = QStringLiteral(":/i18n");
    // Installed last = consulted first, so English goes in first as the fallback.
    loadInto(app, QLocale(QLocale::English), QStringLiteral("aria"), i18n);
    const QLocale locale = language.isEmpty() || language == u"system" ? QLocale::system() : QLocale(language);
    if (locale.language() != QLocale::English && loadInto(app, locale, QStringLiteral("aria"), i18n)) {
        loadInto(app, locale, QStringLiteral("qtbase"), QLibraryInfo::path(QLibraryInfo::TranslationsPath));
        QLocale::setDefault(locale);
        return locale.name().left(2);
    }
    // English chosen explicitly: dates and numbers follow it too, not the system's locale.
    if (language == u"en")
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    return QStringLiteral("en");
}

}  // namespace aria
