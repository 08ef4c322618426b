#include "MainWindow.h"
#include "client/AdminClient.h"
#include "settings/CommandLine.h"
#include "settings/Translations.h"
#include "widgets/Icons.h"

#include <QApplication>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("GES"));
    QApplication::setApplicationName(QStringLiteral("ges-admin"));
    QApplication::setApplicationVersion(QStringLiteral(GES_VERSION));
    QApplication::setWindowIcon(Icons::application());
    QApplication::setDesktopFileName(QStringLiteral("io.github.ges.admin"));

    Translations::install(&app);

    const CommandLine options = CommandLine::parse(app);

    AdminClient client;
    MainWindow window(&client);
    window.show();
    window.showLogin(options.server);
    return app.exec();
}
