#include "MainWindow.h"

#include "client/AdminClient.h"
#include "dialogs/LoginDialog.h"
#include "settings/PasswordStore.h"
#include "tabs/CallbacksTab.h"
#include "tabs/CredentialsTab.h"
#include "tabs/DeveloperTab.h"
#include "tabs/QueuesTab.h"

#include <QAction>
#include <QCloseEvent>
#include <QLabel>
#include <QMenuBar>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>

namespace {
constexpr char GeometryKey[] = "mainWindow/geometry";
constexpr char StateKey[] = "mainWindow/state";
constexpr int StatusMessageMs = 15000;
} // namespace

MainWindow::MainWindow(AdminClient *client, QWidget *parent)
    : QMainWindow(parent), m_client(client), m_passwords(new PasswordStore(this)),
      m_loginDialog(new LoginDialog(client, m_passwords, this)), m_tabs(new QTabWidget(this)),
      m_connectionLabel(new QLabel(this))
{
    setObjectName("mainWindow");
    setWindowTitle(tr("GES Administration"));
    buildTabs();
    buildMenus();
    m_connectionLabel->setObjectName("connectionLabel");
    statusBar()->addPermanentWidget(m_connectionLabel);

    connect(m_client, &AdminClient::sessionStarted, this, &MainWindow::updateConnectionState);
    connect(m_client, &AdminClient::loggedOut, this, &MainWindow::updateConnectionState);
    connect(m_client, &AdminClient::sessionExpired, this, &MainWindow::onSessionExpired);
    connect(m_loginDialog, &LoginDialog::keychainProblem, this,
            [this](const QString &message) { statusBar()->showMessage(message, StatusMessageMs); });
    updateConnectionState();

    QSettings settings;
    if (!restoreGeometry(settings.value(GeometryKey).toByteArray()))
        resize(1100, 650);
    restoreState(settings.value(StateKey).toByteArray());
}

void MainWindow::buildTabs()
{
    m_tabs->setObjectName("tabs");
    m_callbacksTab = new CallbacksTab(m_client, m_tabs);
    m_callbacksTab->setObjectName("callbacksTab");
    m_tabs->addTab(m_callbacksTab, tr("&Callbacks"));
    m_tabs->addTab(new QueuesTab(m_tabs), tr("&Queues"));
    m_tabs->addTab(new DeveloperTab(m_tabs), tr("&Developer"));
    m_tabs->addTab(new CredentialsTab(m_tabs), tr("C&redentials"));
    setCentralWidget(m_tabs);
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    m_loginAction = file->addAction(tr("Log &in…"), this, [this] { showLogin(); });
    m_loginAction->setObjectName("loginAction");
    m_loginAction->setShortcut(QKeySequence(tr("Ctrl+L")));
    m_logoutAction = file->addAction(tr("Log &out"), this, &MainWindow::logOut);
    m_logoutAction->setObjectName("logoutAction");
    m_logoutAction->setShortcut(QKeySequence(tr("Ctrl+Shift+L")));
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setObjectName("quitAction");
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);
}

void MainWindow::showLogin(const QString &preselectedServer)
{
    if (m_loginDialog->isVisible())
        return;
    m_loginDialog->prepare(preselectedServer);
    m_loginDialog->open(); // window-modal, without a nested event loop
}

void MainWindow::onSessionExpired()
{
    updateConnectionState();
    if (m_loginDialog->isVisible())
        return;
    m_loginDialog->prepare(QString(), tr("Your session has ended. Please log in again."));
    m_loginDialog->open();
}

void MainWindow::logOut()
{
    m_client->logout(this, [this](const ApiResult<AdminClient::Done> &result) {
        // Locally the session is over either way; the server forgets it after 20 minutes.
        if (!result.ok())
            statusBar()->showMessage(
                tr("Logged out; the server said: %1").arg(result.error().message), StatusMessageMs);
    });
    showLogin();
}

void MainWindow::updateConnectionState()
{
    const bool connected = m_client->hasSession();
    if (connected) {
        const SessionInfo &session = m_client->session();
        m_connectionLabel->setText(
            tr("Connected to %1 as %2").arg(session.server.toDisplayString(), session.userName));
    } else {
        m_connectionLabel->setText(tr("Not connected"));
    }
    m_loginAction->setEnabled(!connected);
    m_logoutAction->setEnabled(connected);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(GeometryKey, saveGeometry());
    settings.setValue(StateKey, saveState());
    event->accept();
}
