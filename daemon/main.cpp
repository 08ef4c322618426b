// gesd: the GES daemon. Thin on purpose: the work is in gesd_core.
#include "Daemon.h"
#include "config/Config.h"
#include "ops/GracefulShutdown.h"
#include "ops/Log.h"
#include "ops/SystemdNotify.h"
#include "store/Migrator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTimer>

#include <cstdio>

using namespace ges;

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("gesd", text);
}

void printProblems(const QStringList &problems)
{
    for (const QString &problem : problems)
        std::fprintf(stderr, "%s\n", qPrintable(tr("configuration: %1").arg(problem)));
}
} // namespace

int main(int argc, char *argv[])
{
    // Qt's own poll-based event dispatcher: the GLib one costs about 7% of a read request's
    // CPU in dispatching, and gesd needs nothing from GLib. Set before the application.
    if (qEnvironmentVariableIsEmpty("QT_NO_GLIB"))
        qputenv("QT_NO_GLIB", "1");
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("gesd"));
    QCoreApplication::setApplicationVersion(QStringLiteral(GES_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Genesys Engagement Service daemon: callbacks REST API on SERVER_EXTERNAL_PORT, health, "
           "metrics and admin API on SERVER_INTERNAL_PORT. Configured by environment variables "
           "and secret files in CONFIG_FOLDERS (see docs/configuration.md)."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption checkConfig(
        QStringLiteral("check-config"),
        tr("Validate the configuration, print one line per problem, exit 0 or 2."));
    const QCommandLineOption migrateOnly(QStringLiteral("migrate-only"),
                                         tr("Apply database migrations and exit."));
    parser.addOption(checkConfig);
    parser.addOption(migrateOnly);
    parser.process(app);

    const ConfigLoadResult loaded = ConfigLoader::load(QProcessEnvironment::systemEnvironment());
    if (parser.isSet(checkConfig)) {
        printProblems(loaded.problems);
        if (loaded.problems.isEmpty())
            std::printf("%s\n", qPrintable(tr("configuration OK")));
        return loaded.problems.isEmpty() ? 0 : 2;
    }
    if (!loaded.problems.isEmpty()) {
        printProblems(loaded.problems);
        return 2;
    }
    const Config &config = loaded.config;
    log::setup({config.logLevel, config.logFormat, config.logMaxLen, config.secretValues()});

    if (parser.isSet(migrateOnly)) {
        QString error;
        const int applied = Migrator({config.dbHost, config.dbPort, config.dbName, config.dbUser,
                                      config.dbPassword, config.dbSecure, config.dbCaFile})
                                .apply(&error);
        if (applied < 0) {
            log::error("gesd", tr("migration failed"), {{"error", error}});
            return 1;
        }
        log::info("gesd", tr("migrations applied"), {{"count", QString::number(applied)}});
        return 0;
    }

    Daemon daemon(config);
    QString error;
    if (!daemon.start(&error)) {
        log::error("gesd", tr("start-up failed"), {{"error", error}});
        return 1;
    }
    // SIGTERM/SIGINT: not ready, delay, drain, release leases, exit 0.
    GracefulShutdown shutdown(daemon, {config.shutdownDelaySeconds, config.shutdownGraceSeconds});
    shutdown.started();
    // gesd.service is Type=notify: READY=1 right after started() turns readiness READY (both
    // queued for the first pass of the event loop, in this order). No-op outside systemd.
    QTimer::singleShot(0, &app, [] { SystemdNotify::fromEnvironment().ready(); });
    const int rc = app.exec();
    log::info("gesd", tr("stopped"));
    return rc;
}
