#pragma once
#include <QMainWindow>

class AdminClient;
class CallbacksTab;
class LoginDialog;
class PasswordStore;
class QAction;
class QLabel;
class QTabWidget;

// The one window of ges-admin: a tab per area, the connection in the status bar. The
// window outlives sessions: when one ends it asks for a new login on top of itself.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(AdminClient *client, QWidget *parent = nullptr);

    LoginDialog *loginDialog() const { return m_loginDialog; }
    CallbacksTab *callbacksTab() const { return m_callbacksTab; }

public slots:
    void showLogin(const QString &preselectedServer = {});

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildTabs();
    void buildMenus();
    void updateConnectionState();
    void onSessionExpired();
    void logOut();

    AdminClient *m_client;
    PasswordStore *m_passwords;
    LoginDialog *m_loginDialog;
    QTabWidget *m_tabs;
    CallbacksTab *m_callbacksTab = nullptr;
    QLabel *m_connectionLabel;
    QAction *m_loginAction = nullptr;
    QAction *m_logoutAction = nullptr;
};
