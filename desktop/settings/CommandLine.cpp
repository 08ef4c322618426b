#include "CommandLine.h"

#include <QCommandLineParser>

CommandLine CommandLine::parse(const QCoreApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Desktop administration of a GES server."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption serverOption(
        QStringLiteral("server"), tr("Preselect the server URL in the login dialog."), tr("URL"));
    parser.addOption(serverOption);
    parser.process(app);
    CommandLine options;
    options.server = parser.value(serverOption);
    return options;
}
