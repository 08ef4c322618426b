#include "GwsCredentialVault.h"
#include "ApiKeyRegistry.h"
#include "StoreErrors.h"
#include "ops/Log.h"
#include "shared/ErrorCodes.h"
#include "shared/IsoTime.h"
#include "store/AuditRecords.h"
#include "store/GroupCommitWriter.h"
#include "store/SqlReaderPool.h"

#include <QUrl>

namespace ges {

namespace {
struct PutResult
{
    bool created = false;
    bool authChanged = false; // no secret given, but another urls.auth: nothing written
    std::optional<GwsCredentialRecord> stored; // nullopt: nothing to update, no secret given
};

// The job of put(): writes, audits in the same transaction, reads the row back.
DbResult<PutResult> store(QSqlDatabase &db, const GwsCredentialRecord &record, AuditEntry audit)
{
    PutResult result;
    if (record.secretSealed.isEmpty()) {
        // The writer runs one job at a time: nothing changes the row between this read
        // and the update below.
        const auto before = GwsCredentialRecords::find(db, record.tenant);
        if (!before.ok())
            return before.error();
        if (before.value() && before.value()->urls.value("auth") != record.urls.value("auth")) {
            result.authChanged = true;
            return result;
        }
        const auto updated = GwsCredentialRecords::updateKeepingSecret(db, record);
        if (!updated.ok())
            return updated.error();
        if (!updated.value())
            return result;
    } else {
        const auto upserted = GwsCredentialRecords::upsert(db, record);
        if (!upserted.ok())
            return upserted.error();
        result.created = upserted.value();
    }
    audit.action = result.created ? QStringLiteral("gws.register") : QStringLiteral("gws.update");
    const auto logged = AuditRecords::append(db, audit);
    if (!logged.ok())
        return logged.error();
    const auto found = GwsCredentialRecords::find(db, record.tenant);
    if (!found.ok())
        return found.error();
    result.stored = found.value();
    return result;
}
} // namespace

GwsCredentialVault::GwsCredentialVault(SqlReaderPool &reader, GroupCommitWriter &writer,
                                       SecretBox box, GwsHostPolicy hosts, QObject *parent)
    : QObject(parent), m_reader(reader), m_writer(writer), m_box(std::move(box)),
      m_hosts(std::move(hosts))
{
}

const QStringList &GwsCredentialVault::urlNames()
{
    static const QStringList names{QStringLiteral("auth"), QStringLiteral("env"),
                                   QStringLiteral("conf"), QStringLiteral("publicAuth"),
                                   QStringLiteral("stats")};
    return names;
}

QList<FieldProblem> GwsCredentialVault::problemsOf(const GwsCredentialInput &input,
                                                   const GwsHostPolicy &hosts)
{
    QList<FieldProblem> problems;
    if (!ApiKeyRegistry::isTenantName(input.tenant))
        problems.append(FieldProblem{"tenant", "1-100 letters, digits or _ . : @ -"});
    if (input.clientId.isEmpty() || input.clientId.size() > 200)
        problems.append(FieldProblem{"clientId", "1-200 characters"});
    if (input.clientSecret && (input.clientSecret->isEmpty() || input.clientSecret->size() > 1000))
        problems.append(
            FieldProblem{"clientSecret", "1-1000 characters; leave it out to keep the stored one"});
    if (!input.urls.contains(QStringLiteral("auth")))
        problems.append(FieldProblem{"urls.auth", "required: the GWS authentication URL"});
    for (auto it = input.urls.begin(); it != input.urls.end(); ++it) {
        const QString field = QStringLiteral("urls.") + it.key();
        if (!urlNames().contains(it.key())) {
            problems.append(
                FieldProblem{field, "unknown; known: " + urlNames().join(QStringLiteral(", "))});
            continue;
        }
        const QUrl url(it.value().toString(), QUrl::StrictMode);
        const bool web =
            url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https");
        if (!it.value().isString() || !url.isValid() || !web || url.host().isEmpty() ||
            it.value().toString().size() > 500) {
            problems.append(FieldProblem{field, "an http or https URL"});
            continue;
        }
        // The two GES calls: the secret goes to auth, tokens to stats.
        const QString denied = it.key() == QLatin1String("auth") || it.key() == QLatin1String("stats")
                                   ? hosts.problemWith(url)
                                   : QString();
        if (!denied.isEmpty())
            problems.append(FieldProblem{field, denied});
    }
    return problems;
}

QJsonObject GwsCredentialVault::toJson(const GwsCredentialRecord &record)
{
    return {{"tenant", record.tenant},
            {"clientId", record.clientId},
            {"urls", record.urls},
            {"createdAt", isotime::format(record.createdAt)},
            {"updatedAt", isotime::format(record.updatedAt)},
            {"updatedBy", record.updatedBy},
            {"hasSecret", !record.secretSealed.isEmpty()}};
}

std::optional<QString> GwsCredentialVault::secretOf(const GwsCredentialRecord &record) const
{
    const auto plain = m_box.open(record.secretSealed, record.tenant.toUtf8());
    if (!plain)
        return std::nullopt;
    return QString::fromUtf8(*plain);
}

void GwsCredentialVault::put(const Caller &caller, const GwsCredentialInput &input,
                             OutcomeHandler done)
{
    GwsCredentialRecord record{input.tenant, input.clientId, {}, input.urls, {}, {}, caller.actor};
    if (input.clientSecret) {
        if (!m_box.isConfigured())
            return done(ApiError{503, errc::EncryptionKeyMissing,
                                 QStringLiteral("ENCRYPTION-KEY is not configured: GWS client "
                                                "secrets cannot be stored until it is")});
        const auto sealed = m_box.seal(input.clientSecret->toUtf8(), input.tenant.toUtf8());
        if (!sealed)
            return done(ApiError::internal(QStringLiteral("could not encrypt the secret")));
        record.secretSealed = *sealed;
    }
    const AuditEntry audit{caller.actor,
                           input.tenant,
                           {},
                           input.tenant,
                           {{"clientId", input.clientId},
                            {"urls", input.urls},
                            {"secretChanged", bool(input.clientSecret)}},
                           caller.corrId,
                           0,
                           {}};
    m_writer.submit<PutResult>(
        this, [record, audit](QSqlDatabase &db) { return store(db, record, audit); },
        [caller, tenant = input.tenant, clientId = input.clientId,
         done](const DbResult<PutResult> &stored) {
            if (!stored.ok())
                return done(toApiError(stored.error(), caller.corrId));
            if (stored.value().authChanged)
                return done(ApiError::field(errc::MissingField, "clientSecret",
                                            "required when urls.auth changes"));
            if (!stored.value().stored)
                return done(ApiError::field(errc::MissingField, "clientSecret",
                                            "required when registering a tenant's credentials"));
            log::info("admin",
                      stored.value().created ? QStringLiteral("GWS credentials registered")
                                             : QStringLiteral("GWS credentials updated"),
                      {{"corrId", caller.corrId},
                       {"actor", caller.actor},
                       {"tenant", tenant},
                       {"clientId", clientId}});
            done(toJson(*stored.value().stored));
        });
}

void GwsCredentialVault::remove(const Caller &caller, const QString &tenant, OutcomeHandler done)
{
    const AuditEntry audit{
        caller.actor, tenant, QStringLiteral("gws.delete"), tenant, {}, caller.corrId, 0, {}};
    m_writer.submit<bool>(
        this,
        [tenant, audit](QSqlDatabase &db) -> DbResult<bool> {
            const auto removed = GwsCredentialRecords::remove(db, tenant);
            if (!removed.ok() || !removed.value())
                return removed;
            const auto logged = AuditRecords::append(db, audit);
            return logged.ok() ? DbResult<bool>(true) : DbResult<bool>(logged.error());
        },
        [caller, tenant, done](const DbResult<bool> &removed) {
            if (!removed.ok())
                return done(toApiError(removed.error(), caller.corrId));
            if (!removed.value())
                return done(ApiError::notFound(
                    errc::GwsCredentialsNotFound,
                    QStringLiteral("tenant %1 has no GWS credentials").arg(tenant)));
            log::info("admin", QStringLiteral("GWS credentials deleted"),
                      {{"corrId", caller.corrId}, {"actor", caller.actor}, {"tenant", tenant}});
            done(QJsonObject{{"tenant", tenant}, {"deleted", true}});
        });
}

void GwsCredentialVault::list(const QStringList &tenants, Listed done)
{
    m_reader.run<QList<GwsCredentialRecord>>(
        this, [tenants](QSqlDatabase &db) { return GwsCredentialRecords::list(db, tenants); },
        std::move(done));
}

} // namespace ges
