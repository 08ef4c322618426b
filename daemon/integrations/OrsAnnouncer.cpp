#include "OrsAnnouncer.h"
#include "ops/AlertCounters.h"
#include "shared/IsoTime.h"

namespace ges {

void OrsAnnouncer::announce(const Callback &cb, const QString &virtualQueue,
                            std::function<void(bool)> done)
{
    // Built in place (resp::CommandBuilder): one stream entry per create, whose eighteen
    // arguments as QByteArrays of their own were a dozen allocations each time.
    resp::CommandBuilder &out = m_command;
    out.start();
    out.add(QByteArrayView("XADD"));
    out.add(QByteArrayView(m_stream));
    out.add(QByteArrayView("*"));
    out.add(QByteArrayView("id"));
    out.add(QStringView(cb.id));
    out.add(QByteArrayView("tenant"));
    out.add(QStringView(cb.tenant));
    out.add(QByteArrayView("serviceName"));
    out.add(QStringView(cb.serviceName));
    out.add(QByteArrayView("virtualQueue"));
    out.add(QStringView(virtualQueue));
    out.add(QByteArrayView("phoneNumber"));
    out.add(QStringView(cb.phoneNumber));
    out.add(QByteArrayView("desiredTime"));
    QByteArray time;
    isotime::appendTo(time, cb.desiredTime);
    out.add(QByteArrayView(time));
    out.add(QByteArrayView("priority"));
    out.add(qint64(cb.priority));
    out.add(QByteArrayView("callback"));
    out.add(QByteArrayView(cb.toCompactJson(Callback::JsonFor::Routing)));
    m_redis.commandEncoded(out.finish(), [done, alerts = m_alerts](const RedisReply &r) {
        if (alerts)
            alerts->record(AlertCounters::Alert::OrsAnnounce, !r.isError());
        if (done)
            done(!r.isError());
    });
}

} // namespace ges
