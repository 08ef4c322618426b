#include "MainWindow.h"

#include "client/AdminClient.h"
#include "dialogs/LoginDialog.h"
#include "settings/PasswordStore.h"
#include "tabs/CallbacksTab.h"
#include "tabs/CredentialsTab.h"
#include "tabs/DeveloperTab.h"
#include "tabs/QueuesTab.h"
#include "tabs/ServicesTab.h"
#include "tabs/UsersTab.h"
#include "widgets/Icons.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDialog>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QPointer>
#include <QProgressBar>
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
      m_connectionLabel(new QLabel(this)), m_activityBar(new QProgressBar(this))
{
    setObjectName("mainWindow");
    setWindowTitle(tr("GES Administration"));
    buildTabs();
    buildMenus();
    m_connectionLabel->setObjectName("connectionLabel");
    // Every request of every tab goes through the client: one indicator shows them all.
    m_activityBar->setObjectName("activityIndicator");
    m_activityBar->setRange(0, 0);
    m_activityBar->setMaximumWidth(80);
    m_activityBar->setTextVisible(false);
    m_activityBar->setToolTip(tr("Waiting for the server"));
    m_activityBar->hide();
    statusBar()->addPermanentWidget(m_activityBar);
    statusBar()->addPermanentWidget(m_connectionLabel);
    connect(m_client, &AdminClient::activityChanged, m_activityBar, &QWidget::setVisible);

    connect(m_client, &AdminClient::sessionStarted, this, &MainWindow::updateConnectionState);
    connect(m_client, &AdminClient::loggedOut, this, &MainWindow::updateConnectionState);
    connect(m_client, &AdminClient::loggedOut, this, &MainWindow::closeDialogs);
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
    using ges::Permission;
    m_tabs->setObjectName("tabs");
    m_callbacksTab = new CallbacksTab(m_client, m_tabs);
    addTab(m_callbacksTab, "callbacksTab", tr("&Callbacks"), Permission::CallbacksRead);
    m_queuesTab = new QueuesTab(m_client, m_tabs);
    addTab(m_queuesTab, "queuesTab", tr("&Queues"), Permission::QueuesRead);
    m_developerTab = new DeveloperTab(m_client, m_tabs);
    addTab(m_developerTab, "developerTab", tr("&Developer"), Permission::ApiKeysRead);
    m_credentialsTab = new CredentialsTab(m_client, m_tabs);
    addTab(m_credentialsTab, "credentialsTab", tr("C&redentials"), Permission::CredentialsRead);
    m_servicesTab = new ServicesTab(m_client, m_tabs);
    addTab(m_servicesTab, "servicesTab", tr("&Services"), Permission::ServicesRead);
    m_usersTab = new UsersTab(m_client, m_tabs);
    addTab(m_usersTab, "usersTab", tr("&Users"), Permission::UsersRead);
    setCentralWidget(m_tabs);
}

void MainWindow::addTab(QWidget *tab, const char *name, const QString &title,
                        ges::Permission needed)
{
    tab->setObjectName(QLatin1String(name));
    m_tabs->addTab(tab, title);
    m_tabNeeds.append({tab, needed});
}

// A tab the user's roles cannot read is disabled, not hidden, so the window keeps its
// shape for everyone; the server refuses the calls regardless.
void MainWindow::updateTabAccess()
{
    const bool connected = m_client->hasSession();
    for (const auto &[tab, needed] : std::as_const(m_tabNeeds)) {
        const int index = m_tabs->indexOf(tab);
        const bool allowed = !connected || m_client->session().may(needed);
        m_tabs->setTabEnabled(index, allowed);
        m_tabs->setTabToolTip(index, allowed ? QString()
                                             : tr("Your roles do not give access to this tab."));
    }
    if (!m_tabs->isTabEnabled(m_tabs->currentIndex())) {
        for (int i = 0; i < m_tabs->count(); ++i) {
            if (m_tabs->isTabEnabled(i)) {
                m_tabs->setCurrentIndex(i);
                break;
            }
        }
    }
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    m_loginAction =
        file->addAction(Icons::action("login"), tr("Log &in…"), this, [this] { showLogin(); });
    m_loginAction->setObjectName("loginAction");
    m_loginAction->setShortcut(QKeySequence(tr("Ctrl+L")));
    m_logoutAction =
        file->addAction(Icons::action("logout"), tr("Log &out"), this, &MainWindow::logOut);
    m_logoutAction->setObjectName("logoutAction");
    m_logoutAction->setShortcut(QKeySequence(tr("Ctrl+Shift+L")));
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setObjectName("quitAction");
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    // Alt+1 … Alt+6 jump to a tab, as in browsers.
    QMenu *view = menuBar()->addMenu(tr("&View"));
    for (int i = 0; i < m_tabs->count(); ++i) {
        QAction *go = view->addAction(m_tabs->tabText(i).remove(u'&'), this, [this, i] {
            if (m_tabs->isTabEnabled(i))
                m_tabs->setCurrentIndex(i);
        });
        go->setShortcut(QKeySequence(Qt::ALT | Qt::Key(Qt::Key_1 + i)));
    }

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About GES Administration"), this, [this] {
        QMessageBox::about(this, tr("About GES Administration"),
                           tr("<p><b>ges-admin</b> %1</p><p>Desktop administration of a GES "
                              "(Genesys Engagement Service) server: callbacks, queues, API "
                              "keys, credentials, services and users.</p>")
                               .arg(QApplication::applicationVersion().toHtmlEscaped()));
    });
    about->setMenuRole(QAction::AboutRole);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt)
        ->setMenuRole(QAction::AboutQtRole);
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

// A session's dialogs belong to its user (a secret half typed, a new key shown once): they
// close when it ends for good, on logout or when another user logs in after an expiry.
void MainWindow::closeDialogs()
{
    QList<QPointer<QDialog>> open;
    for (QDialog *dialog : findChildren<QDialog *>()) {
        if (dialog != m_loginDialog && dialog->isVisible())
            open.append(dialog);
    }
    for (const QPointer<QDialog> &dialog : std::as_const(open)) {
        if (dialog)
            dialog->reject(); // as Cancel: it forgets what was typed
        if (dialog && dialog->isVisible())
            dialog->done(QDialog::Rejected); // busy: its answer concerns the old session
    }
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
    updateTabAccess();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(GeometryKey, saveGeometry());
    settings.setValue(StateKey, saveState());
    event->accept();
}
