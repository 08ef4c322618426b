#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

void Translations::install(QObject *parent)
{
    auto *owner = new Translations(parent);
    auto *qt = new QTranslator(owner);
    if (qt->load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    auto *ours = new QTranslator(owner);
    if (ours->load(QLocale(), QStringLiteral("ges"), QStringLiteral("_"),
                   QStringLiteral(":/i18n")) ||
        ours->load(QStringLiteral(":/i18n/ges_en")))
        QCoreApplication::installTranslator(ours);
}
