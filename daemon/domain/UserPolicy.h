#pragma once
#include "Principal.h"
#include "shared/ApiError.h"
#include "store/AccountRecords.h"

#include <QJsonObject>
#include <QJsonValue>
#include <optional>

namespace ges {

// The rules of user administration (docs/admin-users.md), pure and thread-safe so writer
// jobs can apply them to the row they have locked:
// - a user is "privileged" when they hold "*" or a DevOps group: only an administrator of
//   all tenants ("*") may manage them or grant either;
// - anyone else is managed by an administrator whose tenants include all of the user's
//   (a user with no tenant at all only by "*");
// - DevOps (and "*") may read every user.
class UserPolicy
{
public:
    static constexpr int kMinPasswordLength = 12;
    static constexpr int kMaxPasswordLength = 1024;

    explicit UserPolicy(QStringList devopsGroups) : m_devops(std::move(devopsGroups)) {}

    bool maySee(const Principal &by, const UserRecord &user) const;
    bool mayManage(const Principal &by, const UserRecord &user) const;
    // Whether `by` may give these roles and tenants; the error (403) otherwise.
    std::optional<ApiError> mayGrant(const Principal &by, const QStringList &roles,
                                     const QStringList &tenants) const;

    static bool validName(const QString &name);
    // Adds a problem when the password is too short or too long.
    static void checkPassword(const QJsonValue &value, QList<FieldProblem> *problems);
    // Roles: a non-empty array of assignable roles or DevOps group names.
    std::optional<QStringList> parseRoles(const QJsonValue &value,
                                          QList<FieldProblem> *problems) const;
    // Tenants: an array of tenant names, or "*".
    static std::optional<QStringList> parseTenants(const QJsonValue &value,
                                                   QList<FieldProblem> *problems);

    static QJsonObject toJson(const UserRecord &user); // never the hash
    static ApiError invalid(const QList<FieldProblem> &problems);
    static ApiError forbidden(const QString &message);

private:
    bool privileged(const UserRecord &user) const;

    QStringList m_devops;
};

} // namespace ges
