// ges-loadgen: a small HTTP/1.1 load client for the benchmarks and the soak (bench/README.md).
// Unlike wrk it gives every request its own body ({n} → a counter, so each create has its
// own phone number) and it can run an open loop at a fixed rate. One JSON line out.
#include "LoadRun.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <algorithm>
#include <QUrl>
#include <cstdio>

using ges::bench::LoadRun;
using ges::bench::LoadSpec;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser p;
    p.setApplicationDescription("HTTP load client; prints one JSON line of results");
    p.addHelpOption();
    const QCommandLineOption url("url", "target URL; {n} is replaced by the counter", "url");
    const QCommandLineOption method("method", "GET, POST, PUT or DELETE", "method", "GET");
    const QCommandLineOption header("header", "extra header 'Name: value' (repeatable)", "h");
    const QCommandLineOption body("body", "request body; {n} is replaced by the counter", "b");
    const QCommandLineOption start("start", "first counter value", "n", "0");
    const QCommandLineOption pad("pad", "digits the counter is zero-padded to", "d", "7");
    const QCommandLineOption conns("connections", "keep-alive connections", "c", "16");
    const QCommandLineOption duration("duration", "seconds to run", "s", "10");
    const QCommandLineOption warmup("warmup", "first seconds not counted", "s", "0");
    const QCommandLineOption rate("rate", "requests/s (open loop); 0 = closed loop", "r", "0");
    p.addOptions({url, method, header, body, start, pad, conns, duration, warmup, rate});
    p.process(app);

    const QUrl target(p.value(url).replace("{n}", "__N__"));
    if (!target.isValid() || target.scheme() != "http" || target.host().isEmpty()) {
        std::fprintf(stderr, "ges-loadgen: --url must be an http:// URL\n");
        return 2;
    }
    LoadSpec spec;
    spec.host = target.host();
    spec.port = quint16(target.port(80));
    spec.method = p.value(method).toUpper().toLatin1();
    QByteArray path = target.path(QUrl::FullyEncoded).toLatin1();
    if (target.hasQuery())
        path += '?' + target.query(QUrl::FullyEncoded).toLatin1();
    spec.pathTemplate = (path.isEmpty() ? QByteArray("/") : path).replace("__N__", "{n}");
    spec.bodyTemplate = p.value(body).toUtf8();
    for (const QString &h : p.values(header))
        spec.headers << h.toUtf8();
    bool ok[6];
    spec.start = p.value(start).toLongLong(&ok[0]);
    spec.pad = p.value(pad).toInt(&ok[1]);
    spec.connections = p.value(conns).toInt(&ok[2]);
    spec.durationS = p.value(duration).toDouble(&ok[3]);
    spec.warmupS = p.value(warmup).toDouble(&ok[4]);
    spec.rate = p.value(rate).toDouble(&ok[5]);
    if (!std::all_of(std::begin(ok), std::end(ok), [](bool b) { return b; }) ||
        spec.connections < 1 || spec.durationS <= spec.warmupS || spec.rate < 0) {
        std::fprintf(stderr, "ges-loadgen: numbers must be valid; connections >= 1, "
                             "duration > warmup, rate >= 0\n");
        return 2;
    }

    LoadRun run(spec);
    QObject::connect(&run, &LoadRun::done, &app, [&] {
        const QByteArray line = QJsonDocument(run.result()).toJson(QJsonDocument::Compact);
        std::printf("%s\n", line.constData());
        std::fflush(stdout);
        app.quit();
    }, Qt::SingleShotConnection);
    run.start();
    return app.exec();
}
