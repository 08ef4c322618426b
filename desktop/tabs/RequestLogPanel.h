#pragma once
#include "client/ApiResult.h"
#include "client/DeveloperRecords.h"

#include <QWidget>

class AdminClient;
class BusyBar;
class DeveloperApi;
class ErrorBanner;
class RequestLogModel;
class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableView;

// The API request log of one tenant (the server keeps one capped log per tenant), filtered
// on the server by status class and path, paged by cursor as the view scrolls, with the
// details of the selected call (its error code and message, request id, address).
class RequestLogPanel : public QWidget
{
    Q_OBJECT

public:
    explicit RequestLogPanel(DeveloperApi *api, QWidget *parent = nullptr);

    RequestLogModel *model() const { return m_model; }
    bool isBusy() const { return m_pending > 0; }
    void setPageSize(int rows) { m_pageSize = rows; }
    QString details() const; // the details pane's text
    // The query of the list shown: the last reload's. Next pages use it, never filter text
    // typed since and not yet confirmed.
    RequestLogQuery appliedQuery() const { return m_applied; }

public slots:
    void reload();
    void clear();
    // Offers these tenants in the filter; picks one if none is chosen yet.
    void addTenants(const QStringList &tenants);

private:
    QWidget *buildFilters();
    void fetchPage(const QString &cursor);
    void pageArrived(bool firstPage, const ApiResult<RequestLogPage> &result);
    void showSelected();
    RequestLogQuery currentQuery() const; // what the filter widgets say now
    void setPending(int delta);

    DeveloperApi *m_api;
    AdminClient *m_client;
    RequestLogModel *m_model;
    QTableView *m_view;
    QComboBox *m_statusCombo;
    QLineEdit *m_pathEdit;
    QComboBox *m_tenantCombo;
    QPushButton *m_refreshButton;
    BusyBar *m_busyBar;
    ErrorBanner *m_errorBanner;
    QPlainTextEdit *m_details;
    RequestLogQuery m_applied;
    int m_pageSize = 100;
    int m_pending = 0;
    int m_generation = 0;
};
