#pragma once
#include "integrations/GwsClient.h"
#include "shared/ApiError.h"

#include <QObject>
#include <functional>
#include <variant>

namespace ges {

class GwsCredentialVault;

// Turns a tenant into the GwsAccount to call GWS with: its stored credentials with the
// secret opened, and its URLs, where the statistics URL falls back to GWS_STATS when the
// tenant has none of its own. The authentication URL is required with every tenant's
// credentials, so GWS_AUTH is never needed; and the global AUTHENTICATION-CLIENT-ID is
// never used for a tenant: that client is not scoped to one contact center, and a tenant
// without credentials of its own must not read statistics through it.
class GwsAccounts : public QObject
{
    Q_OBJECT
public:
    using Resolved = std::function<void(const std::variant<GwsAccount, ApiError> &)>;

    GwsAccounts(GwsCredentialVault &vault, QString defaultStatsUrl, QObject *parent = nullptr);

    // 404 GWS_CREDENTIALS_NOT_FOUND without credentials; 503 when the stored secret
    // cannot be opened (no or another ENCRYPTION-KEY); the store's error otherwise.
    void resolve(const QString &tenant, const QString &corrId, Resolved done);

private:
    GwsCredentialVault &m_vault;
    QString m_defaultStatsUrl;
};

} // namespace ges
