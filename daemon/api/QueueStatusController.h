#pragma once
#include "http/Router.h"

namespace ges {

class QueueStatusService;

// External API: /engagement/v3/callbacks/queue-status/{service},
// /engagement/v3/estimated-wait-time and /estimated-wait-time/virtual-queues/{queue}.
class QueueStatusController
{
public:
    explicit QueueStatusController(QueueStatusService &status) : m_status(status) {}
    void registerRoutes(Router &router);

private:
    void queueStatus(const ExchangePtr &exchange);
    void waitTimes(const ExchangePtr &exchange);
    void waitTime(const ExchangePtr &exchange);
    bool validMode(const ExchangePtr &exchange);

    QueueStatusService &m_status;
};

} // namespace ges
