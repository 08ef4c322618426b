#include "CallInRegistry.h"
#include "StoreErrors.h"
#include "ops/Log.h"
#include "ops/Metrics.h"
#include "security/SecureRandom.h"
#include "shared/ErrorCodes.h"
#include "store/CallInGroupRecords.h"
#include "store/GroupCommitWriter.h"
#include "store/SqlReaderPool.h"

#include <QUuid>
#include <cstring>
#include <limits>

namespace ges {

namespace {
// A uniform random integer in [0, bound) from the CSPRNG; rejection sampling, so no value
// is likelier than another (a plain modulo would favour low codes).
quint64 uniformBelow(quint64 bound)
{
    const quint64 limit =
        std::numeric_limits<quint64>::max() - std::numeric_limits<quint64>::max() % bound;
    for (;;) {
        quint64 value = 0;
        const QByteArray bytes = SecureRandom::bytes(sizeof value);
        std::memcpy(&value, bytes.constData(), sizeof value);
        if (value < limit)
            return value % bound;
    }
}

quint64 powerOfTen(int digits)
{
    quint64 p = 1;
    for (int i = 0; i < digits; ++i)
        p *= 10;
    return p;
}

ApiError poolExhausted(const CallInGroup &group)
{
    return {503,
            QString::fromLatin1(errc::CallInPoolExhausted),
            QStringLiteral("every number and access code of call-in group %1 is in use; try "
                           "again later")
                .arg(group.name),
            {},
            CallInRegistry::kRetryAfterSeconds};
}

ApiError matchFailure(CallInRequestRecords::Match::Kind kind)
{
    using Kind = CallInRequestRecords::Match::Kind;
    if (kind == Kind::AlreadyUsed)
        return {409,
                QString::fromLatin1(errc::CallInAlreadyUsed),
                QStringLiteral("the call-in request was matched already"),
                {},
                0};
    if (kind == Kind::Expired)
        return ApiError::notFound(errc::CallInExpired,
                                  QStringLiteral("the call-in request has expired"));
    return ApiError::notFound(errc::NotFound, QStringLiteral("no live call-in request matches"));
}
} // namespace

CallInRegistry::CallInRegistry(SqlReaderPool &reader, GroupCommitWriter &writer, Metrics &metrics,
                               QObject *parent)
    : QObject(parent), m_reader(reader), m_writer(writer), m_metrics(metrics)
{
}

CallInRequestRecords::Slot CallInRegistry::randomSlot(const CallInGroup &group)
{
    const QString number =
        group.phoneNumbers.at(qsizetype(uniformBelow(group.phoneNumbers.size())));
    const quint64 code = uniformBelow(powerOfTen(group.accessCodeLength));
    return {number, QString::number(code).rightJustified(group.accessCodeLength, u'0')};
}

void CallInRegistry::create(const Caller &caller, const CreateCallInRequest &request,
                            OutcomeHandler done)
{
    const QString tenant = caller.tenant;
    const QString name = request.groupName;
    m_reader.run<std::optional<CallInGroup>>(
        this,
        [tenant, name](QSqlDatabase &db) { return CallInGroupRecords::find(db, tenant, name); },
        [this, caller, request, done](const DbResult<std::optional<CallInGroup>> &found) {
            if (!found.ok())
                return done(toApiError(found.error(), caller.corrId));
            if (!found.value())
                return done(ApiError::notFound(
                    errc::GroupNotFound,
                    QStringLiteral("no call-in group named %1").arg(request.groupName)));
            allocate(caller, *found.value(), request, done);
        });
}

void CallInRegistry::allocate(const Caller &caller, const CallInGroup &group,
                              const CreateCallInRequest &request, OutcomeHandler done)
{
    CallInRequest r;
    r.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    r.tenant = caller.tenant;
    r.groupId = group.id;
    r.groupName = group.name;
    r.fromPhoneNumber = request.fromPhoneNumber;
    r.callbackServiceId = request.callbackServiceId;
    r.userData = request.userData;
    // Whole milliseconds, as stored and as answered in expirationTime.
    r.createdAt = QDateTime::fromMSecsSinceEpoch(QDateTime::currentMSecsSinceEpoch(), Qt::UTC);
    r.expiresAt = r.createdAt.addSecs(group.expirySeconds);
    m_writer.submit<std::optional<CallInRequest>>(
        this,
        [r, group](QSqlDatabase &db) {
            return CallInRequestRecords::allocate(
                db, r, [&group] { return randomSlot(group); }, kAttempts);
        },
        [this, caller, group, done](const DbResult<std::optional<CallInRequest>> &stored) {
            if (!stored.ok())
                return done(toApiError(stored.error(), caller.corrId));
            if (!stored.value()) {
                log::warn(
                    "callin", QStringLiteral("call-in pool exhausted"),
                    {{"tenant", caller.tenant}, {"group", group.name}, {"corrId", caller.corrId}});
                return done(poolExhausted(group));
            }
            m_metrics.inc("ges_call_in_requests", {{"tenant", caller.tenant}});
            log::info(
                "callin", QStringLiteral("call-in request created"),
                {{"id", stored.value()->id}, {"group", group.name}, {"corrId", caller.corrId}});
            done(stored.value()->toCreatedJson());
        });
}

void CallInRegistry::match(const Caller &caller, const CallInMatchQuery &query, OutcomeHandler done)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_writer.submit<CallInRequestRecords::Match>(
        this,
        [query, now](QSqlDatabase &db) { return CallInRequestRecords::match(db, query, now); },
        [this, caller, query, now, done](const DbResult<CallInRequestRecords::Match> &matched) {
            if (!matched.ok())
                return done(toApiError(matched.error(), caller.corrId));
            const auto &m = matched.value();
            if (m.kind != CallInRequestRecords::Match::Kind::Matched)
                return explainMiss(caller, query, now, done);
            log::info(
                "callin", QStringLiteral("call-in request matched"),
                {{"id", m.request.id}, {"by", m.request.matchedBy}, {"corrId", caller.corrId}});
            done(m.request.toJson());
        });
}

void CallInRegistry::explainMiss(const Caller &caller, const CallInMatchQuery &query,
                                 const QDateTime &now, OutcomeHandler done)
{
    // Off the writer: a miss (a mistyped code, a caller without a request) costs a read.
    m_reader.run<CallInRequestRecords::Match>(
        this,
        [query, now](QSqlDatabase &db) {
            return CallInRequestRecords::explainMiss(db, query, now);
        },
        [caller, done](const DbResult<CallInRequestRecords::Match> &why) {
            if (!why.ok())
                return done(toApiError(why.error(), caller.corrId));
            done(matchFailure(why.value().kind));
        });
}

void CallInRegistry::list(const CallInRequestRecords::ListQuery &query, Listed done)
{
    m_reader.run<std::pair<QList<CallInRequest>, bool>>(
        this, [query](QSqlDatabase &db) { return CallInRequestRecords::list(db, query); },
        std::move(done));
}

} // namespace ges
