#pragma once
#include "shared/Callback.h"
#include "store/RedisClient.h"

#include <functional>

namespace ges {

// Tells the routing side (ORS) about a new callback: XADD on the Voice/ORS Redis stream
// (VMCS_REDIS_STREAM_NAME), over its own connection. Fields: id, tenant, serviceName,
// virtualQueue, phoneNumber, desiredTime, priority, and the whole callback as JSON in
// "callback" (docs/routing.md).
class OrsAnnouncer
{
public:
    OrsAnnouncer(RedisClient &orsRedis, QString streamName)
        : m_redis(orsRedis), m_stream(std::move(streamName).toUtf8())
    {
    }

    void announce(const Callback &callback, const QString &virtualQueue,
                  std::function<void(bool ok)> done);

private:
    RedisClient &m_redis;
    QByteArray m_stream;
};

} // namespace ges
