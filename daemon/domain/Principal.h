#pragma once
#include <QString>
#include <QStringList>

namespace ges {

// Who is calling, once authenticated.
struct Principal
{
    QString tenant;       // external API: the tenant of the API key
    QString apiKeyPrefix; // external API
    QString userName;     // admin API
    QStringList roles;    // admin API
    QStringList tenants;  // admin API; "*" = all
    QString sessionToken; // admin API
    bool routing = false; // routing API (ROUTING-TOKEN)

    bool hasRole(const QString &role) const { return roles.contains(role); }
    bool mayAccessTenant(const QString &t) const
    {
        return tenants.contains(QStringLiteral("*")) || tenants.contains(t);
    }
};

namespace roles {
inline const QString Administrator = QStringLiteral("Callback Administrator");
inline const QString Supervisor = QStringLiteral("Callback Supervisor");
inline const QString Monitor = QStringLiteral("Callback Monitor");
inline const QString Developer = QStringLiteral("Developer");
} // namespace roles

} // namespace ges
