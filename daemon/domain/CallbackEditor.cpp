#include "CallbackEditor.h"
#include "AuditTrail.h"
#include "CallbackLifecycle.h"
#include "ServiceCatalog.h"
#include "StoreErrors.h"
#include "shared/CreateCallbackRequest.h"
#include "shared/ErrorCodes.h"
#include "store/CallbackCache.h"
#include "store/CallbackEditRecords.h"
#include "store/GroupCommitWriter.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace ges {

namespace {
ApiError completedError(const Callback &cb)
{
    return {
        409,
        errc::InvalidState,
        QStringLiteral("callback %1 is COMPLETED; its user data can no longer change").arg(cb.id),
        {},
        0};
}
} // namespace

CallbackEditor::CallbackEditor(CallbackSearch &search, ServiceCatalog &services,
                               GroupCommitWriter &writer, CallbackCache &cache,
                               CallbackLifecycle &lifecycle, QObject *parent)
    : QObject(parent), m_search(search), m_services(services), m_writer(writer), m_cache(cache),
      m_lifecycle(lifecycle)
{
}

std::optional<ApiError> CallbackEditor::checkUserDataKeys(const QJsonObject &userData)
{
    // Create drops such keys silently (as the original GES does); an administrator editing
    // them is told instead, so nothing they typed vanishes.
    for (auto it = userData.begin(); it != userData.end(); ++it)
        if (!CreateCallbackRequest::isUserDataKey(it.key()))
            return ApiError::field(errc::InvalidField, QStringLiteral("userData.") + it.key(),
                                   QStringLiteral("not a JavaScript identifier"));
    return std::nullopt;
}

void CallbackEditor::replaceUserData(const Caller &caller, const QStringList &tenants,
                                     const QString &id, const QJsonObject &userData,
                                     OutcomeHandler done)
{
    if (auto error = checkUserDataKeys(userData))
        return done(*error);
    m_search.locate(caller, tenants, id, [this, caller, userData, done](const auto &located) {
        if (const auto *error = std::get_if<ApiError>(&located))
            return done(*error);
        const Callback cb = std::get<Callback>(located);
        if (cb.state == CallbackState::Completed)
            return done(completedError(cb));
        m_services.find(
            cb.tenant, cb.serviceName, [this, caller, cb, userData, done](const auto &found) {
                if (!found.ok())
                    return done(toApiError(found.error(), caller.corrId));
                const int size =
                    userData.isEmpty()
                        ? 0
                        : int(QJsonDocument(userData).toJson(QJsonDocument::Compact).size());
                // A service deleted since keeps its callbacks; they keep the default limit.
                const int limit = found.value() ? found.value()->maxUserDataBytes
                                                : ServiceConfig().maxUserDataBytes;
                if (size > limit)
                    return done(ApiError::field(
                        errc::InvalidField, "userData",
                        QStringLiteral("is %1 bytes; this service accepts at most %2")
                            .arg(size)
                            .arg(limit)));
                store(caller, cb, userData, done);
            });
    });
}

void CallbackEditor::store(const Caller &caller, const Callback &cb, const QJsonObject &userData,
                           OutcomeHandler done)
{
    // The audit names the keys only: user data may hold personal data.
    const AuditEntry audit =
        auditEntry(caller, QStringLiteral("callback.edit"), cb.tenant, cb.id,
                   {{"userDataKeys", QJsonArray::fromStringList(userData.keys())}});
    const QString tenant = cb.tenant;
    const QString id = cb.id;
    m_writer.submit<CallbackEditRecords::EditResult>(
        this,
        [tenant, id, userData, audit](QSqlDatabase &db) {
            return CallbackEditRecords::replaceUserData(db, tenant, id, userData, audit);
        },
        [this, caller, id, done](const DbResult<CallbackEditRecords::EditResult> &result) {
            if (!result.ok())
                return done(toApiError(result.error(), caller.corrId));
            using V = CallbackEditRecords::Verdict;
            switch (result.value().verdict) {
            case V::NotFound:
                return done(CallbackSearch::notFound(id));
            case V::InvalidState:
            case V::SlotFull:
                return done(completedError(*result.value().callback));
            case V::Done:
                break;
            }
            const Callback &updated = *result.value().callback;
            m_cache.put(updated);
            done(CallbackSearch::toJson(updated));
        });
}

void CallbackEditor::cancel(const Caller &caller, const QStringList &tenants, const QString &id,
                            OutcomeHandler done)
{
    m_search.locate(caller, tenants, id, [this, caller, done](const auto &located) {
        if (const auto *error = std::get_if<ApiError>(&located))
            return done(*error);
        const Callback &cb = std::get<Callback>(located);
        const Caller owner{cb.tenant, caller.actor, caller.corrId, false};
        m_lifecycle.cancel(owner, cb.id, done,
                           auditEntry(caller, QStringLiteral("callback.cancel"), cb.tenant, cb.id));
    });
}

} // namespace ges
