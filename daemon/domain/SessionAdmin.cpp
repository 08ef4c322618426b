#include "SessionAdmin.h"
#include "StoreErrors.h"
#include "UserDirectory.h"
#include "ops/Log.h"
#include "shared/ErrorCodes.h"
#include "shared/IsoTime.h"
#include "store/AuditRecords.h"
#include "store/GroupCommitWriter.h"
#include "store/SessionStore.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace ges {

namespace {
ApiError noSuchSession(const QString &id)
{
    return ApiError::notFound(errc::NotFound, QStringLiteral("no session %1").arg(id));
}

ApiError redisDown()
{
    return ApiError::unavailable(QStringLiteral("sessions cannot be read right now"));
}
} // namespace

SessionAdmin::SessionAdmin(UserDirectory &users, SessionStore &sessions, GroupCommitWriter &writer,
                           QObject *parent)
    : QObject(parent), m_users(users), m_sessions(sessions), m_writer(writer)
{
}

void SessionAdmin::list(const Principal &by, const Caller &caller, const QString &user,
                        OutcomeHandler done)
{
    const QString current = SessionStore::idOf(by.sessionToken);
    m_users.access(
        by, caller, user, false, [this, user, current, done](std::optional<ApiError> refused) {
            if (refused)
                return done(*refused);
            m_sessions.listFor(
                user, [current, done](std::optional<QList<SessionStore::Info>> found) {
                    if (!found)
                        return done(redisDown());
                    QJsonArray sessions;
                    for (const SessionStore::Info &s : *found)
                        sessions.append(QJsonObject{{"id", s.id},
                                                    {"user", s.user},
                                                    {"createdAt", isotime::format(s.createdAt)},
                                                    {"lastSeenAt", isotime::format(s.lastSeenAt)},
                                                    {"expiresAt", isotime::format(s.expiresAt)},
                                                    {"address", s.address},
                                                    {"current", s.id == current}});
                    done(QJsonObject{{"sessions", sessions}});
                });
        });
}

void SessionAdmin::end(const Principal &by, const Caller &caller, const QString &id,
                       OutcomeHandler done)
{
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}$"));
    if (!hex.match(id).hasMatch())
        return done(noSuchSession(id));
    m_sessions.find(
        id, [this, by, caller, id, done](std::optional<SessionStore::Info> session, bool error) {
            if (error)
                return done(redisDown());
            if (!session)
                return done(noSuchSession(id));
            const QString user = session->user;
            m_users.access(by, caller, user, true,
                           [this, caller, id, user, done](std::optional<ApiError> refused) {
                               if (refused)
                                   return done(*refused);
                               endNow(caller, id, user, done);
                           });
        });
}

void SessionAdmin::endNow(const Caller &caller, const QString &id, const QString &user,
                          OutcomeHandler done)
{
    // Audited first: an entry for an ending that then failed in Redis says who tried; the
    // other order could end a session with no trace of who did it.
    AuditEntry entry;
    entry.actor = caller.actor;
    entry.action = QStringLiteral("session.end");
    entry.target = user;
    entry.details = {{"session", id.left(12)}};
    entry.corrId = caller.corrId;
    m_writer.submit<Done>(
        this, [entry](QSqlDatabase &db) { return AuditRecords::append(db, entry); },
        [this, caller, id, user, done](const DbResult<Done> &stored) {
            if (!stored.ok())
                return done(toApiError(stored.error(), caller.corrId));
            m_sessions.end(id, [caller, id, user, done](bool ok) {
                if (!ok)
                    return done(ApiError::unavailable(
                        QStringLiteral("cannot end the session now; try again")));
                log::info("admin", QStringLiteral("session ended"),
                          {{"corrId", caller.corrId}, {"actor", caller.actor}, {"user", user}});
                done(QJsonObject{{"id", id}, {"user", user}, {"ended", true}});
            });
        });
}

} // namespace ges
