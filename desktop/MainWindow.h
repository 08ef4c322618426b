#pragma once
#include <QMainWindow>

#include "shared/AdminEndpoints.h"

class AdminClient;
class CallbacksTab;
class CredentialsTab;
class DeveloperTab;
class LoginDialog;
class PasswordStore;
class QueuesTab;
class ServicesTab;
class UsersTab;
class QAction;
class QLabel;
class QProgressBar;
class QTabWidget;

// The one window of ges-admin: a tab per area, the connection in the status bar. The
// window outlives sessions: when one ends it asks for a new login on top of itself.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(AdminClient *client, QWidget *parent = nullptr);

    LoginDialog *loginDialog() const { return m_loginDialog; }
    QTabWidget *tabs() const { return m_tabs; }
    CallbacksTab *callbacksTab() const { return m_callbacksTab; }
    QueuesTab *queuesTab() const { return m_queuesTab; }
    DeveloperTab *developerTab() const { return m_developerTab; }
    CredentialsTab *credentialsTab() const { return m_credentialsTab; }
    ServicesTab *servicesTab() const { return m_servicesTab; }
    UsersTab *usersTab() const { return m_usersTab; }

public slots:
    void showLogin(const QString &preselectedServer = {});

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildTabs();
    void addTab(QWidget *tab, const char *name, const QString &title, ges::Permission needed);
    void buildMenus();
    void updateConnectionState();
    void updateTabAccess();
    void onSessionExpired();
    void closeDialogs();
    void logOut();

    AdminClient *m_client;
    PasswordStore *m_passwords;
    LoginDialog *m_loginDialog;
    QTabWidget *m_tabs;
    CallbacksTab *m_callbacksTab = nullptr;
    QueuesTab *m_queuesTab = nullptr;
    DeveloperTab *m_developerTab = nullptr;
    CredentialsTab *m_credentialsTab = nullptr;
    ServicesTab *m_servicesTab = nullptr;
    UsersTab *m_usersTab = nullptr;
    QList<QPair<QWidget *, ges::Permission>> m_tabNeeds;
    QLabel *m_connectionLabel;
    QProgressBar *m_activityBar;
    QAction *m_loginAction = nullptr;
    QAction *m_logoutAction = nullptr;
};
