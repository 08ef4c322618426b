#pragma once
#include "client/ApiResult.h"
#include "client/CallbackPage.h"
#include "client/CallbackQuery.h"
#include "client/CallbacksApi.h"

#include <QWidget>

class AdminClient;
class CallbackActions;
class CallbackDetailPane;
class CallbackExporter;
class CallbackFilterBar;
class CallbackTableModel;
class ErrorBanner;
class QAction;
class QLabel;
class QProgressBar;
class QProgressDialog;
class QPushButton;
class QTableView;
struct ClientError;

// Callbacks tab: the callbacks of the admin API, filtered and sorted on the server (so a
// filter or an order covers every page, not just the loaded ones), loaded page by page as
// the view scrolls; actions on the selection (CallbackActions), the selected callback's
// details and history beside the table, and a CSV export of what the filters match.
class CallbacksTab : public QWidget
{
    Q_OBJECT

public:
    explicit CallbacksTab(AdminClient *client, QWidget *parent = nullptr);

    CallbackTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    CallbackDetailPane *detailPane() const { return m_detail; }
    CallbackActions *actions() const { return m_actions; }
    QAction *exportAction() const { return m_exportAction; }
    bool isBusy() const { return m_pending > 0; }
    bool isExporting() const;
    void setPageSize(int rows) { m_pageSize = rows; }
    // The filters, order and page size the widgets show now: the next reload's query.
    CallbackQuery query(const QString &cursor = {}) const;
    // The query of the list shown: what the last reload applied. Its next pages and the
    // export use it, never filter text typed since (not applied, not what the list shows).
    CallbackQuery appliedQuery() const { return m_applied; }

public slots:
    void reload();
    void clear();
    // Exports to `fileName` without asking (the Export action asks for it first).
    void exportTo(const QString &fileName);

signals:
    void busyChanged(bool busy);
    void exportFinished(bool ok);

private:
    void buildView();
    void buildRefresh();
    QWidget *buildToolBar();
    void sortRequested(int column, Qt::SortOrder order);
    void fetchPage(const QString &cursor);
    void pageArrived(bool firstPage, const ApiResult<CallbackPage> &result);
    void showFirstPage(const CallbackPage &page);
    void currentChanged();
    void requestStarted();
    void requestFinished();
    void updateSummary();
    void sessionStarted();
    void chooseExportFile();
    void showExportProgress(qint64 bytes, qint64 rows);
    void exportDone(bool ok, const QString &message);

    AdminClient *m_client;
    CallbacksApi m_api;
    CallbackTableModel *m_model;
    QTableView *m_view;
    CallbackFilterBar *m_filters;
    CallbackDetailPane *m_detail;
    CallbackActions *m_actions;
    CallbackExporter *m_exporter;
    QAction *m_exportAction = nullptr;
    QProgressDialog *m_exportProgress = nullptr;
    QPushButton *m_refreshButton = nullptr;
    QProgressBar *m_busyBar = nullptr;
    QLabel *m_summaryLabel = nullptr;
    ErrorBanner *m_error;
    int m_pageSize = 100;
    CallbackQuery m_applied;
    CallbackQuery::TimeField m_sort = CallbackQuery::TimeField::Created;
    bool m_ascending = false;
    bool m_columnsFitted = false;
    int m_pending = 0;
    // Bumped by every reload; answers to requests of an older generation are dropped,
    // so a slow old page can never land in a newer, differently filtered list.
    int m_generation = 0;
};
