#include "ApiKeyRegistry.h"
#include "StoreErrors.h"
#include "ops/Log.h"
#include "security/ApiKeyCodec.h"
#include "shared/ErrorCodes.h"
#include "shared/IsoTime.h"
#include "store/AccountRecords.h"
#include "store/GroupCommitWriter.h"

#include <QRegularExpression>
#include <QUuid>

namespace ges {

ApiKeyRegistry::ApiKeyRegistry(GroupCommitWriter &writer, QObject *parent)
    : QObject(parent), m_writer(writer)
{
}

bool ApiKeyRegistry::isTenantName(const QString &tenant)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9_.:@-]{0,99}$"));
    return re.match(tenant).hasMatch();
}

void ApiKeyRegistry::create(const Caller &caller, const QString &tenant, const QString &name,
                            OutcomeHandler done)
{
    if (!isTenantName(tenant))
        return done(
            ApiError::field(errc::InvalidField, "tenant", "1-100 letters, digits or _ . : @ -"));
    if (name.isEmpty() || name.size() > 200)
        return done(ApiError::field(errc::InvalidField, "name", "1-200 characters"));
    const QString key = ApiKeyCodec::generate();
    const ApiKeyRecord record{QUuid::createUuid().toString(QUuid::WithoutBraces),
                              tenant,
                              name,
                              ApiKeyCodec::prefixOf(key),
                              ApiKeyCodec::hash(key),
                              {},
                              caller.actor,
                              QDateTime::currentDateTimeUtc(),
                              {},
                              false};
    m_writer.submit<Done>(
        this, [record](QSqlDatabase &db) { return AccountRecords::insertApiKey(db, record); },
        [caller, record, key, done](const DbResult<Done> &stored) {
            if (!stored.ok())
                return done(toApiError(stored.error(), caller.corrId,
                                       QStringLiteral("key collision; try again")));
            log::info("admin", QStringLiteral("API key created"),
                      {{"corrId", caller.corrId},
                       {"actor", caller.actor},
                       {"tenant", record.tenant},
                       {"prefix", record.prefix}});
            done(QJsonObject{{"id", record.id},
                             {"key", key},
                             {"prefix", record.prefix},
                             {"tenant", record.tenant},
                             {"name", record.name},
                             {"createdAt", isotime::format(record.createdAt)}});
        });
}

} // namespace ges
