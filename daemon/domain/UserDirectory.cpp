#include "UserDirectory.h"
#include "StoreErrors.h"
#include "ops/Log.h"
#include "security/PasswordHasher.h"
#include "shared/ErrorCodes.h"
#include "store/AuditRecords.h"
#include "store/GroupCommitWriter.h"
#include "store/SessionStore.h"
#include "store/SqlReaderPool.h"

#include <QJsonArray>
#include <QtConcurrent/QtConcurrentRun>

namespace ges {

namespace {
ApiError noSuchUser(const QString &name)
{
    return ApiError::notFound(errc::NotFound, QStringLiteral("no user named %1").arg(name));
}

ApiError missing(const char *field)
{
    return ApiError::field(errc::MissingField, QLatin1String(field), "required");
}

AuditEntry auditOf(const Caller &caller, const char *action, const QString &user,
                   const QJsonObject &details)
{
    AuditEntry entry;
    entry.actor = caller.actor;
    entry.action = QLatin1String(action);
    entry.target = user;
    entry.details = details;
    entry.corrId = caller.corrId;
    return entry;
}
} // namespace

UserDirectory::UserDirectory(SqlReaderPool &reader, GroupCommitWriter &writer,
                             SessionStore &sessions, const UserPolicy &policy, QObject *parent)
    : QObject(parent), m_reader(reader), m_writer(writer), m_sessions(sessions), m_policy(policy)
{
}

void UserDirectory::list(const Principal &by, const Caller &caller, OutcomeHandler done)
{
    m_reader.run<QList<UserRecord>>(
        this, [](QSqlDatabase &db) { return AccountRecords::listUsers(db); },
        [this, by, caller, done](const DbResult<QList<UserRecord>> &found) {
            if (!found.ok())
                return done(toApiError(found.error(), caller.corrId));
            QJsonArray users;
            for (const UserRecord &user : found.value())
                if (m_policy.maySee(by, user))
                    users.append(UserPolicy::toJson(user));
            done(QJsonObject{{"users", users}});
        });
}

void UserDirectory::read(const Principal &by, const Caller &caller, const QString &name,
                         OutcomeHandler done)
{
    m_reader.run<std::optional<UserRecord>>(
        this, [name](QSqlDatabase &db) { return AccountRecords::findUser(db, name); },
        [this, by, caller, name, done](const DbResult<std::optional<UserRecord>> &found) {
            if (!found.ok())
                return done(toApiError(found.error(), caller.corrId));
            if (!found.value())
                return done(noSuchUser(name));
            if (!m_policy.maySee(by, *found.value()))
                return done(
                    UserPolicy::forbidden(QStringLiteral("no access to user %1").arg(name)));
            done(UserPolicy::toJson(*found.value()));
        });
}

void UserDirectory::access(const Principal &by, const Caller &caller, const QString &name,
                           bool manage, std::function<void(std::optional<ApiError>)> done)
{
    m_reader.run<std::optional<UserRecord>>(
        this, [name](QSqlDatabase &db) { return AccountRecords::findUser(db, name); },
        [this, by, caller, name, manage, done](const DbResult<std::optional<UserRecord>> &found) {
            if (!found.ok())
                return done(toApiError(found.error(), caller.corrId));
            // Sessions of a user that no longer exists: only "*" may touch them.
            const UserRecord user =
                found.value().value_or(UserRecord{name, {}, {}, {QStringLiteral("*")}});
            const bool allowed = manage ? m_policy.mayManage(by, user) : m_policy.maySee(by, user);
            if (!allowed)
                return done(
                    UserPolicy::forbidden(QStringLiteral("no access to user %1").arg(name)));
            done(std::nullopt);
        });
}

void UserDirectory::create(const Principal &by, const Caller &caller, const QJsonObject &body,
                           OutcomeHandler done)
{
    for (const char *field : {"name", "password", "roles", "tenants"})
        if (!body.contains(QLatin1String(field)))
            return done(missing(field));
    QList<FieldProblem> problems;
    UserRecord user;
    user.name = body.value("name").toString();
    if (!UserPolicy::validName(user.name))
        problems.append({"name", QStringLiteral("1-64 characters: letters, digits, . _ @ -")});
    UserPolicy::checkPassword(body.value("password"), &problems);
    const auto roles = m_policy.parseRoles(body.value("roles"), &problems);
    const auto tenants = UserPolicy::parseTenants(body.value("tenants"), &problems);
    if (!problems.isEmpty())
        return done(UserPolicy::invalid(problems));
    user.roles = *roles;
    user.tenants = *tenants;
    if (auto refused = m_policy.mayGrant(by, user.roles, user.tenants))
        return done(*refused);
    // PBKDF2 is slow on purpose: hash on the thread pool, never on the event loop.
    const QString password = body.value("password").toString();
    QtConcurrent::run([password] {
        return PasswordHasher::hash(password);
    }).then(this, [this, caller, user, done](const QString &hash) mutable {
        user.passwordHash = hash;
        insert(caller, user, done);
    });
}

void UserDirectory::insert(const Caller &caller, UserRecord user, OutcomeHandler done)
{
    m_writer.submit<std::optional<UserRecord>>(
        this,
        [caller, user](QSqlDatabase &db) -> DbResult<std::optional<UserRecord>> {
            auto inserted = AccountRecords::insertUser(db, user);
            if (!inserted.ok())
                return inserted.error();
            auto audited = AuditRecords::append(
                db, auditOf(caller, "user.create", user.name,
                            {{"roles", QJsonArray::fromStringList(user.roles)},
                             {"tenants", QJsonArray::fromStringList(user.tenants)}}));
            if (!audited.ok())
                return audited.error();
            return AccountRecords::findUser(db, user.name);
        },
        [caller, name = user.name, done](const DbResult<std::optional<UserRecord>> &stored) {
            if (!stored.ok())
                return done(toApiError(stored.error(), caller.corrId,
                                       QStringLiteral("a user named %1 exists already").arg(name)));
            log::info("admin", QStringLiteral("user created"),
                      {{"corrId", caller.corrId}, {"actor", caller.actor}, {"user", name}});
            done(UserPolicy::toJson(stored.value().value_or(UserRecord{name})));
        });
}

void UserDirectory::update(const Principal &by, const Caller &caller, const QString &name,
                           const QJsonObject &body, OutcomeHandler done)
{
    QList<FieldProblem> problems;
    UserChange change;
    if (body.contains("roles"))
        change.roles = m_policy.parseRoles(body.value("roles"), &problems);
    if (body.contains("tenants"))
        change.tenants = UserPolicy::parseTenants(body.value("tenants"), &problems);
    if (body.contains("disabled")) {
        if (!body.value("disabled").isBool())
            problems.append({"disabled", QStringLiteral("must be true or false")});
        change.disabled = body.value("disabled").toBool();
    }
    if (!problems.isEmpty())
        return done(UserPolicy::invalid(problems));
    if (!change.roles && !change.tenants && !change.disabled)
        return done(ApiError::badRequest(errc::MissingField,
                                         QStringLiteral("give roles, tenants or disabled")));
    const bool self = by.userName == name;
    if (self && change.disabled.value_or(false))
        return done(ApiError(409, errc::Conflict, QStringLiteral("you cannot disable yourself")));
    if (self && change.roles && !change.roles->contains(roles::Administrator))
        return done(ApiError(
            409, errc::Conflict,
            QStringLiteral("you cannot remove your own %1 role").arg(roles::Administrator)));
    const UserPolicy &policy = m_policy;
    m_writer.submit<Changed>(
        this,
        [&policy, by, caller, name, change](QSqlDatabase &db) -> DbResult<Changed> {
            auto found = AccountRecords::findUserForUpdate(db, name);
            if (!found.ok())
                return found.error();
            if (!found.value())
                return Changed{noSuchUser(name), {}};
            UserRecord user = *found.value();
            if (!policy.mayManage(by, user))
                return Changed{
                    UserPolicy::forbidden(QStringLiteral("no access to user %1").arg(name)), {}};
            user.roles = change.roles.value_or(user.roles);
            user.tenants = change.tenants.value_or(user.tenants);
            user.disabled = change.disabled.value_or(user.disabled);
            if (auto refused = policy.mayGrant(by, user.roles, user.tenants))
                return Changed{refused, {}};
            auto updated = AccountRecords::updateUser(db, name, change);
            if (!updated.ok())
                return updated.error();
            QJsonObject details;
            if (change.roles)
                details.insert("roles", QJsonArray::fromStringList(*change.roles));
            if (change.tenants)
                details.insert("tenants", QJsonArray::fromStringList(*change.tenants));
            if (change.disabled)
                details.insert("disabled", *change.disabled);
            auto audited = AuditRecords::append(db, auditOf(caller, "user.update", name, details));
            if (!audited.ok())
                return audited.error();
            auto reread = AccountRecords::findUser(db, name);
            if (!reread.ok())
                return reread.error();
            return Changed{std::nullopt, reread.value().value_or(user)};
        },
        [this, caller, change, done](const DbResult<Changed> &result) {
            afterChange(caller, result, change.disabled.value_or(false),
                        change.roles.has_value() || change.tenants.has_value(), done);
        });
}

void UserDirectory::setPassword(const Principal &by, const Caller &caller, const QString &name,
                                const QJsonObject &body, OutcomeHandler done)
{
    if (!body.contains("password"))
        return done(missing("password"));
    QList<FieldProblem> problems;
    UserPolicy::checkPassword(body.value("password"), &problems);
    if (!problems.isEmpty())
        return done(UserPolicy::invalid(problems));
    const QString password = body.value("password").toString();
    const UserPolicy &policy = m_policy;
    QtConcurrent::run([password] {
        return PasswordHasher::hash(password);
    }).then(this, [this, &policy, by, caller, name, done](const QString &hash) {
        m_writer.submit<Changed>(
            this,
            [&policy, by, caller, name, hash](QSqlDatabase &db) -> DbResult<Changed> {
                auto found = AccountRecords::findUserForUpdate(db, name);
                if (!found.ok())
                    return found.error();
                if (!found.value())
                    return Changed{noSuchUser(name), {}};
                if (!policy.mayManage(by, *found.value()))
                    return Changed{
                        UserPolicy::forbidden(QStringLiteral("no access to user %1").arg(name)),
                        {}};
                auto updated = AccountRecords::setPasswordHash(db, name, hash);
                if (!updated.ok())
                    return updated.error();
                auto audited = AuditRecords::append(db, auditOf(caller, "user.password", name, {}));
                if (!audited.ok())
                    return audited.error();
                return Changed{std::nullopt, *found.value()};
            },
            [this, caller, done](const DbResult<Changed> &result) {
                afterChange(caller, result, true, false, done);
            });
    });
}

void UserDirectory::afterChange(const Caller &caller, const DbResult<Changed> &result,
                                bool endSessions, bool refreshSessions, OutcomeHandler done)
{
    if (!result.ok())
        return done(toApiError(result.error(), caller.corrId));
    if (result.value().refused)
        return done(*result.value().refused);
    const UserRecord user = result.value().user;
    log::info("admin", QStringLiteral("user changed"),
              {{"corrId", caller.corrId}, {"actor", caller.actor}, {"user", user.name}});
    // Committed; now make the sessions follow. If Redis cannot, say so: repeating the same
    // request is harmless and ends them then.
    const auto unavailable = [done] {
        done(ApiError::unavailable(QStringLiteral(
            "the change is saved, but the user's sessions could not be updated; repeat the "
            "request")));
    };
    if (endSessions)
        return m_sessions.endAllOf(user.name,
                                   [user, caller, unavailable, done](std::optional<int> ended) {
                                       if (!ended)
                                           return unavailable();
                                       log::info("admin", QStringLiteral("sessions ended"),
                                                 {{"corrId", caller.corrId},
                                                  {"user", user.name},
                                                  {"count", QString::number(*ended)}});
                                       QJsonObject json = UserPolicy::toJson(user);
                                       json.insert("sessionsEnded", *ended);
                                       done(json);
                                   });
    if (refreshSessions) {
        Principal p;
        p.userName = user.name;
        p.roles = user.roles;
        p.tenants = user.tenants;
        return m_sessions.refreshPrincipal(p, [user, unavailable, done](bool ok) {
            if (!ok)
                return unavailable();
            done(UserPolicy::toJson(user));
        });
    }
    done(UserPolicy::toJson(user));
}

} // namespace ges
