#include "OrsAnnouncer.h"
#include "ops/AlertCounters.h"
#include "shared/IsoTime.h"

namespace ges {

void OrsAnnouncer::announce(const Callback &cb, const QString &virtualQueue,
                            std::function<void(bool)> done)
{
    m_redis.command({"XADD", m_stream, "*", "id", cb.id.toUtf8(), "tenant", cb.tenant.toUtf8(),
                     "serviceName", cb.serviceName.toUtf8(), "virtualQueue", virtualQueue.toUtf8(),
                     "phoneNumber", cb.phoneNumber.toUtf8(), "desiredTime",
                     isotime::format(cb.desiredTime).toUtf8(), "priority",
                     QByteArray::number(cb.priority), "callback",
                     cb.toCompactJson(Callback::JsonFor::Routing)},
                    [done, alerts = m_alerts](const RedisReply &r) {
                        if (alerts)
                            alerts->record(AlertCounters::Alert::OrsAnnounce, !r.isError());
                        if (done)
                            done(!r.isError());
                    });
}

} // namespace ges
