#pragma once
#include "Caller.h"
#include "Outcome.h"
#include "Principal.h"

#include <QObject>

namespace ges {

class GroupCommitWriter;
class SessionStore;
class UserDirectory;

// What administrators do with other users' sessions: list them, end one (forced logout,
// audited as "session.end"), under the same tenant rules as the users themselves.
class SessionAdmin : public QObject
{
    Q_OBJECT
public:
    SessionAdmin(UserDirectory &users, SessionStore &sessions, GroupCommitWriter &writer,
                 QObject *parent = nullptr);

    // {"sessions": [{id, user, createdAt, lastSeenAt, expiresAt, address, current}]}
    void list(const Principal &by, const Caller &caller, const QString &user, OutcomeHandler done);
    void end(const Principal &by, const Caller &caller, const QString &id, OutcomeHandler done);

private:
    void endNow(const Caller &caller, const QString &id, const QString &user, OutcomeHandler done);

    UserDirectory &m_users;
    SessionStore &m_sessions;
    GroupCommitWriter &m_writer;
};

} // namespace ges
