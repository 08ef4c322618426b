#pragma once
#include "AdminClient.h"

#include <QDate>
#include <QList>
#include <QString>
#include <optional>

// Booked / free / total slot places of one local day of a service.
struct QueueSlotDay
{
    QDate day;
    int booked = 0;
    int free = 0;
    int total = 0;
};

// One service as GET /ges/v1/admin/queues describes it (docs/openapi.yaml, QueueView).
struct QueueInfo
{
    QString tenant;
    QString service;
    QString virtualQueue;
    bool open = false;
    qint64 openForSeconds = 0; // until the office closes; 0 when closed
    int scheduled = 0;
    int queued = 0;
    int routing = 0;
    int processing = 0;
    int completedToday = 0;
    std::optional<int> waiting; // the Redis queue length; none when Redis cannot say
    int ewtSeconds = -1;        // -1: unknown, see ewtMessage
    QString ewtMessage;
    QList<QueueSlotDay> slotDays;

    // Identifies the service across refreshes (tenant and name; ids are not needed).
    QString key() const { return tenant + QLatin1Char('/') + service; }
    // The callbacks waiting to be called: the Redis length, or the QUEUED count without it.
    int waitingNow() const { return waiting.value_or(queued); }
    int inProgress() const { return routing + processing; }

    static std::optional<QueueInfo> fromJson(const QJsonObject &json);
};

// Typed calls of the Queues tab.
class QueuesApi
{
public:
    explicit QueuesApi(AdminClient *client) : m_client(client) {}

    // Every service the session may see, with slot occupancy for `days` local days.
    void overview(int days, QObject *context, AdminClient::Handler<QList<QueueInfo>> handler);

private:
    AdminClient *m_client;
};
