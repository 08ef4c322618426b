#include "AdminCallbackExportController.h"
#include "CallbackFilters.h"
#include "domain/CallbackExportFormat.h"
#include "domain/CallbackSearch.h"
#include "domain/StoreErrors.h"
#include "ops/Log.h"
#include "shared/ApiPaths.h"
#include "shared/ErrorCodes.h"

#include <memory>

namespace ges {

namespace {

// One export in progress: read a page, write it, wait for the socket to drain, repeat.
// It lives as long as a callback (a page read or a drain wait) holds it.
class ExportRun : public std::enable_shared_from_this<ExportRun>
{
public:
    ExportRun(ExchangePtr exchange, CallbackExportFormat format, CallbackQuery query,
              CallbackSearch &search)
        : m_exchange(std::move(exchange)), m_format(format), m_query(std::move(query)),
          m_search(search)
    {
    }

    void fetch()
    {
        m_search.fetch(m_query, [self = shared_from_this()](const DbResult<CallbackPage> &page) {
            self->write(page);
        });
    }

private:
    void write(const DbResult<CallbackPage> &page)
    {
        if (!page.ok()) {
            // Before the first byte the client gets a proper error; after it, only a cut
            // connection can tell it the file is incomplete.
            if (!m_started)
                return m_exchange->replyError(toApiError(page.error(), m_exchange->corrId()));
            return finish(false);
        }
        if (!m_started) {
            m_started = true;
            const QByteArray disposition = "attachment; filename=\"" + m_format.fileName() + '"';
            if (!m_exchange->beginStream(
                    m_format.contentType(),
                    {{"Content-Disposition", disposition}, {"Cache-Control", "no-store"}}))
                return; // the client left before the first byte
            m_exchange->writeChunk(m_format.begin());
        }
        const CallbackPage &p = page.value();
        if (!m_exchange->writeChunk(m_format.rows(p.callbacks)))
            return finish(false);
        m_rows += p.callbacks.size();
        if (!p.more) {
            m_exchange->writeChunk(m_format.end());
            return finish(true);
        }
        m_query.afterKeyUs = p.lastKeyUs;
        m_query.afterId = p.callbacks.constLast().id;
        m_exchange->whenDrained(AdminCallbackExportController::kMaxPendingBytes,
                                [self = shared_from_this()] {
                                    if (self->m_exchange->clientGone())
                                        return self->finish(false);
                                    self->fetch();
                                });
    }

    void finish(bool complete)
    {
        log::info("api",
                  complete ? QStringLiteral("export complete") : QStringLiteral("export stopped"),
                  {{"rows", QString::number(m_rows)},
                   {"clientGone", m_exchange->clientGone() ? "true" : "false"},
                   {"corrId", m_exchange->corrId()}});
        if (complete)
            m_exchange->endStream();
        else
            m_exchange->abortStream();
    }

    ExchangePtr m_exchange;
    CallbackExportFormat m_format;
    CallbackQuery m_query;
    CallbackSearch &m_search;
    bool m_started = false;
    qint64 m_rows = 0;
};

} // namespace

void AdminCallbackExportController::registerRoutes(Router &router)
{
    router.add({"GET",
                paths::AdminCallbacksExport,
                AuthKind::Session,
                [this](const ExchangePtr &e) { exportCallbacks(e); },
                {}});
}

void AdminCallbackExportController::exportCallbacks(const ExchangePtr &exchange)
{
    const QUrlQuery &params = exchange->query();
    const QString format = params.queryItemValue("format").toLower();
    if (!format.isEmpty() && format != QLatin1String("csv") && format != QLatin1String("json"))
        return exchange->replyError(
            ApiError::field(errc::InvalidField, "format", QStringLiteral("csv or json")));
    const auto scope =
        m_access.visibleTenants(exchange, params.queryItemValue("tenant", QUrl::FullyDecoded));
    if (!scope)
        return;
    CallbackQuery query;
    if (auto error = CallbackFilters::read(params, query))
        return exchange->replyError(*error);
    query.limit = kPageRows;
    if (scope->none())
        query.tenants = {QString()}; // no tenant has an empty name: an empty file
    else
        query.tenants = scope->tenants;
    const auto kind = format == QLatin1String("json") ? CallbackExportFormat::Kind::Json
                                                      : CallbackExportFormat::Kind::Csv;
    std::make_shared<ExportRun>(exchange, CallbackExportFormat(kind), query, m_search)->fetch();
}

} // namespace ges
