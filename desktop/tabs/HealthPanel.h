#pragma once
#include "client/ApiResult.h"
#include "client/DeveloperRecords.h"

#include <QWidget>

class DeveloperApi;
class DependencyHealthModel;
class ErrorBanner;
class QLabel;
class QPushButton;
class QTimer;

// The server's dependency health (GET /ges/v1/health/detail): overall status, node,
// version and each dependency's status and latency; refreshed every ten seconds while shown.
class HealthPanel : public QWidget
{
    Q_OBJECT

public:
    static constexpr int RefreshIntervalMs = 10000;

    explicit HealthPanel(DeveloperApi *api, QWidget *parent = nullptr);

    DependencyHealthModel *model() const { return m_model; }
    QString overallStatus() const { return m_status; }
    bool isRefreshing() const;

public slots:
    void refresh();
    void clear();
    void updateLiveRefresh();

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void showHealth(const HealthDetail &health);

    DeveloperApi *m_api;
    DependencyHealthModel *m_model;
    QLabel *m_statusLabel;
    QLabel *m_nodeLabel;
    QLabel *m_versionLabel;
    QPushButton *m_refreshButton;
    ErrorBanner *m_errorBanner;
    QTimer *m_timer;
    QString m_status;
    bool m_inFlight = false;
    int m_generation = 0;
};
