#pragma once
#include "store/PushOutboxRecords.h"

#include <QObject>
#include <QTimer>
#include <QUrl>

namespace ges {

class GroupCommitWriter;
class OutboundHttp;
class Metrics;
struct OutboundResponse;

// Sends the push outbox (migration 0008) to an FCM-style provider (legacy FCM HTTP:
// POST PUSH_URL, "Authorization: key=<PUSH-SERVER-KEY>", {"to", "data"}), docs/push.md.
// Every node runs one; a row is claimed in PostgreSQL by one node at a time, so each push
// is sent once (a node killed between the provider's answer and the commit of "sent"
// sends it again after the lease: at least once, never lost). Failures the provider may
// get over (no answer, 429, 5xx, "Unavailable") are retried with exponential backoff up
// to PUSH_MAX_ATTEMPTS; a refusal (4xx, an invalid or unregistered token) is final. A
// refused server key (401/403) is our configuration fault: retried (backoff up to 5 min)
// until the key works or the push is stale, logged once per burst.
// Nothing here waits: the claim and each settlement are writer jobs, HTTP is asynchronous.
class PushSender : public QObject
{
    Q_OBJECT
public:
    struct Settings
    {
        QUrl url;
        QString serverKey;
        int maxAttempts = 5;
        int retrySeconds = 5; // first backoff; doubled per further attempt
        int timeoutMs = 10000;
    };
    enum class Verdict
    {
        Sent,
        Retry,
        Failed
    };
    struct Outcome
    {
        Verdict verdict = Verdict::Sent;
        QString reason; // a metric label: low cardinality, never a token
    };

    static constexpr int kBatch = 50;
    static constexpr int kLeaseSeconds = 60;    // > timeoutMs: one claim covers one attempt
    static constexpr int kMaxAgeSeconds = 3600; // older unsent pushes are given up
    static constexpr int kStaleBatch = 1000;    // rows given up per writer job
    static constexpr char kUnauthorized[] = "unauthorized";

    PushSender(Settings settings, GroupCommitWriter &writer, OutboundHttp &http, Metrics &metrics,
               QObject *parent = nullptr);

    void start(int intervalMs = 1000);
    void stop();

    // The legacy FCM request body of `message` (exposed for tests).
    static QByteArray body(const PushMessage &message);
    // What the provider's answer means.
    static Outcome classify(const OutboundResponse &response);

private:
    void tick();
    void send(const PushMessage &message);
    void dropStale();
    int backoff(const PushMessage &message, const Outcome &outcome) const;
    void settle(const PushMessage &message, const Outcome &outcome);
    void report(const PushMessage &message, const Outcome &outcome, int delay);
    void oneDone();

    Settings m_settings;
    GroupCommitWriter &m_writer;
    OutboundHttp &m_http;
    Metrics &m_metrics;
    QTimer m_timer;
    bool m_busy = false;
    int m_inFlight = 0;
    bool m_more = false;
    int m_ticks = 0;
    bool m_staleMore = false;  // the last stale batch was full
    bool m_keyRefused = false; // in a burst of 401/403: logged at its start only
};

} // namespace ges
