#include "CredentialsTab.h"
#include "widgets/BusyBar.h"

#include "client/RequestTracker.h"
#include "dialogs/Confirmation.h"
#include "dialogs/GwsCredentialDialog.h"
#include "models/GwsCredentialTableModel.h"
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
#include <QTableView>
#include <QVBoxLayout>

CredentialsTab::CredentialsTab(AdminClient *client, QWidget *parent)
    : QWidget(parent), m_client(client), m_api(client), m_model(new GwsCredentialTableModel(this)),
      m_proxy(new QSortFilterProxyModel(this)), m_view(new QTableView(this)),
      m_dialog(new GwsCredentialDialog(client, this)), m_errorBanner(new ErrorBanner(this)),
      m_testResultLabel(new QLabel(this)), m_busyBar(new BusyBar(this)),
      m_requests(new RequestTracker(this))
{
    m_model->setObjectName("credentialModel");
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(GwsCredentialTableModel::SortRole);
    m_view->setObjectName("credentialView");
    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(GwsCredentialTableModel::TenantColumn, Qt::AscendingOrder);
    ColumnLayout::remember(m_view->horizontalHeader(), QStringLiteral("gwsCredentials"));

    m_testResultLabel->setObjectName("testResultLabel");
    m_testResultLabel->setWordWrap(true);
    m_testResultLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_testResultLabel->setTextFormat(Qt::PlainText);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(buildToolBar());
    layout->addWidget(m_errorBanner);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_testResultLabel);

    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &CredentialsTab::updateActions);
    connect(m_view, &QTableView::doubleClicked, this, &CredentialsTab::editSelected);
    connect(m_dialog, &GwsCredentialDialog::saved, this, &CredentialsTab::afterSave);
    connect(m_client, &AdminClient::sessionStarted, this, &CredentialsTab::reload);
    connect(m_client, &AdminClient::loggedOut, this, &CredentialsTab::clear);
    connect(m_requests, &RequestTracker::busyChanged, this, [this](bool busy) {
        m_busyBar->setVisible(busy);
        updateActions();
    });
    updateActions();
}

bool CredentialsTab::isBusy() const
{
    return m_requests->isBusy();
}

QPushButton *CredentialsTab::makeButton(const char *name, const QString &text, const QString &icon)
{
    auto *button = new QPushButton(Icons::action(icon), text, this);
    button->setObjectName(QLatin1String(name));
    return button;
}

// A button's own shortcut is its mnemonic; the standard keys come from actions of the tab.
void CredentialsTab::addShortcut(const QKeySequence &keys, void (CredentialsTab::*slot)())
{
    auto *action = new QAction(this);
    action->setShortcut(keys);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(action);
    connect(action, &QAction::triggered, this, slot);
}

QWidget *CredentialsTab::buildToolBar()
{
    m_registerButton = makeButton("registerButton", tr("&Register…"), "new");
    m_editButton = makeButton("editButton", tr("&Edit…"), "edit");
    m_deleteButton = makeButton("deleteButton", tr("De&lete"), "delete");
    m_testButton = makeButton("testButton", tr("&Test"), "test");
    m_refreshButton = makeButton("refreshButton", tr("Refres&h"), "refresh");
    m_registerButton->setToolTip(
        tr("Register the GWS credentials of a tenant (%1)")
            .arg(QKeySequence(QKeySequence::New).toString(QKeySequence::NativeText)));
    m_deleteButton->setToolTip(tr("Delete the selected tenant's credentials (Del)"));
    m_testButton->setToolTip(tr("Ask the server whether GWS accepts the stored credentials"));
    m_refreshButton->setToolTip(
        tr("Load the credentials again (%1)")
            .arg(QKeySequence(QKeySequence::Refresh).toString(QKeySequence::NativeText)));
    connect(m_registerButton, &QPushButton::clicked, this, &CredentialsTab::registerCredentials);
    connect(m_editButton, &QPushButton::clicked, this, &CredentialsTab::editSelected);
    connect(m_deleteButton, &QPushButton::clicked, this, &CredentialsTab::deleteSelected);
    connect(m_testButton, &QPushButton::clicked, this, &CredentialsTab::testSelected);
    connect(m_refreshButton, &QPushButton::clicked, this, &CredentialsTab::reload);
    addShortcut(QKeySequence::New, &CredentialsTab::registerCredentials);
    addShortcut(QKeySequence::Delete, &CredentialsTab::deleteSelected);
    addShortcut(QKeySequence::Refresh, &CredentialsTab::reload);

    m_busyBar->setObjectName("busyIndicator");

    auto *bar = new QWidget(this);
    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    for (QPushButton *button :
         {m_registerButton, m_editButton, m_deleteButton, m_testButton, m_refreshButton})
        row->addWidget(button);
    row->addWidget(m_busyBar);
    row->addStretch(1);
    return bar;
}

void CredentialsTab::reload()
{
    if (!m_client->hasSession() || !m_client->session().may(ges::Permission::CredentialsRead)) {
        updateActions();
        return; // logged out (the login reloads) or the tab is disabled for these roles
    }
    const RequestTracker::Ticket ticket = m_requests->begin();
    m_api.list(this, [this, ticket](const ApiResult<QList<GwsCredentialInfo>> &result) {
        if (m_requests->finish(ticket))
            listArrived(result);
    });
}

void CredentialsTab::listArrived(const ApiResult<QList<GwsCredentialInfo>> &result)
{
    if (!result.ok()) {
        m_errorBanner->showError(tr("Could not load the GWS credentials"), result.error());
        return;
    }
    m_errorBanner->hide();
    const GwsCredentialInfo *current = selected();
    const QString keep = current ? current->tenant : QString();
    m_model->setCredentials(result.value());
    select(keep);
    updateActions();
}

void CredentialsTab::clear()
{
    m_requests->invalidate();
    m_model->clear();
    m_errorBanner->hide();
    m_testResultLabel->clear();
    m_testing.clear();
    m_dialog->discard(); // with the secret it may hold: it was typed for the ended session
    updateActions();
}

void CredentialsTab::registerCredentials()
{
    if (!m_registerButton->isEnabled())
        return;
    m_dialog->prepareRegister();
    m_dialog->open();
}

void CredentialsTab::editSelected()
{
    const GwsCredentialInfo *credential = selected();
    if (!credential || !m_editButton->isEnabled())
        return;
    m_dialog->prepareEdit(*credential);
    m_dialog->open();
}

void CredentialsTab::afterSave(const GwsCredentialInfo &credential)
{
    m_testResultLabel->clear();
    const int row = m_model->rowOf(credential.tenant);
    QList<GwsCredentialInfo> list;
    for (int i = 0; i < m_model->rowCount(); ++i)
        list.append(i == row ? credential : m_model->credentialAt(i));
    if (row < 0)
        list.append(credential);
    m_model->setCredentials(list);
    select(credential.tenant);
    reload(); // others may have changed something too
}

void CredentialsTab::deleteSelected()
{
    const GwsCredentialInfo *credential = selected();
    if (!credential || !m_deleteButton->isEnabled())
        return;
    const QString tenant = credential->tenant;
    Confirmation::ask(this, tr("Delete GWS Credentials"),
                      tr("Delete the GWS credentials of tenant %1? Its callbacks cannot reach "
                         "GWS until new ones are registered.")
                          .arg(tenant),
                      tr("&Delete"), [this, tenant] {
                          const RequestTracker::Ticket ticket = m_requests->track();
                          m_api.remove(
                              tenant, this,
                              [this, tenant, ticket](const ApiResult<AdminClient::Done> &result) {
                                  m_requests->finish(ticket);
                                  if (!result.ok())
                                      m_errorBanner->showError(
                                          tr("Could not delete the credentials of %1").arg(tenant),
                                          result.error());
                                  reload();
                              });
                      });
}

void CredentialsTab::testSelected()
{
    const GwsCredentialInfo *credential = selected();
    if (!credential || !m_testButton->isEnabled())
        return;
    m_testing = credential->tenant;
    m_testResultLabel->setText(tr("Testing the credentials of %1…").arg(m_testing));
    updateActions();
    m_api.test(m_testing, this,
               [this, tenant = m_testing](const ApiResult<GwsCredentialTestResult> &result) {
                   m_testing.clear();
                   m_testResultLabel->setText(
                       result.ok() ? describeTest(tenant, result.value())
                                   : ErrorBanner::describe(tr("Test of %1 failed").arg(tenant),
                                                           result.error()));
                   updateActions();
               });
}

// The verdict framed in the user's language; GWS's part of it in the server's words.
QString CredentialsTab::describeTest(const QString &tenant, const GwsCredentialTestResult &result)
{
    if (result.ok)
        return tr("Test of %1 passed in %2 ms: %3")
            .arg(tenant, QString::number(qRound(result.latencyMs)), result.message);
    if (result.stage == QLatin1String("stats"))
        return tr("Test of %1 failed at statistics: %2").arg(tenant, result.message);
    return tr("Test of %1 failed at authentication: %2").arg(tenant, result.message);
}

const GwsCredentialInfo *CredentialsTab::selected() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return nullptr;
    const QModelIndex source = m_proxy->mapToSource(rows.constFirst());
    return source.isValid() ? &m_model->credentialAt(source.row()) : nullptr;
}

void CredentialsTab::select(const QString &tenant)
{
    const int row = m_model->rowOf(tenant);
    if (row < 0)
        return;
    m_view->selectRow(m_proxy->mapFromSource(m_model->index(row, 0)).row());
}

void CredentialsTab::updateActions()
{
    const bool may =
        m_client->hasSession() && m_client->session().may(ges::Permission::CredentialsManage);
    const bool chosen = selected() != nullptr;
    const bool idle = !m_requests->isBusy();
    m_registerButton->setEnabled(may);
    m_editButton->setEnabled(may && chosen && idle);
    m_deleteButton->setEnabled(may && chosen && idle);
    m_testButton->setEnabled(may && chosen && m_testing.isEmpty());
    m_testButton->setText(m_testing.isEmpty() ? tr("&Test") : tr("Testing…"));
    m_refreshButton->setEnabled(m_client->hasSession());
}
