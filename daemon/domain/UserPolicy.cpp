#include "UserPolicy.h"
#include "shared/AdminEndpoints.h"
#include "shared/ErrorCodes.h"
#include "shared/IsoTime.h"
#include "shared/JsonFields.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace ges {

namespace {
const QString kAll = QStringLiteral("*");

std::optional<QStringList> stringArray(const QJsonValue &value, const char *field,
                                       QList<FieldProblem> *problems)
{
    if (!value.isArray()) {
        problems->append({QLatin1String(field), QStringLiteral("must be an array of strings")});
        return std::nullopt;
    }
    QStringList list;
    for (const QJsonValue &v : value.toArray()) {
        if (!v.isString()) {
            problems->append({QLatin1String(field), QStringLiteral("must be an array of strings")});
            return std::nullopt;
        }
        if (!list.contains(v.toString()))
            list << v.toString();
    }
    return list;
}
} // namespace

bool UserPolicy::privileged(const UserRecord &user) const
{
    if (user.tenants.contains(kAll))
        return true;
    for (const QString &role : user.roles)
        if (m_devops.contains(role))
            return true;
    return false;
}

bool UserPolicy::mayManage(const Principal &by, const UserRecord &user) const
{
    if (by.allTenants())
        return true;
    if (privileged(user) || user.tenants.isEmpty())
        return false;
    for (const QString &tenant : user.tenants)
        if (!by.tenants.contains(tenant))
            return false;
    return true;
}

bool UserPolicy::maySee(const Principal &by, const UserRecord &user) const
{
    return by.allTenants() || by.devops || mayManage(by, user);
}

std::optional<ApiError> UserPolicy::mayGrant(const Principal &by, const QStringList &roles,
                                             const QStringList &tenants) const
{
    if (by.allTenants())
        return std::nullopt;
    if (tenants.contains(kAll))
        return forbidden(QStringLiteral("only an administrator of all tenants may grant \"*\""));
    for (const QString &role : roles)
        if (m_devops.contains(role))
            return forbidden(
                QStringLiteral(
                    "only an administrator of all tenants may grant the DevOps group \"%1\"")
                    .arg(role));
    if (tenants.isEmpty())
        return invalid({{"tenants", QStringLiteral("give at least one of your tenants")}});
    for (const QString &tenant : tenants)
        if (!by.tenants.contains(tenant))
            return forbidden(QStringLiteral("no access to tenant %1").arg(tenant));
    return std::nullopt;
}

bool UserPolicy::validName(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9._@-]{1,64}$"));
    return pattern.match(name).hasMatch();
}

void UserPolicy::checkPassword(const QJsonValue &value, QList<FieldProblem> *problems)
{
    if (!value.isString() || value.toString().isEmpty())
        problems->append({"password", QStringLiteral("required")});
    else if (value.toString().size() < kMinPasswordLength)
        problems->append(
            {"password", QStringLiteral("at least %1 characters").arg(kMinPasswordLength)});
    else if (value.toString().size() > kMaxPasswordLength)
        problems->append(
            {"password", QStringLiteral("at most %1 characters").arg(kMaxPasswordLength)});
}

std::optional<QStringList> UserPolicy::parseRoles(const QJsonValue &value,
                                                  QList<FieldProblem> *problems) const
{
    auto roles = stringArray(value, "roles", problems);
    if (!roles)
        return std::nullopt;
    if (roles->isEmpty()) {
        problems->append({"roles", QStringLiteral("give at least one role")});
        return std::nullopt;
    }
    for (const QString &role : *roles)
        if (!roles::assignable().contains(role) && !m_devops.contains(role)) {
            problems->append(
                {"roles",
                 QStringLiteral("unknown role \"%1\"; one of: %2")
                     .arg(role, (roles::assignable() + m_devops).join(QStringLiteral(", ")))});
            return std::nullopt;
        }
    return roles;
}

std::optional<QStringList> UserPolicy::parseTenants(const QJsonValue &value,
                                                    QList<FieldProblem> *problems)
{
    auto tenants = stringArray(value, "tenants", problems);
    if (!tenants)
        return std::nullopt;
    for (const QString &tenant : *tenants)
        if (tenant != kAll && (!fields::isName(tenant) || tenant.contains(u','))) {
            problems->append(
                {"tenants", QStringLiteral("\"%1\" is not a tenant name").arg(tenant)});
            return std::nullopt;
        }
    return tenants;
}

QJsonObject UserPolicy::toJson(const UserRecord &user)
{
    return {{"name", user.name},
            {"roles", QJsonArray::fromStringList(user.roles)},
            {"tenants", QJsonArray::fromStringList(user.tenants)},
            {"disabled", user.disabled},
            {"createdAt", isotime::format(user.createdAt)},
            {"updatedAt", isotime::format(user.updatedAt)}};
}

ApiError UserPolicy::invalid(const QList<FieldProblem> &problems)
{
    const FieldProblem &first = problems.constFirst();
    return {400, errc::InvalidField, first.field + QStringLiteral(": ") + first.problem, problems};
}

ApiError UserPolicy::forbidden(const QString &message)
{
    return {403, errc::Forbidden, message, {}, 0};
}

} // namespace ges
