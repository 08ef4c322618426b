#pragma once
#include "client/ApiResult.h"
#include "client/CallbackPage.h"
#include "client/CallbackQuery.h"

#include <QWidget>

class AdminClient;
class CallbackTableModel;
struct ClientError;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

// Callbacks tab: the callbacks of the admin API, filtered on the server (so a filter
// sees every page, not just the loaded ones) and sorted locally.
class CallbacksTab : public QWidget
{
    Q_OBJECT

public:
    explicit CallbacksTab(AdminClient *client, QWidget *parent = nullptr);

    CallbackTableModel *model() const { return m_model; }
    bool isBusy() const { return m_pending > 0; }
    void setPageSize(int rows) { m_pageSize = rows; }

public slots:
    void reload();
    void clear();

signals:
    void busyChanged(bool busy);

private:
    void buildFilters();
    QLineEdit *makeFilterEdit(const char *name, const QString &placeholder);
    QWidget *buildToolBar();
    void fetchPage(const QString &cursor);
    void pageArrived(bool firstPage, const ApiResult<CallbackPage> &result);
    void showFirstPage(const CallbackPage &page);
    CallbackQuery query(const QString &cursor) const;
    void requestStarted();
    void requestFinished();
    void showError(const ClientError &error);
    void updateSummary();

    AdminClient *m_client;
    CallbackTableModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_view;
    QComboBox *m_stateCombo;
    QLineEdit *m_serviceEdit;
    QLineEdit *m_tenantEdit;
    QPushButton *m_refreshButton;
    QProgressBar *m_busyBar;
    QLabel *m_summaryLabel;
    QLabel *m_errorLabel;
    int m_pageSize = 100;
    bool m_columnsFitted = false;
    int m_pending = 0;
    // Bumped by every reload; answers to requests of an older generation are dropped,
    // so a slow old page can never land in a newer, differently filtered list.
    int m_generation = 0;
};
