#pragma once
#include "AdminClient.h"
#include "CallbackPage.h"
#include "CallbackQuery.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QStringList>

class QIODevice;

// One step of a callback's history (oldest first): when, which state, why, and who
// (api:<key prefix>, user:<name>, routing, dispatcher).
struct CallbackEvent
{
    QDateTime at;
    QString state;
    QString reason;
    QString actor;
};

// GET /ges/v1/admin/callbacks/{id}: the callback with its tenant and history.
struct CallbackDetail
{
    ges::Callback callback;
    QList<CallbackEvent> history;

    static std::optional<CallbackDetail> fromData(const QJsonValue &data);
};

// A callback to create for a tenant; an invalid desiredTime means "as soon as possible".
struct NewCallback
{
    QString tenant;
    QString serviceName;
    QString phoneNumber;
    QDateTime desiredTime;
    QJsonObject userData;
};

// The answer of a bulk cancel: what was (dry run: would be) cancelled and what not.
struct BulkCancelResult
{
    struct Skipped
    {
        QString id;
        QString reason; // NOT_FOUND, PROCESSING, COMPLETED
    };
    bool dryRun = false;
    QStringList ids;
    QList<Skipped> skipped;

    static std::optional<BulkCancelResult> fromData(const QJsonValue &data);
};

// One bookable slot of the availability answer.
struct AvailabilitySlot
{
    QDateTime start;  // UTC
    int capacity = 0; // places still free
    int total = 0;
};

struct Availability
{
    QList<AvailabilitySlot> times; // "slots" in JSON (a Qt keyword in C++)
    int durationMin = 0;
    QString timeZone;

    static std::optional<Availability> fromData(const QJsonValue &data);
};

// A service as the create dialog offers it.
struct ServiceName
{
    QString tenant;
    QString name;
};

// The typed calls of the Callbacks tab (docs/admin-callbacks.md), on top of AdminClient.
class CallbacksApi
{
public:
    template <typename T> using Handler = AdminClient::Handler<T>;
    using Done = AdminClient::Done;

    explicit CallbacksApi(AdminClient *client) : m_client(client) {}
    AdminClient *client() const { return m_client; }

    void search(const CallbackQuery &query, QObject *context, Handler<CallbackPage> handler);
    void detail(const QString &id, QObject *context, Handler<CallbackDetail> handler);
    // The new callback's id.
    void create(const NewCallback &callback, QObject *context, Handler<QString> handler);
    void replaceUserData(const QString &id, const QJsonObject &userData, QObject *context,
                         Handler<ges::Callback> handler);
    void reschedule(const QString &id, const QDateTime &desiredTime, QObject *context,
                    Handler<ges::Callback> handler);
    void cancel(const QString &id, QObject *context, Handler<Done> handler);
    void bulkCancel(const QString &tenant, const QStringList &ids, bool dryRun, QObject *context,
                    Handler<BulkCancelResult> handler);
    // The free slots of `service` from `start` to local midnight `days` days later, in
    // the zone of this computer (so "a day" is the user's day).
    void availability(const QString &tenant, const QString &service, const QDateTime &start,
                      int days, QObject *context, Handler<Availability> handler);
    void services(QObject *context, Handler<QList<ServiceName>> handler);
    // Streams the CSV export of the callbacks `query` matches into `sink`.
    void exportCsv(const CallbackQuery &query, QIODevice *sink, QObject *context,
                   std::function<void(qint64 bytes)> progress, Handler<Done> handler);

private:
    AdminClient *m_client;
};
