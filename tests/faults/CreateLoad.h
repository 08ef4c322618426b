#pragma once
// A load loop for the fault suite: `concurrency` creates in flight at all times against one
// URL (a node or haproxy), each with a unique phone number, until stopped. Every answer is
// classified: a 2xx must carry an id (recorded, so the test can look for it in PostgreSQL);
// anything a client may not simply retry (4xx other than 429, 500, a 429/503 from gesd
// without Retry-After) is a violation.
#include <QElapsedTimer>
#include <QMap>
#include <QNetworkAccessManager>
#include <QObject>
#include <QStringList>
#include <memory>
#include <vector>

namespace ges::test {

class CreateLoad : public QObject
{
    Q_OBJECT
public:
    struct Target
    {
        QString url;     // base URL, no path
        QString apiKey;
        QString service;
        QString phonePrefix; // "+4931" style; a 7-digit counter follows
    };
    CreateLoad(Target target, int concurrency, QObject *parent = nullptr);

    void start();
    void stop() { m_running = false; } // no new requests; in-flight ones finish
    bool idle() const { return !m_running && m_inFlight == 0; }

    QStringList acknowledged() const { return m_acknowledged; } // ids answered 2xx
    QMap<int, int> statuses() const { return m_statuses; }     // status (0 = no answer) → count
    QStringList violations() const { return m_violations; }
    int answered() const { return m_answered; }
    qint64 slowestMs() const { return m_slowestMs; }
    QString summary() const;

private:
    void sendOne();

    Target m_target;
    int m_concurrency;
    std::vector<std::unique_ptr<QNetworkAccessManager>> m_managers; // 6 connections each
    bool m_running = false;
    int m_inFlight = 0;
    int m_next = 0;
    int m_answered = 0;
    qint64 m_slowestMs = 0;
    QStringList m_acknowledged;
    QMap<int, int> m_statuses;
    QStringList m_violations;
};

} // namespace ges::test
