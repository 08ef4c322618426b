#pragma once
#include "client/QueuesApi.h"
#include "models/QueueHistory.h"

#include <QWidget>

class AdminClient;
class BusyBar;
class ErrorBanner;
class QueueChart;
class QueueTableModel;
class SlotOccupancyModel;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class QTimer;
class RequestTracker;

// Queues tab: every service at a glance, refreshed live every two seconds while the tab is
// shown, a chart of the selected service's (or all services') waiting callbacks and EWT
// over the last hour, and its slot occupancy for the coming days.
class QueuesTab : public QWidget
{
    Q_OBJECT

public:
    static constexpr int RefreshIntervalMs = 2000;
    static constexpr int SlotDays = 7;

    explicit QueuesTab(AdminClient *client, QWidget *parent = nullptr);

    QueueTableModel *model() const { return m_model; }
    SlotOccupancyModel *slotModel() const { return m_slotModel; }
    const QueueHistory &history() const { return m_history; }
    QueueChart *chart() const { return m_chart; }
    bool isRefreshing() const; // the live refresh timer runs
    int requestsSent() const { return m_requestsSent; }
    QString selectedKey() const; // QueueInfo::key() of the selected row, empty: none

public slots:
    void refresh();
    void clear();

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    QWidget *buildToolBar();
    QWidget *buildDetails();
    void updateLiveRefresh();
    void answered(const ApiResult<QList<QueueInfo>> &result);
    void showSelected();

    AdminClient *m_client;
    QueuesApi m_api;
    QueueTableModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_view;
    SlotOccupancyModel *m_slotModel;
    QTableView *m_slotView;
    QLabel *m_slotTitle;
    QueueChart *m_chart;
    QueueHistory m_history;
    QTimer *m_timer;
    QPushButton *m_refreshButton;
    BusyBar *m_busyBar;
    QLabel *m_updatedLabel;
    ErrorBanner *m_errorBanner;
    // At most one refresh at a time: a slow server skips ticks. Answers of before a logout
    // are dropped.
    RequestTracker *m_requests;
    int m_requestsSent = 0;
    bool m_columnsFitted = false;
};
