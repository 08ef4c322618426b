// gesd: the GES daemon. Thin on purpose: the work is in gesd_core.
#include "Daemon.h"
#include "config/Config.h"
#include "ops/Log.h"
#include "ops/ShutdownSignal.h"
#include "store/Migrator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTimer>

#include <cstdio>

using namespace ges;

namespace {
constexpr qint64 kDrainGraceMs = 10000;

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
                                      config.dbPassword, config.dbSecure})
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
    ShutdownSignal shutdown;
    QObject::connect(&shutdown, &ShutdownSignal::requested, &app, [&daemon] {
        log::info("gesd", tr("shutting down: draining in-flight requests"),
                  {{"inFlight", QString::number(daemon.requestsInFlight())}});
        daemon.stopListening();
        // Answer what was accepted, then quit; a request stuck on a hung dependency does
        // not hold the exit for more than the grace period.
        auto *drain = new QTimer(qApp);
        QElapsedTimer since;
        since.start();
        QObject::connect(drain, &QTimer::timeout, qApp, [&daemon, drain, since] {
            if (daemon.requestsInFlight() == 0 || since.elapsed() > kDrainGraceMs) {
                if (daemon.requestsInFlight() > 0)
                    log::warn("gesd", tr("grace period over; unanswered requests dropped"),
                              {{"inFlight", QString::number(daemon.requestsInFlight())}});
                drain->stop();
                QCoreApplication::quit();
            }
        });
        drain->start(20);
    });
    const int rc = app.exec();
    log::info("gesd", tr("stopped"));
    return rc;
}
