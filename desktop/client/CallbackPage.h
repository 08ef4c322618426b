#pragma once
#include "shared/Callback.h"

#include <QJsonValue>
#include <QList>
#include <optional>

// One page of GET /ges/v1/admin/callbacks: newest first, and the opaque cursor of the
// next page (empty when this is the last one).
struct CallbackPage
{
    QList<ges::Callback> callbacks;
    QString nextCursor;

    static std::optional<CallbackPage> fromData(const QJsonValue &data);
    // One callback of the admin API: the public fields plus its tenant.
    static std::optional<ges::Callback> adminCallback(const QJsonObject &item);
};
