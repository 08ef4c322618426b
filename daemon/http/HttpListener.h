#pragma once
#include "HttpExchange.h"
#include "Router.h"

#include <QtHttpServer/QAbstractHttpServer>

namespace ges {

class Metrics;

// Decides whether a caller may use a route; answers 401/403 itself when not.
using Authenticator =
    std::function<void(const ExchangePtr &, AuthKind, std::function<void()> next)>;

struct ListenerPolicy
{
    QString name; // "external" | "internal", for logs
    qint64 maxBodyBytes = 65536;
    bool refuseCcidHeaders = false; // external API (DESIGN.md §7)
    int maxInFlight = 10000; // past this many unanswered requests: 503 at once (DESIGN.md §6)
};

// One port (external or internal). Owns the checks every request passes before its
// handler: body limit (413), tenant headers (400), known path (404) and method (405),
// JSON content type (415), authentication; and after it: metrics and the access log.
// It also bounds the requests in flight, so a stalled dependency cannot grow memory
// without limit: past the bound a request is answered 503 with Retry-After at once.
class HttpListener : public QAbstractHttpServer
{
    Q_OBJECT
public:
    HttpListener(ListenerPolicy policy, Router router, Authenticator authenticator,
                 Metrics &metrics, QObject *parent = nullptr);

    int inFlight() const { return m_inFlight; }
    // Shutting down (GracefulShutdown): stop accepting, close idle connections, answer the
    // rest with Connection: close (ConnectionDrain).
    void startDraining();
    // Requests partly received: in flight too while draining.
    int partialRequests() const;
    // Called with every answered exchange, after metrics and the access log (the API
    // request log); the listener itself knows nothing of where it goes.
    using FinishedSink = std::function<void(const HttpExchange &)>;
    void setFinishedSink(FinishedSink sink) { m_finishedSink = std::move(sink); }

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    bool precheck(const ExchangePtr &exchange, const QHttpServerRequest &request);
    void finished(const HttpExchange &exchange);

    ListenerPolicy m_policy;
    Router m_router;
    Authenticator m_authenticator;
    Metrics &m_metrics;
    int m_inFlight = 0;
    FinishedSink m_finishedSink;
};

} // namespace ges
