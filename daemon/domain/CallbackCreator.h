#pragma once
#include "Caller.h"
#include "Outcome.h"
#include "shared/CreateCallbackRequest.h"
#include "shared/ServiceConfig.h"
#include "store/AuditRecords.h"
#include "store/CallbackAdmission.h"

#include <QObject>

namespace ges {

class ServiceCatalog;
class SlotPlanner;
class SqlReaderPool;
class GroupCommitWriter;
class CallbackCache;
class DueIndex;
class RateLimiter;
class WaitEstimator;
class OrsAnnouncer;
class CallbackAnnouncer;
class Metrics;
class CaptchaVerifier;

// Creating a callback (API.md §3 create), in the order a demanding client would want the
// reasons: unknown service, userData too large, replayed idempotency key, per-key rate
// limit, CAPTCHA (a replay needs none: its token was checked the first time), per-number
// rate limit,
// not bookable (past, too far, closed, outside office hours, wait too long), then what the
// database decides in the same transaction as the insert (duplicate number, queue full,
// slot full). Answered only after the commit; then cached, and indexed for dispatch
// (scheduled) or announced to the routing side (immediate).
class CallbackCreator : public QObject
{
    Q_OBJECT
public:
    struct Request
    {
        CreateCallbackRequest parms;
        QString idempotencyKey; // the Idempotency-Key header, or empty
        QByteArray bodyHash;    // of the request body, to tell a replay from a reuse
        // An admin's create: appended in the create transaction (target: the new id).
        std::optional<AuditEntry> audit;
        // The external create's captchaToken (empty: none sent) and client address, for a
        // service with captchaRequired. None for an admin's create: a signed-in
        // administrator is not CAPTCHA-checked.
        struct Captcha
        {
            QString token;
            QString remoteIp;
        };
        std::optional<Captcha> captcha;
    };
    struct Parts
    {
        ServiceCatalog &services;
        SlotPlanner &planner;
        SqlReaderPool &reader;
        GroupCommitWriter &writer;
        CallbackCache &cache;
        DueIndex &due;
        RateLimiter &limiter;
        WaitEstimator &estimator;
        CallbackAnnouncer &announcer;
        Metrics &metrics;
        CaptchaVerifier &captcha;
    };

    explicit CallbackCreator(Parts parts, QObject *parent = nullptr);

    void create(const Caller &caller, const Request &request, OutcomeHandler done);

private:
    void checkRateLimits(const Caller &caller, const ServiceConfig &service, const Request &request,
                         OutcomeHandler done);
    void checkCaptcha(const Caller &caller, const ServiceConfig &service, const Request &request,
                      OutcomeHandler done, std::function<void()> passed);
    void checkBookable(const Caller &caller, const ServiceConfig &service, const Request &request,
                       OutcomeHandler done);
    void admit(const Caller &caller, const ServiceConfig &service, const Request &request,
               const QDateTime &slotStart, OutcomeHandler done);
    void refused(const Caller &caller, const ServiceConfig &service, const Request &request,
                 const CallbackAdmission::Result &result, OutcomeHandler done);
    void admitted(const Caller &caller, const ServiceConfig &service, const Callback &callback,
                  OutcomeHandler done);

    Parts m;
};

} // namespace ges
