#pragma once
#include "client/ServicesApi.h"

#include <QWidget>
#include <functional>

class AdminClient;
class CallInGroupTableModel;
class ErrorBanner;
class QProgressBar;
class QPushButton;
class RecordListSection;
class RequestTracker;
class ServiceTableModel;

// Services tab: the callback services (office hours, special days, slots, policies) and
// the click-to-call-in groups, each a list with New / Edit / Delete. Editing happens in
// ServiceDialog and CallInGroupDialog; a role without ServicesManage opens them read-only.
class ServicesTab : public QWidget
{
    Q_OBJECT

public:
    explicit ServicesTab(AdminClient *client, QWidget *parent = nullptr);

    ServiceTableModel *serviceModel() const { return m_services; }
    CallInGroupTableModel *groupModel() const { return m_groups; }
    RecordListSection *serviceSection() const { return m_serviceSection; }
    RecordListSection *groupSection() const { return m_groupSection; }
    bool isBusy() const;

public slots:
    void reload();
    void clear();

private:
    QWidget *buildToolBar();
    void updatePermissions();
    QStringList offeredTenants() const;
    void openService(int row, bool isNew);
    void openGroup(int row, bool isNew);
    void confirmDelete(const QString &question, std::function<void()> action);
    void deleteService(int row);
    void deleteGroup(int row);
    void servicesArrived(const ApiResult<QList<ges::ServiceConfig>> &result);
    void groupsArrived(const ApiResult<QList<ges::CallInGroup>> &result);

    AdminClient *m_client;
    ServicesApi m_api;
    ServiceTableModel *m_services;
    CallInGroupTableModel *m_groups;
    RecordListSection *m_serviceSection;
    RecordListSection *m_groupSection;
    QPushButton *m_refreshButton;
    QProgressBar *m_busyBar;
    ErrorBanner *m_error;
    // A reload makes older list answers stale; clear() makes every answer still out count
    // for nothing.
    RequestTracker *m_requests;
    // Columns fit the first rows seen; after that their widths are the user's.
    bool m_serviceColumnsFitted = false;
    bool m_groupColumnsFitted = false;
};
