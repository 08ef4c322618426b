#include "WaitEstimator.h"
#include "store/CallbackCache.h"
#include "store/ThroughputMeter.h"

#include <QStringList>
#include <cmath>
#include <memory>

namespace ges {

namespace {
const QString kNoRate = QStringLiteral("no callback of this queue was served in the last 15 "
                                       "minutes, so no wait time can be estimated yet");
}

int WaitEstimator::secondsFor(int position, std::optional<double> rate)
{
    if (!rate || *rate <= 0)
        return -1;
    return int(std::ceil(double(std::max(position, 0)) / *rate));
}

void WaitEstimator::forPosition(const QString &tenant, const QString &service, int position,
                                Done done)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_meter.rate(tenant, service, now,
                 [position, now, done = std::move(done)](std::optional<double> rate) {
                     Estimate e;
                     e.computedAt = now;
                     e.waiting = position;
                     e.seconds = secondsFor(position, rate);
                     if (e.seconds < 0)
                         e.message = kNoRate;
                     done(e);
                 });
}

void WaitEstimator::forNewArrival(const QString &tenant, const QString &service, Done done)
{
    forServices(tenant, {service}, std::move(done));
}

void WaitEstimator::forServices(const QString &tenant, const QStringList &services, Done done)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    struct Sum
    {
        int pending = 0;
        int waiting = 0;
        double rate = 0;
        bool known = false;
        bool redisDown = false;
    };
    auto sum = std::make_shared<Sum>();
    sum->pending = int(services.size()) * 2;
    auto finish = [sum, now, done] {
        if (--sum->pending > 0)
            return;
        Estimate e;
        e.computedAt = now;
        e.waiting = sum->waiting;
        e.seconds =
            secondsFor(sum->waiting + 1, sum->known ? std::optional(sum->rate) : std::nullopt);
        if (sum->redisDown) {
            e.seconds = -1;
            e.message = QStringLiteral("the queue cannot be read right now");
        } else if (e.seconds < 0) {
            e.message = kNoRate;
        }
        done(e);
    };
    if (services.isEmpty()) {
        Estimate e;
        e.computedAt = now;
        e.message = QStringLiteral("no callback service uses this virtual queue");
        return done(e);
    }
    for (const QString &service : services) {
        m_cache.waiting(tenant, service, [sum, finish](std::optional<int> waiting) {
            sum->waiting += waiting.value_or(0);
            sum->redisDown = sum->redisDown || !waiting;
            finish();
        });
        m_meter.rate(tenant, service, now, [sum, finish](std::optional<double> rate) {
            if (rate) {
                sum->rate += *rate;
                sum->known = true;
            }
            finish();
        });
    }
}

} // namespace ges
