#pragma once
#include "CallbackSearch.h"
#include "Caller.h"
#include "Outcome.h"

#include <QJsonObject>
#include <QObject>

namespace ges {

class ServiceCatalog;
class GroupCommitWriter;
class CallbackCache;
class CallbackLifecycle;

// An administrator's changes to one callback of `tenants` (the caller's scope; empty: any):
// its user data and its cancellation. Each is committed with its audit entry, then
// mirrored into the Redis working set.
class CallbackEditor : public QObject
{
    Q_OBJECT
public:
    CallbackEditor(CallbackSearch &search, ServiceCatalog &services, GroupCommitWriter &writer,
                   CallbackCache &cache, CallbackLifecycle &lifecycle, QObject *parent = nullptr);

    // Replaces userData, validated as on create; not for a COMPLETED callback (409).
    void replaceUserData(const Caller &caller, const QStringList &tenants, const QString &id,
                         const QJsonObject &userData, OutcomeHandler done);
    // As the external cancel (CallbackLifecycle::cancel), audited "callback.cancel".
    void cancel(const Caller &caller, const QStringList &tenants, const QString &id,
                OutcomeHandler done);

    // 400 unless every key may be a userData key (a JavaScript identifier).
    static std::optional<ApiError> checkUserDataKeys(const QJsonObject &userData);

private:
    void store(const Caller &caller, const Callback &callback, const QJsonObject &userData,
               OutcomeHandler done);

    CallbackSearch &m_search;
    ServiceCatalog &m_services;
    GroupCommitWriter &m_writer;
    CallbackCache &m_cache;
    CallbackLifecycle &m_lifecycle;
};

} // namespace ges
