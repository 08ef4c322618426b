#include "AdminController.h"
#include "JsonBody.h"
#include "domain/StoreErrors.h"
#include "ops/Log.h"
#include "security/ApiKeyCodec.h"
#include "shared/ApiPaths.h"
#include "shared/ErrorCodes.h"
#include "shared/IsoTime.h"
#include "store/AccountRecords.h"
#include "store/CallbackRecords.h"
#include "store/GroupCommitWriter.h"
#include "store/ServiceRecords.h"
#include "store/SqlReaderPool.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QUuid>

namespace ges {

namespace {

bool isTenantName(const QString &s)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9_.:@-]{0,99}$"));
    return re.match(s).hasMatch();
}

// Cursor: base64url("<created_at ms>|<id>") of the last row of a page.
QString encodeCursor(const Callback &last)
{
    return QString::fromLatin1(
        (QByteArray::number(last.createdAt.toMSecsSinceEpoch()) + '|' + last.id.toLatin1())
            .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

bool decodeCursor(const QString &cursor, CallbackQuery &query)
{
    const QByteArray raw = QByteArray::fromBase64(cursor.toLatin1(), QByteArray::Base64UrlEncoding);
    const qsizetype bar = raw.indexOf('|');
    bool ok = false;
    const qint64 ms = raw.left(bar).toLongLong(&ok);
    const QString id = QString::fromLatin1(raw.mid(bar + 1));
    if (bar <= 0 || !ok || QUuid::fromString(id).isNull())
        return false;
    query.afterCreatedAt = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
    query.afterId = id;
    return true;
}

} // namespace

AdminController::AdminController(SqlReaderPool &reader, GroupCommitWriter &writer,
                                 const AccessPolicy &access, QObject *parent)
    : QObject(parent), m_reader(reader), m_writer(writer), m_access(access)
{
}

void AdminController::registerRoutes(Router &router)
{
    router.add({"POST",
                paths::AdminApiKeys,
                false,
                AuthKind::Session,
                [this](const ExchangePtr &e) { createApiKey(e); },
                {}});
    router.add({"POST",
                paths::AdminServices,
                false,
                AuthKind::Session,
                [this](const ExchangePtr &e) { createService(e); },
                {}});
    router.add({"GET",
                paths::AdminCallbacks,
                false,
                AuthKind::Session,
                [this](const ExchangePtr &e) { listCallbacks(e); },
                {}});
}

void AdminController::createApiKey(const ExchangePtr &exchange)
{
    const auto body = jsonBody(exchange);
    if (!body)
        return;
    const QString tenant = body->value("tenant").toString().trimmed();
    const QString name = body->value("name").toString().trimmed();
    if (!isTenantName(tenant))
        return exchange->replyError(
            ApiError::field(errc::InvalidField, "tenant", "1-100 letters, digits or _ . : @ -"));
    if (name.isEmpty() || name.size() > 200)
        return exchange->replyError(
            ApiError::field(errc::InvalidField, "name", "1-200 characters"));
    if (!m_access.allow(exchange, {roles::Administrator, roles::Developer}, tenant, false))
        return;
    const QString key = ApiKeyCodec::generate();
    ApiKeyRecord record{QUuid::createUuid().toString(QUuid::WithoutBraces),
                        tenant,
                        name,
                        ApiKeyCodec::prefixOf(key),
                        ApiKeyCodec::hash(key),
                        {},
                        exchange->principal.userName,
                        QDateTime::currentDateTimeUtc(),
                        {},
                        false};
    m_writer.submit<Done>(
        this, [record](QSqlDatabase &db) { return AccountRecords::insertApiKey(db, record); },
        [exchange, record, key](const DbResult<Done> &done) {
            if (!done.ok())
                return exchange->replyError(toApiError(done.error(), exchange->corrId(),
                                                       QStringLiteral("key collision; try again")));
            log::info("admin", QStringLiteral("API key created"),
                      {{"corrId", exchange->corrId()},
                       {"user", exchange->principal.userName},
                       {"tenant", record.tenant},
                       {"prefix", record.prefix}});
            exchange->replyData(QJsonObject{{"id", record.id},
                                            {"key", key},
                                            {"prefix", record.prefix},
                                            {"tenant", record.tenant},
                                            {"name", record.name},
                                            {"createdAt", isotime::format(record.createdAt)}});
        });
}

void AdminController::createService(const ExchangePtr &exchange)
{
    const auto body = jsonBody(exchange);
    if (!body)
        return;
    QList<FieldProblem> problems;
    auto service = ServiceConfig::fromJson(*body, &problems);
    if (!service) {
        ApiError error{400, errc::InvalidField,
                       problems.constFirst().field + QStringLiteral(": ") +
                           problems.constFirst().problem,
                       problems, 0};
        return exchange->replyError(error);
    }
    if (!m_access.allow(exchange, {roles::Administrator}, service->tenant, false))
        return;
    service->id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const ServiceConfig stored = *service;
    m_writer.submit<Done>(
        this, [stored](QSqlDatabase &db) { return ServiceRecords::insert(db, stored); },
        [exchange, stored](const DbResult<Done> &done) {
            if (!done.ok())
                return exchange->replyError(
                    toApiError(done.error(), exchange->corrId(),
                               QStringLiteral("tenant %1 already has a service named %2")
                                   .arg(stored.tenant, stored.name)));
            exchange->replyData(stored.toJson());
        });
}

void AdminController::listCallbacks(const ExchangePtr &exchange)
{
    const QUrlQuery &params = exchange->query();
    const QString tenant = params.queryItemValue("tenant", QUrl::FullyDecoded);
    if (!m_access.allow(exchange, {roles::Administrator, roles::Supervisor, roles::Monitor}, tenant,
                        true))
        return;
    CallbackQuery query;
    const Principal &p = exchange->principal;
    if (!tenant.isEmpty())
        query.tenants = {tenant};
    else if (!p.mayAccessTenant(QStringLiteral("*")) && !m_access.isDevOps(p))
        query.tenants = p.tenants;
    if (query.tenants.isEmpty() && !p.mayAccessTenant(QStringLiteral("*")) && !m_access.isDevOps(p))
        return exchange->replyData( // no tenant of theirs: nothing to see (empty = all in SQL)
            QJsonObject{{"callbacks", QJsonArray()}, {"nextCursor", QJsonValue::Null}});
    query.service = params.queryItemValue("service", QUrl::FullyDecoded);
    const QString state = params.queryItemValue("state");
    if (!state.isEmpty()) {
        query.state = callbackStateFromString(state.toUpper());
        if (!query.state)
            return exchange->replyError(
                ApiError::field(errc::InvalidField, "state", "not a callback state"));
    }
    if (params.hasQueryItem("limit")) {
        bool ok = false;
        query.limit = params.queryItemValue("limit").toInt(&ok);
        if (!ok || query.limit < 1 || query.limit > 500)
            return exchange->replyError(ApiError::field(errc::InvalidField, "limit", "1 to 500"));
    }
    const QString cursor = params.queryItemValue("cursor");
    if (!cursor.isEmpty() && !decodeCursor(cursor, query))
        return exchange->replyError(
            ApiError::field(errc::InvalidField, "cursor", "not a cursor from nextCursor"));
    m_reader.run<CallbackPage>(
        this, [query](QSqlDatabase &db) { return CallbackRecords::list(db, query); },
        [exchange](const DbResult<CallbackPage> &page) {
            if (!page.ok())
                return exchange->replyError(toApiError(page.error(), exchange->corrId()));
            QJsonArray list;
            for (const Callback &cb : page.value().callbacks) {
                QJsonObject json = cb.toJson();
                json.insert("tenant", cb.tenant);
                list.append(json);
            }
            const QJsonValue next =
                page.value().more ? QJsonValue(encodeCursor(page.value().callbacks.constLast()))
                                  : QJsonValue(QJsonValue::Null);
            exchange->replyData(QJsonObject{{"callbacks", list}, {"nextCursor", next}});
        });
}

} // namespace ges
