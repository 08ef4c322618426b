#pragma once
#include "Caller.h"
#include "Outcome.h"
#include "Principal.h"
#include "UserPolicy.h"

#include <QObject>

namespace ges {

class SqlReaderPool;
class GroupCommitWriter;
class SessionStore;

// Admin users (API.md §4): list, read, create, change roles / tenants / disabled, reset a
// password, within the tenant rules of UserPolicy. Every change is checked against the
// locked row and audited in the same transaction; disabling a user or resetting their
// password then ends their sessions, a change of roles or tenants rewrites them.
class UserDirectory : public QObject
{
    Q_OBJECT
public:
    UserDirectory(SqlReaderPool &reader, GroupCommitWriter &writer, SessionStore &sessions,
                  const UserPolicy &policy, QObject *parent = nullptr);

    void list(const Principal &by, const Caller &caller, OutcomeHandler done);
    void read(const Principal &by, const Caller &caller, const QString &name, OutcomeHandler done);
    void create(const Principal &by, const Caller &caller, const QJsonObject &body,
                OutcomeHandler done);
    void update(const Principal &by, const Caller &caller, const QString &name,
                const QJsonObject &body, OutcomeHandler done);
    void setPassword(const Principal &by, const Caller &caller, const QString &name,
                     const QJsonObject &body, OutcomeHandler done);

    // The user `name` if `by` may see it (manage it, with `manage`); the error otherwise.
    void access(const Principal &by, const Caller &caller, const QString &name, bool manage,
                std::function<void(std::optional<ApiError>)> done);

private:
    struct Changed // what a writer job did
    {
        std::optional<ApiError> refused;
        UserRecord user;
    };
    void insert(const Caller &caller, UserRecord user, OutcomeHandler done);
    void afterChange(const Caller &caller, const DbResult<Changed> &result, bool endSessions,
                     bool refreshSessions, OutcomeHandler done);

    SqlReaderPool &m_reader;
    GroupCommitWriter &m_writer;
    SessionStore &m_sessions;
    const UserPolicy &m_policy;
};

} // namespace ges
