#pragma once
#include "client/CredentialsApi.h"

#include <QWidget>

class ErrorBanner;
class GwsCredentialDialog;
class GwsCredentialTableModel;
class QLabel;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class RequestTracker;

// Credentials tab: the tenants' GWS credentials (register, edit, delete, test). The
// secret is typed once into the dialog and never comes back: no column, no field holds it.
class CredentialsTab : public QWidget
{
    Q_OBJECT

public:
    explicit CredentialsTab(AdminClient *client, QWidget *parent = nullptr);

    GwsCredentialTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    GwsCredentialDialog *dialog() const { return m_dialog; }
    bool isBusy() const;

public slots:
    void reload();
    void clear();
    void registerCredentials();
    void editSelected();
    void deleteSelected();
    void testSelected();

private:
    QWidget *buildToolBar();
    QPushButton *makeButton(const char *name, const QString &text, const QString &icon);
    void addShortcut(const QKeySequence &keys, void (CredentialsTab::*slot)());
    const GwsCredentialInfo *selected() const;
    void listArrived(const ApiResult<QList<GwsCredentialInfo>> &result);
    void afterSave(const GwsCredentialInfo &credential);
    void select(const QString &tenant);
    void updateActions();
    static QString describeTest(const QString &tenant, const GwsCredentialTestResult &result);

    AdminClient *m_client;
    CredentialsApi m_api;
    GwsCredentialTableModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_view;
    GwsCredentialDialog *m_dialog;
    ErrorBanner *m_errorBanner;
    QLabel *m_testResultLabel;
    QProgressBar *m_busyBar;
    RequestTracker *m_requests; // answers of an older reload are dropped
    QPushButton *m_registerButton = nullptr;
    QPushButton *m_editButton = nullptr;
    QPushButton *m_deleteButton = nullptr;
    QPushButton *m_testButton = nullptr;
    QPushButton *m_refreshButton = nullptr;
    QString m_testing; // tenant whose test is running, empty: none
};
