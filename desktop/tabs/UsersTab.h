#pragma once
#include "client/UsersApi.h"

#include <QWidget>

class ErrorBanner;
class PasswordDialog;
class QLabel;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class RequestTracker;
class SessionTableModel;
class UserDialog;
class UserTableModel;

// Users tab (administrators): the users of the admin API with their roles and tenants,
// and the open sessions of the selected user (or one's own when none is selected).
// DevOps may look; only a Callback Administrator may change anything.
class UsersTab : public QWidget
{
    Q_OBJECT

public:
    explicit UsersTab(AdminClient *client, QWidget *parent = nullptr);

    UserTableModel *userModel() const { return m_userModel; }
    SessionTableModel *sessionModel() const { return m_sessionModel; }
    QTableView *userView() const { return m_userView; }
    QTableView *sessionView() const { return m_sessionView; }
    UserDialog *userDialog() const { return m_userDialog; }
    PasswordDialog *passwordDialog() const { return m_passwordDialog; }
    bool isBusy() const;
    QString sessionsUser() const { return m_sessionsUser; } // whose sessions are listed

public slots:
    void reload();
    void reloadSessions();
    void clear();
    void newUser();
    void editSelected();
    void resetPassword();
    void endSelectedSession();

private:
    QWidget *buildToolBar();
    QWidget *buildSessions();
    QTableView *makeView(const char *name, QSortFilterProxyModel *proxy, int sortRole);
    QPushButton *makeButton(const char *name, const QString &text, const QString &icon);
    const AdminUserInfo *selectedUser() const;
    const AdminSessionInfo *selectedSession() const;
    void usersArrived(const ApiResult<QList<AdminUserInfo>> &result);
    void sessionsArrived(const ApiResult<QList<AdminSessionInfo>> &result);
    void afterSave(const AdminUserInfo &user);
    void selectUser(const QString &name);
    void updateActions();
    bool mayManage() const;

    AdminClient *m_client;
    UsersApi m_api;
    UserTableModel *m_userModel;
    SessionTableModel *m_sessionModel;
    QSortFilterProxyModel *m_userProxy;
    QSortFilterProxyModel *m_sessionProxy;
    QTableView *m_userView = nullptr;
    QTableView *m_sessionView = nullptr;
    UserDialog *m_userDialog;
    PasswordDialog *m_passwordDialog;
    ErrorBanner *m_errorBanner;
    QLabel *m_statusLabel;
    QLabel *m_sessionsTitle = nullptr;
    QProgressBar *m_busyBar;
    RequestTracker *m_userRequests;    // of the users list; older answers are dropped
    RequestTracker *m_sessionRequests; // of the sessions list
    QPushButton *m_newButton = nullptr;
    QPushButton *m_editButton = nullptr;
    QPushButton *m_passwordButton = nullptr;
    QPushButton *m_refreshButton = nullptr;
    QPushButton *m_endSessionButton = nullptr;
    QString m_sessionsUser;
};
