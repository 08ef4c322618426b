#include "UsersTab.h"
#include "widgets/BusyBar.h"

#include "client/RequestTracker.h"
#include "dialogs/Confirmation.h"
#include "dialogs/PasswordDialog.h"
#include "dialogs/UserDialog.h"
#include "models/SessionTableModel.h"
#include "models/UserTableModel.h"
#include "settings/ColumnLayout.h"
#include "widgets/ErrorBanner.h"
#include "widgets/Icons.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

UsersTab::UsersTab(AdminClient *client, QWidget *parent)
    : QWidget(parent), m_client(client), m_api(client), m_userModel(new UserTableModel(this)),
      m_sessionModel(new SessionTableModel(this)), m_userProxy(new QSortFilterProxyModel(this)),
      m_sessionProxy(new QSortFilterProxyModel(this)), m_userDialog(new UserDialog(client, this)),
      m_passwordDialog(new PasswordDialog(client, this)), m_errorBanner(new ErrorBanner(this)),
      m_statusLabel(new QLabel(this)), m_busyBar(new BusyBar(this)),
      m_userRequests(new RequestTracker(this)), m_sessionRequests(new RequestTracker(this))
{
    m_userModel->setObjectName("userModel");
    m_sessionModel->setObjectName("sessionModel");
    m_userProxy->setSourceModel(m_userModel);
    m_sessionProxy->setSourceModel(m_sessionModel);
    m_userView = makeView("userView", m_userProxy, UserTableModel::SortRole);
    m_userView->sortByColumn(UserTableModel::NameColumn, Qt::AscendingOrder);
    ColumnLayout::remember(m_userView->horizontalHeader(), QStringLiteral("users"));
    m_statusLabel->setObjectName("statusLabel");
    m_statusLabel->setWordWrap(true);

    QWidget *sessions = buildSessions();
    QWidget *toolBar = buildToolBar(); // after the sessions: Delete is bound to their view
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_userView);
    splitter->addWidget(sessions);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(toolBar);
    layout->addWidget(m_errorBanner);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_statusLabel);

    connect(m_userView->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateActions();
        reloadSessions();
    });
    connect(m_sessionView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &UsersTab::updateActions);
    connect(m_userView, &QTableView::doubleClicked, this, &UsersTab::editSelected);
    connect(m_userDialog, &UserDialog::saved, this, &UsersTab::afterSave);
    connect(m_passwordDialog, &PasswordDialog::passwordChanged, this, [this](const QString &name) {
        m_statusLabel->setText(
            tr("The password of %1 is changed; their sessions have ended.").arg(name));
        reloadSessions();
    });
    connect(m_client, &AdminClient::sessionStarted, this, &UsersTab::reload);
    connect(m_client, &AdminClient::loggedOut, this, &UsersTab::clear);
    for (RequestTracker *requests : {m_userRequests, m_sessionRequests})
        connect(requests, &RequestTracker::busyChanged, this,
                [this] { m_busyBar->setVisible(isBusy()); });
    updateActions();
}

bool UsersTab::isBusy() const
{
    return m_userRequests->isBusy() || m_sessionRequests->isBusy();
}

QTableView *UsersTab::makeView(const char *name, QSortFilterProxyModel *proxy, int sortRole)
{
    auto *view = new QTableView(this);
    view->setObjectName(QLatin1String(name));
    proxy->setSortRole(sortRole);
    view->setModel(proxy);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->setSortingEnabled(true);
    return view;
}

QPushButton *UsersTab::makeButton(const char *name, const QString &text, const QString &icon)
{
    auto *button = new QPushButton(Icons::action(icon), text, this);
    button->setObjectName(QLatin1String(name));
    return button;
}

QWidget *UsersTab::buildToolBar()
{
    m_newButton = makeButton("newUserButton", tr("&New user…"), "new");
    m_editButton = makeButton("editUserButton", tr("&Edit…"), "edit");
    m_passwordButton = makeButton("resetPasswordButton", tr("Reset &password…"), "password");
    m_refreshButton = makeButton("refreshButton", tr("Refres&h"), "refresh");
    const auto native = [](QKeySequence::StandardKey key) {
        return QKeySequence(key).toString(QKeySequence::NativeText);
    };
    m_newButton->setToolTip(tr("Create a user (%1)").arg(native(QKeySequence::New)));
    m_refreshButton->setToolTip(
        tr("Load the users and sessions again (%1)").arg(native(QKeySequence::Refresh)));
    connect(m_newButton, &QPushButton::clicked, this, &UsersTab::newUser);
    connect(m_editButton, &QPushButton::clicked, this, &UsersTab::editSelected);
    connect(m_passwordButton, &QPushButton::clicked, this, &UsersTab::resetPassword);
    connect(m_refreshButton, &QPushButton::clicked, this, &UsersTab::reload);
    // A button's own shortcut is its mnemonic; the standard keys come from actions.
    const auto addShortcut = [this](QWidget *on, QKeySequence::StandardKey key, auto slot) {
        auto *action = new QAction(on);
        action->setShortcut(key);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        on->addAction(action);
        connect(action, &QAction::triggered, this, slot);
    };
    addShortcut(this, QKeySequence::New, &UsersTab::newUser);
    addShortcut(this, QKeySequence::Refresh, &UsersTab::reload);
    addShortcut(m_sessionView, QKeySequence::Delete, &UsersTab::endSelectedSession);

    m_busyBar->setObjectName("busyIndicator");

    auto *bar = new QWidget(this);
    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    for (QPushButton *button : {m_newButton, m_editButton, m_passwordButton, m_refreshButton})
        row->addWidget(button);
    row->addWidget(m_busyBar);
    row->addStretch(1);
    return bar;
}

QWidget *UsersTab::buildSessions()
{
    auto *box = new QWidget(this);
    m_sessionView = makeView("sessionView", m_sessionProxy, SessionTableModel::SortRole);
    m_sessionView->setParent(box);
    m_sessionView->sortByColumn(SessionTableModel::LastSeenColumn, Qt::DescendingOrder);
    ColumnLayout::remember(m_sessionView->horizontalHeader(), QStringLiteral("sessions"));
    m_sessionsTitle = new QLabel(box);
    m_sessionsTitle->setObjectName("sessionsTitle");
    m_endSessionButton = makeButton("endSessionButton", tr("End sess&ion"), "logout");
    m_endSessionButton->setParent(box);
    m_endSessionButton->setToolTip(tr("Log the selected session out at once (Del)"));
    connect(m_endSessionButton, &QPushButton::clicked, this, &UsersTab::endSelectedSession);

    auto *header = new QHBoxLayout;
    header->addWidget(m_sessionsTitle, 1);
    header->addWidget(m_endSessionButton);
    auto *column = new QVBoxLayout(box);
    column->setContentsMargins(0, 0, 0, 0);
    column->addLayout(header);
    column->addWidget(m_sessionView, 1);
    return box;
}

bool UsersTab::mayManage() const
{
    return m_client->hasSession() && m_client->session().may(ges::Permission::UsersManage);
}

void UsersTab::reload()
{
    if (!m_client->hasSession() || !m_client->session().may(ges::Permission::UsersRead)) {
        updateActions();
        return; // the tab is disabled for this session's roles
    }
    const RequestTracker::Ticket ticket = m_userRequests->begin();
    m_api.listUsers(this, [this, ticket](const ApiResult<QList<AdminUserInfo>> &result) {
        if (m_userRequests->finish(ticket))
            usersArrived(result);
    });
}

void UsersTab::usersArrived(const ApiResult<QList<AdminUserInfo>> &result)
{
    if (!result.ok()) {
        m_errorBanner->showError(tr("Could not load the users"), result.error());
        return;
    }
    m_errorBanner->hide();
    const AdminUserInfo *current = selectedUser();
    const QString keep = current ? current->name : QString();
    m_userModel->setUsers(result.value());
    selectUser(keep);
    reloadSessions(); // the selection may have gone with the reset
    updateActions();
}

// The sessions of the selected user, or one's own: the API lists one user at a time.
void UsersTab::reloadSessions()
{
    if (!m_client->hasSession() || !m_client->session().may(ges::Permission::UsersRead))
        return;
    const AdminUserInfo *user = selectedUser();
    m_sessionsUser = user ? user->name : m_client->session().userName;
    m_sessionsTitle->setText(tr("Sessions of %1:").arg(m_sessionsUser));
    const RequestTracker::Ticket ticket = m_sessionRequests->begin();
    m_api.listSessions(m_sessionsUser, this,
                       [this, ticket](const ApiResult<QList<AdminSessionInfo>> &result) {
                           if (m_sessionRequests->finish(ticket))
                               sessionsArrived(result);
                       });
}

void UsersTab::sessionsArrived(const ApiResult<QList<AdminSessionInfo>> &result)
{
    if (!result.ok()) {
        m_sessionModel->clear();
        m_errorBanner->showError(tr("Could not load the sessions of %1").arg(m_sessionsUser),
                                 result.error());
        return;
    }
    m_sessionModel->setSessions(result.value());
    updateActions();
}

void UsersTab::clear()
{
    m_userRequests->invalidate();
    m_sessionRequests->invalidate();
    m_userModel->clear();
    m_sessionModel->clear();
    m_sessionsUser.clear();
    m_sessionsTitle->setText(tr("Sessions"));
    m_errorBanner->hide();
    m_statusLabel->clear();
    // With the passwords they may hold: typed for the ended session.
    m_userDialog->discard();
    m_passwordDialog->discard();
    updateActions();
}

void UsersTab::newUser()
{
    if (!m_newButton->isEnabled())
        return;
    const SessionInfo &session = m_client->session();
    m_userDialog->prepareCreate(session.allTenants() ? QStringList() : session.tenants);
    m_userDialog->open();
}

void UsersTab::editSelected()
{
    const AdminUserInfo *user = selectedUser();
    if (!user || !m_editButton->isEnabled())
        return;
    m_userDialog->prepareEdit(*user);
    m_userDialog->open();
}

void UsersTab::resetPassword()
{
    const AdminUserInfo *user = selectedUser();
    if (!user || !m_passwordButton->isEnabled())
        return;
    m_passwordDialog->prepare(user->name);
    m_passwordDialog->open();
}

void UsersTab::afterSave(const AdminUserInfo &user)
{
    m_statusLabel->setText(tr("User %1 saved.").arg(user.name));
    QList<AdminUserInfo> users;
    const int row = m_userModel->rowOf(user.name);
    for (int i = 0; i < m_userModel->rowCount(); ++i)
        users.append(i == row ? user : m_userModel->userAt(i));
    if (row < 0)
        users.append(user);
    m_userModel->setUsers(users);
    selectUser(user.name);
    reload(); // the server's list, with whatever others changed meanwhile
}

void UsersTab::endSelectedSession()
{
    const AdminSessionInfo *session = selectedSession();
    if (!session || !m_endSessionButton->isEnabled())
        return;
    const QString id = session->id;
    const QString text =
        session->current
            ? tr("End your own session? You will have to log in again.")
            : tr("End this session of %1 now? Its next request is refused.").arg(session->user);
    Confirmation::ask(this, tr("End Session"), text, tr("&End session"), [this, id] {
        const RequestTracker::Ticket ticket = m_sessionRequests->track();
        m_api.endSession(id, this, [this, ticket](const ApiResult<AdminClient::Done> &result) {
            m_sessionRequests->finish(ticket);
            if (!result.ok())
                m_errorBanner->showError(tr("Could not end the session"), result.error());
            else
                m_statusLabel->setText(tr("The session has ended."));
            reloadSessions();
        });
    });
}

const AdminUserInfo *UsersTab::selectedUser() const
{
    const QModelIndexList rows = m_userView->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return nullptr;
    const QModelIndex source = m_userProxy->mapToSource(rows.constFirst());
    return source.isValid() ? &m_userModel->userAt(source.row()) : nullptr;
}

const AdminSessionInfo *UsersTab::selectedSession() const
{
    const QModelIndexList rows = m_sessionView->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return nullptr;
    const QModelIndex source = m_sessionProxy->mapToSource(rows.constFirst());
    return source.isValid() ? &m_sessionModel->sessionAt(source.row()) : nullptr;
}

void UsersTab::selectUser(const QString &name)
{
    const int row = m_userModel->rowOf(name);
    if (row >= 0)
        m_userView->selectRow(m_userProxy->mapFromSource(m_userModel->index(row, 0)).row());
}

void UsersTab::updateActions()
{
    const bool may = mayManage();
    const bool chosen = selectedUser() != nullptr;
    m_newButton->setEnabled(may);
    m_editButton->setEnabled(may && chosen);
    m_passwordButton->setEnabled(may && chosen);
    m_endSessionButton->setEnabled(may && selectedSession() != nullptr);
    m_refreshButton->setEnabled(m_client->hasSession());
}
