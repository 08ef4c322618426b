#pragma once
#include "AccessPolicy.h"
#include "shared/ApiError.h"
#include "store/CallbackRecords.h"

#include <QJsonObject>
#include <QUrlQuery>
#include <functional>
#include <optional>

namespace ges {

// The filters of the admin callback search, shared by the list, the export (query
// parameters) and bulk cancel (a JSON "filter" object): service, state (a comma list or,
// in JSON, an array), phone (at least 3 digits, found anywhere in the number), from/to
// (ISO-8601) on timeField (created | desired), and the order: sort (created | desired),
// order (asc | desc). Not the tenant: that is the caller's scope (AccessPolicy).
namespace CallbackFilters {
// Reads them into `query`; the first problem comes back as a 400 naming the field.
std::optional<ApiError> read(const QUrlQuery &params, CallbackQuery &query);
std::optional<ApiError> read(const QJsonObject &filter, CallbackQuery &query);
// limit (1..500) and cursor of a page.
std::optional<ApiError> readPage(const QUrlQuery &params, CallbackQuery &query);
// The tenants a call on one callback (by id) may reach: empty list = any; nullopt = none.
// A callback of another tenant is then simply not found (404), never a 403 that would
// confirm it exists.
std::optional<QStringList> reachableTenants(const AccessPolicy &access,
                                            const ExchangePtr &exchange);
} // namespace CallbackFilters

} // namespace ges
