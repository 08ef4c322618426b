#include "AdminAuditController.h"
#include "QueryParams.h"
#include "domain/StoreErrors.h"
#include "shared/ApiPaths.h"
#include "shared/ErrorCodes.h"
#include "store/AuditRecords.h"
#include "store/SqlReaderPool.h"

#include <QJsonArray>

namespace ges {

void AdminAuditController::registerRoutes(Router &router)
{
    router.add({"GET",
                paths::AdminAuditLog,
                AuthKind::Session,
                [this](const ExchangePtr &e) { list(e); },
                {}});
}

void AdminAuditController::list(const ExchangePtr &exchange)
{
    QueryParams params(exchange->query());
    AuditQuery query;
    query.actor = params.text("actor");
    query.action = params.text("action");
    query.limit = params.integer("limit", 100, 1, 500);
    query.beforeId = params.sequenceCursor("cursor");
    if (const auto error = params.error())
        return exchange->replyError(*error);
    const auto scope = m_access.visibleTenants(exchange, params.text("tenant"));
    if (!scope)
        return;
    if (scope->none())
        return exchange->replyData(
            QJsonObject{{"entries", QJsonArray()}, {"nextCursor", QJsonValue()}});
    query.tenants = scope->all ? QStringList() : scope->tenants;
    const QString corrId = exchange->corrId();
    m_reader.run<std::pair<QList<AuditEntry>, bool>>(
        this, [query](QSqlDatabase &db) { return AuditRecords::list(db, query); },
        [exchange, corrId](const DbResult<std::pair<QList<AuditEntry>, bool>> &found) {
            if (!found.ok())
                return exchange->replyError(toApiError(found.error(), corrId));
            const auto &[entries, more] = found.value();
            QJsonArray list;
            for (const AuditEntry &entry : entries)
                list.append(entry.toJson());
            const QJsonValue next = more && !entries.isEmpty()
                                        ? QJsonValue(QString::number(entries.constLast().id))
                                        : QJsonValue();
            exchange->replyData(QJsonObject{{"entries", list}, {"nextCursor", next}});
        });
}

} // namespace ges
