#include "CallbackCreator.h"
#include "BookingErrors.h"
#include "CallbackAnnouncer.h"
#include "ServiceCatalog.h"
#include "SlotPlanner.h"
#include "StoreErrors.h"
#include "WaitEstimator.h"
#include "integrations/CaptchaVerifier.h"
#include "ops/Log.h"
#include "ops/Metrics.h"
#include "shared/ErrorCodes.h"
#include "shared/IsoTime.h"
#include "shared/SlotCalendar.h"
#include "shared/TimeOrderedId.h"
#include "store/AuditRecords.h"
#include "store/CallbackCache.h"
#include "store/CallbackRecords.h"
#include "store/DueIndex.h"
#include "store/GroupCommitWriter.h"
#include "store/RateLimiter.h"
#include "store/SqlReaderPool.h"

#include <QJsonDocument>

namespace ges {

namespace {
constexpr qint64 kRetentionDays = 14; // DESIGN.md §3: kept 14 days after the desired time

int userDataBytes(const QJsonObject &userData)
{
    return userData.isEmpty() ? 0
                              : int(QJsonDocument(userData).toJson(QJsonDocument::Compact).size());
}
} // namespace

CallbackCreator::CallbackCreator(Parts parts, QObject *parent) : QObject(parent), m(parts) {}

void CallbackCreator::create(const Caller &caller, const Request &request, OutcomeHandler done)
{
    m.services.find(
        caller.tenant, request.parms.serviceName, [this, caller, request, done](const auto &found) {
            if (!found.ok())
                return done(toApiError(found.error(), caller.corrId));
            if (!found.value())
                return done(ApiError::notFound(errc::ServiceNotFound,
                                               QStringLiteral("no callback service named \"%1\"")
                                                   .arg(request.parms.serviceName)));
            const ServiceConfig &service = *found.value();
            const int size = userDataBytes(request.parms.userData);
            if (size > service.maxUserDataBytes)
                return done(
                    ApiError::field(errc::InvalidField, "userData",
                                    QStringLiteral("is %1 bytes; this service accepts at most %2")
                                        .arg(size)
                                        .arg(service.maxUserDataBytes)));
            checkRateLimits(caller, service, request, done);
        });
}

void CallbackCreator::checkRateLimits(const Caller &caller, const ServiceConfig &service,
                                      const Request &request, OutcomeHandler done)
{
    // A replay is answered before any limit counts it: retrying must be safe.
    auto limited = [done](int retryAfter, const QString &what) {
        done(ApiError{
            429,
            QString::fromLatin1(errc::RateLimited),
            QStringLiteral("too many callbacks %1; retry in %2 s").arg(what).arg(retryAfter),
            {},
            retryAfter,
            {}});
    };
    auto perNumber = [this, caller, service, request, done, limited] {
        if (service.rateLimitPerNumberPerHour <= 0)
            return checkBookable(caller, service, request, done);
        m.limiter.hit("number", caller.tenant + '/' + request.parms.phoneNumber,
                      service.rateLimitPerNumberPerHour, 3600,
                      [this, caller, service, request, done, limited](int retryAfter) {
                          if (retryAfter > 0)
                              return limited(retryAfter, QStringLiteral("for this phone number"));
                          checkBookable(caller, service, request, done);
                      });
    };
    // CAPTCHA before the per-number limit counts: a bot without a token must not use up
    // the hourly creates of somebody else's phone number.
    auto captcha = [this, caller, service, request, done, perNumber] {
        checkCaptcha(caller, service, request, done, perNumber);
    };
    // The per-key limit before the CAPTCHA: it is one Redis call, and it keeps a holder of
    // a public widget key from starting a verifier call with every request.
    auto gated = [this, caller, service, captcha, limited] {
        if (service.rateLimitPerKeyPerMinute <= 0)
            return captcha();
        m.limiter.hit("key", caller.actor + '/' + service.id, service.rateLimitPerKeyPerMinute, 60,
                      [captcha, limited](int retryAfter) {
                          if (retryAfter > 0)
                              return limited(retryAfter, QStringLiteral("for this API key"));
                          captcha();
                      });
    };
    if (request.idempotencyKey.isEmpty())
        return gated();
    const QString tenant = caller.tenant;
    const QString key = request.idempotencyKey;
    // A read: the reader pool, not the writer. A replay racing its first request is
    // caught again in the create transaction.
    m.reader.run<std::optional<CallbackAdmission::Replay>>(
        this,
        [tenant, key](QSqlDatabase &db) { return CallbackAdmission::findReplay(db, tenant, key); },
        [caller, request, done, gated](const auto &replay) {
            if (!replay.ok())
                return done(toApiError(replay.error(), caller.corrId));
            if (!replay.value())
                return gated();
            if (replay.value()->requestHash != request.bodyHash)
                return done(ApiError{422,
                                     QString::fromLatin1(errc::IdempotencyKeyReused),
                                     QStringLiteral("this Idempotency-Key was used for another "
                                                    "request in the last 24 hours"),
                                     {},
                                     0,
                                     {}});
            done(replay.value()->response);
        });
}

void CallbackCreator::checkCaptcha(const Caller &caller, const ServiceConfig &service,
                                   const Request &request, OutcomeHandler done,
                                   std::function<void()> passed)
{
    if (!service.captchaRequired || !request.captcha)
        return passed();
    auto counted = [this, caller](const char *result) {
        m.metrics.inc("ges_captcha_checks_total", {{"tenant", caller.tenant}, {"result", result}});
    };
    if (request.captcha->token.isEmpty()) {
        counted("missing");
        return done(ApiError{403, QString::fromLatin1(errc::CaptchaFailed),
                             QStringLiteral("captchaToken is required by this service")});
    }
    m.captcha.verify(
        request.captcha->token, request.captcha->remoteIp, caller.corrId,
        [done, passed, counted](const CaptchaVerifier::Verdict &verdict) {
            using R = CaptchaVerifier::Result;
            switch (verdict.result) {
            case R::Passed:
                counted("passed");
                return passed();
            case R::Rejected:
                counted("rejected");
                return done(ApiError{
                    403, QString::fromLatin1(errc::CaptchaFailed),
                    QStringLiteral("the CAPTCHA was not passed (%1)").arg(verdict.detail)});
            case R::Unconfigured:
                counted("unavailable");
                return done(ApiError::unavailable(
                    QStringLiteral("CAPTCHA verification is not configured; nothing was written"),
                    60));
            case R::Unavailable:
                break;
            }
            // The reason (timeout, refused secret, ...) is in the log, not for the client.
            counted("unavailable");
            done(ApiError::unavailable(QStringLiteral(
                "the CAPTCHA verifier is unavailable; nothing was written, try again shortly")));
        });
}

void CallbackCreator::checkBookable(const Caller &caller, const ServiceConfig &service,
                                    const Request &request, OutcomeHandler done)
{
    const SlotCalendar calendar(service);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (request.parms.desiredTime.isValid()) {
        const BookingProblem problem = calendar.check(request.parms.desiredTime, now);
        if (problem != BookingProblem::None)
            return done(bookingError(problem, service));
        return admit(caller, service, request, calendar.slotAt(request.parms.desiredTime)->start,
                     done);
    }
    if (!calendar.isOpen(now))
        return done(ApiError{
            422,
            QString::fromLatin1(errc::QueueClosed),
            QStringLiteral("%1 is closed now; book a time with desiredTime").arg(service.name),
            {},
            0,
            {}});
    if (service.ewtThreshold <= 0)
        return admit(caller, service, request, {}, done);
    m.estimator.forNewArrival(
        caller.tenant, service.name,
        [this, caller, service, request, done](const WaitEstimator::Estimate &ewt) {
            if (ewt.seconds > service.ewtThreshold)
                return done(ApiError{
                    422,
                    QString::fromLatin1(errc::EwtTooHigh),
                    QStringLiteral("the estimated wait of %1 s is over this service's limit of "
                                   "%2 s; book a time with desiredTime")
                        .arg(ewt.seconds)
                        .arg(service.ewtThreshold),
                    {},
                    0,
                    {}});
            admit(caller, service, request, {}, done);
        });
}

void CallbackCreator::admit(const Caller &caller, const ServiceConfig &service,
                            const Request &request, const QDateTime &slotStart, OutcomeHandler done)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const CreateCallbackRequest &parms = request.parms;
    Callback cb;
    cb.id = timeOrderedUuid(now);
    cb.tenant = caller.tenant;
    cb.serviceName = parms.serviceName;
    cb.phoneNumber = parms.phoneNumber;
    cb.state = slotStart.isValid() ? CallbackState::Scheduled : CallbackState::Queued;
    cb.desiredTime = slotStart.isValid() ? parms.desiredTime.toUTC() : now;
    cb.queuedAt = slotStart.isValid() ? QDateTime() : now;
    cb.createdAt = now;
    cb.updatedAt = now;
    cb.expiresAt = cb.desiredTime.addDays(kRetentionDays);
    cb.priority = parms.priority;
    cb.userData = parms.userData;
    cb.parameters = parms.parameters;

    CallbackAdmission::Rules rules;
    rules.maxActivePerNumber = service.maxActivePerNumber();
    rules.maxWaiting = service.maxWaiting;
    rules.slotStart = slotStart;
    rules.slotCapacity = service.slotCapacity;
    rules.idempotencyKey = request.idempotencyKey;
    rules.requestHash = request.bodyHash;
    if (!rules.idempotencyKey.isEmpty()) // what a replay of the key is answered
        rules.response = QJsonObject{{"id", cb.id},
                                     {"desiredTime", isotime::format(cb.desiredTime)},
                                     {"callbackState", toString(cb.state)}};
    const QString actor = caller.actor;
    auto answer = [this, caller, service, request, cb,
                   done](const DbResult<CallbackAdmission::Result> &result) {
        if (!result.ok())
            return done(toApiError(result.error(), caller.corrId,
                                   QStringLiteral("a request with this Idempotency-Key is "
                                                  "still being processed")));
        if (result.value().verdict != CallbackAdmission::Verdict::Admitted)
            return refused(caller, service, request, result.value(), done);
        admitted(caller, service, cb, done);
    };
    if (!request.audit && CallbackAdmission::needsNoChecks(rules)) {
        // Inserted with the other plain creates of its batch, in one statement.
        auto row = std::make_shared<const CallbackRecords::NewCallback>(
            CallbackRecords::NewCallback{cb, rules.slotStart, actor});
        return m.writer.submitGrouped<CallbackAdmission::Result, CallbackRecords::NewCallback>(
            this, CallbackAdmission::plainInserts(), row, CallbackAdmission::Result{},
            [cb, rules, actor](QSqlDatabase &db) {
                return CallbackAdmission::admit(db, cb, rules, actor);
            },
            std::move(answer));
    }
    m.writer.submit<CallbackAdmission::Result>(
        this,
        [cb, rules, actor,
         audit = request.audit](QSqlDatabase &db) -> DbResult<CallbackAdmission::Result> {
            auto result = CallbackAdmission::admit(db, cb, rules, actor);
            if (!audit || !result.ok() ||
                result.value().verdict != CallbackAdmission::Verdict::Admitted)
                return result;
            AuditEntry entry = *audit;
            entry.target = cb.id;
            auto audited = AuditRecords::append(db, entry);
            if (!audited.ok())
                return audited.error();
            return result;
        },
        std::move(answer));
}

void CallbackCreator::refused(const Caller & /*caller*/, const ServiceConfig &service,
                              const Request &request, const CallbackAdmission::Result &result,
                              OutcomeHandler done)
{
    using V = CallbackAdmission::Verdict;
    switch (result.verdict) {
    case V::Replay:
        if (result.replayHash != request.bodyHash)
            return done(ApiError{422,
                                 QString::fromLatin1(errc::IdempotencyKeyReused),
                                 QStringLiteral("this Idempotency-Key was used for another "
                                                "request in the last 24 hours"),
                                 {},
                                 0,
                                 {}});
        return done(result.replay);
    case V::Duplicate:
        return done(ApiError{409,
                             QString::fromLatin1(errc::DuplicateCallback),
                             QStringLiteral("%1 already has %2 active callback(s) in %3, the most "
                                            "this service allows")
                                 .arg(request.parms.phoneNumber)
                                 .arg(result.found)
                                 .arg(service.name),
                             {},
                             0,
                             {}});
    case V::QueueFull:
        return done(ApiError{422,
                             QString::fromLatin1(errc::QueueFull),
                             QStringLiteral("%1 callbacks are waiting in %2, the most it takes; "
                                            "book a time with desiredTime")
                                 .arg(result.found)
                                 .arg(service.name),
                             {},
                             0,
                             {}});
    case V::SlotFull:
        break;
    case V::Admitted:
        return;
    }
    m.planner.alternatives(service, request.parms.desiredTime, 10,
                           [done](const DbResult<QList<SlotPlanner::Slot>> &alternatives) {
                               done(slotFullError(alternatives));
                           });
}

void CallbackCreator::admitted(const Caller &caller, const ServiceConfig &service,
                               const Callback &cb, OutcomeHandler done)
{
    const bool scheduled = cb.state == CallbackState::Scheduled;
    m.metrics.inc("ges_callbacks_created", {{"tenant", cb.tenant},
                                            {"service", cb.serviceName},
                                            {"type", scheduled ? "SCHEDULED" : "IMMEDIATE"}});
    log::info("domain", QStringLiteral("callback created"),
              {{"callbackId", cb.id},
               {"tenant", cb.tenant},
               {"service", cb.serviceName},
               {"state", toString(cb.state)},
               {"corrId", caller.corrId}});
    if (scheduled)
        m.due.add(cb.id, cb.desiredTime);
    else
        m.announcer.announce({{cb, service.virtualQueue}}, caller.corrId);
    m.cache.putNew(cb, [this, cb, done](std::optional<int> position) {
        QJsonObject data{{"id", cb.id},
                         {"desiredTime", isotime::format(cb.desiredTime)},
                         {"callbackState", toString(cb.state)}};
        if (!position)
            return done(data);
        data.insert("positionInQueue", *position);
        m.estimator.forPosition(cb.tenant, cb.serviceName, *position,
                                [data, done](const WaitEstimator::Estimate &e) mutable {
                                    data.insert("estimatedWaitTime", e.seconds);
                                    done(data);
                                });
    });
}

} // namespace ges
