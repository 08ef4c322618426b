#include "GwsAccounts.h"
#include "GwsCredentialVault.h"
#include "StoreErrors.h"
#include "ops/Log.h"
#include "shared/ErrorCodes.h"

namespace ges {

namespace {
// API.md §3: a 503 carries Retry-After. An operator has to act here, so not too soon.
constexpr int kRetryAfterSeconds = 60;
} // namespace

GwsAccounts::GwsAccounts(GwsCredentialVault &vault, QString defaultStatsUrl, QObject *parent)
    : QObject(parent), m_vault(vault), m_defaultStatsUrl(std::move(defaultStatsUrl))
{
}

void GwsAccounts::resolve(const QString &tenant, const QString &corrId, Resolved done)
{
    m_vault.list({tenant}, [this, tenant, corrId,
                            done](const DbResult<QList<GwsCredentialRecord>> &found) {
        if (!found.ok())
            return done(toApiError(found.error(), corrId));
        if (found.value().isEmpty())
            return done(ApiError::notFound(
                errc::GwsCredentialsNotFound,
                QStringLiteral("no GWS credentials are registered for tenant %1: an "
                               "administrator registers them (Credentials tab, or PUT "
                               "/ges/v1/admin/gws-credentials/%1)")
                    .arg(tenant)));
        const GwsCredentialRecord &record = found.value().constFirst();
        const auto secret = m_vault.secretOf(record);
        if (!secret) {
            log::error("gws", QStringLiteral("the stored GWS client secret cannot be decrypted"),
                       {{"corrId", corrId}, {"tenant", tenant}});
            return done(ApiError{503, errc::EncryptionKeyMissing,
                                 QStringLiteral("the GWS client secret of tenant %1 cannot be "
                                                "decrypted: ENCRYPTION-KEY is missing or not the "
                                                "one it was stored with; register the secret again")
                                     .arg(tenant),
                                 {},
                                 kRetryAfterSeconds});
        }
        QString stats = record.urls.value("stats").toString();
        if (stats.isEmpty())
            stats = m_defaultStatsUrl;
        done(GwsAccount{tenant, record.clientId, *secret,
                        QUrl(record.urls.value("auth").toString()), QUrl(stats)});
    });
}

} // namespace ges
