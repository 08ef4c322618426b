#include "MainWindow.h"
#include "client/AdminClient.h"
#include "widgets/Icons.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("GES"));
    QApplication::setApplicationName(QStringLiteral("ges-admin"));
    QApplication::setApplicationVersion(QStringLiteral(GES_VERSION));
    QApplication::setWindowIcon(Icons::application());
    QApplication::setDesktopFileName(QStringLiteral("ges-admin"));

    // Our strings come from the resources qt_add_translations builds; Qt's own (standard
    // buttons, context menus) from the system's Qt translations.
    QTranslator qtTranslator;
    if (qtTranslator.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);
    // Without a translation for the locale, English: its file holds the plural forms.
    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("ges"), QStringLiteral("_"),
                        QStringLiteral(":/i18n")) ||
        translator.load(QStringLiteral(":/i18n/ges_en")))
        QApplication::installTranslator(&translator);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Desktop administration of a GES server."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption serverOption(
        QStringLiteral("server"),
        QApplication::translate("main", "Preselect the server URL in the login dialog."),
        QApplication::translate("main", "URL"));
    parser.addOption(serverOption);
    parser.process(app);

    AdminClient client;
    MainWindow window(&client);
    window.show();
    window.showLogin(parser.value(serverOption));
    return app.exec();
}
