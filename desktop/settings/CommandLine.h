#pragma once
#include <QCoreApplication>
#include <QString>

// ges-admin's command line (API.md §1): --help, --version, --server URL. In the library,
// not in main.cpp, so its texts are translated with the rest.
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    // Exits the process for --help, --version and unknown options, as QCommandLineParser does.
    static CommandLine parse(const QCoreApplication &app);

    QString server; // preselected in the login dialog; empty: the last one used
};
