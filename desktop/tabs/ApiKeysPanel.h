#pragma once
#include "client/ApiResult.h"
#include "client/DeveloperRecords.h"

#include <QWidget>

class AdminClient;
class BusyBar;
class ApiKeyTableModel;
class DeveloperApi;
class ErrorBanner;
class QCheckBox;
class QPushButton;
class QTableView;
class RequestTracker;

// The API keys section of the Developer tab: the list, Create (the key shown once in
// NewApiKeyDialog) and Revoke (after a confirmation). Create and Revoke need
// Permission::ApiKeysManage; the list needs ApiKeysRead (the tab's own condition).
class ApiKeysPanel : public QWidget
{
    Q_OBJECT

public:
    ApiKeysPanel(DeveloperApi *api, QWidget *parent = nullptr);

    ApiKeyTableModel *model() const { return m_model; }
    QString selectedId() const;

public slots:
    void reload();
    void clear();
    void createKey();     // opens the create dialog
    void revokeKey();     // asks, then revokes the selected key
    void updateActions(); // after a session change: what its role may do

signals:
    // The tenants the listed keys belong to: the request log's tenant choices.
    void tenantsSeen(const QStringList &tenants);
    // A key was just created; its tenant may be new to the request log.
    void keyCreated(const CreatedApiKey &key);

private:
    QWidget *buildToolBar();
    void keysArrived(const ApiResult<QList<ApiKeyInfo>> &result);
    void showCreatedKey(const CreatedApiKey &key);
    void revokeConfirmed(const QString &id);

    DeveloperApi *m_api;
    AdminClient *m_client;
    ApiKeyTableModel *m_model;
    QTableView *m_view;
    QPushButton *m_createButton;
    QPushButton *m_revokeButton;
    QPushButton *m_refreshButton;
    QCheckBox *m_revokedCheck;
    BusyBar *m_busyBar;
    ErrorBanner *m_errorBanner;
    // An older list answer is dropped; clear() makes every answer count for nothing.
    RequestTracker *m_requests;
};
