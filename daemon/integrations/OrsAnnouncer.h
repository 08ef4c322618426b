#pragma once
#include "shared/Callback.h"
#include "store/RedisClient.h"
#include "store/RespEncoder.h"

#include <functional>

namespace ges {

class AlertCounters;

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
    // Each XADD's outcome feeds the ORS announce alert; `alerts` must outlive the client.
    void setAlertCounters(AlertCounters *alerts) { m_alerts = alerts; }

private:
    RedisClient &m_redis;
    QByteArray m_stream;
    AlertCounters *m_alerts = nullptr;
    resp::CommandBuilder m_command; // the XADD being written, its buffer reused
};

} // namespace ges
