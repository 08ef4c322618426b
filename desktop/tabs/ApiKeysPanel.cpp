#include "ApiKeysPanel.h"
#include "widgets/Icons.h"

#include "client/DeveloperApi.h"
#include "client/RequestTracker.h"
#include "dialogs/Confirmation.h"
#include "dialogs/CreateApiKeyDialog.h"
#include "dialogs/NewApiKeyDialog.h"
#include "models/ApiKeyTableModel.h"
#include "settings/ColumnLayout.h"
#include "widgets/BusyBar.h"
#include "widgets/ErrorBanner.h"
#include "widgets/WidgetShortcut.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

ApiKeysPanel::ApiKeysPanel(DeveloperApi *api, QWidget *parent)
    : QWidget(parent), m_api(api), m_client(api->client()), m_model(new ApiKeyTableModel(this)),
      m_view(new QTableView(this)), m_errorBanner(new ErrorBanner(this)),
      m_requests(new RequestTracker(this))
{
    setObjectName("apiKeysPanel");
    m_model->setObjectName("apiKeyModel");
    m_view->setObjectName("apiKeyView");
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    ColumnLayout::remember(m_view->horizontalHeader(), "apiKeys");

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(buildToolBar());
    layout->addWidget(m_errorBanner);
    layout->addWidget(m_view, 1);

    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ApiKeysPanel::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ApiKeysPanel::updateActions);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &ApiKeysPanel::updateActions);
    connect(m_requests, &RequestTracker::busyChanged, this, [this](bool busy) {
        m_busyBar->setVisible(busy);
        m_refreshButton->setEnabled(!busy);
    });
    updateActions();
}

QWidget *ApiKeysPanel::buildToolBar()
{
    m_createButton = new QPushButton(Icons::action("new"), tr("&New key…"), this);
    m_createButton->setObjectName("createKeyButton");
    connect(m_createButton, &QPushButton::clicked, this, &ApiKeysPanel::createKey);
    WidgetShortcut::add(this, QKeySequence::New, [this] {
        if (m_createButton->isEnabled())
            createKey();
    });
    m_revokeButton = new QPushButton(Icons::action("delete"), tr("Re&voke"), this);
    m_revokeButton->setObjectName("revokeKeyButton");
    connect(m_revokeButton, &QPushButton::clicked, this, &ApiKeysPanel::revokeKey);
    WidgetShortcut::add(m_view, QKeySequence::Delete, [this] {
        if (m_revokeButton->isEnabled())
            revokeKey();
    });
    m_refreshButton = new QPushButton(Icons::action("refresh"), tr("Refres&h"), this);
    m_refreshButton->setObjectName("keysRefreshButton");
    connect(m_refreshButton, &QPushButton::clicked, this, &ApiKeysPanel::reload);
    WidgetShortcut::add(this, QKeySequence::Refresh, [this] { reload(); });
    m_revokedCheck = new QCheckBox(tr("Show re&voked keys"), this);
    m_revokedCheck->setObjectName("showRevokedCheck");
    m_revokedCheck->setChecked(true);
    connect(m_revokedCheck, &QCheckBox::toggled, this, &ApiKeysPanel::reload);
    m_busyBar = new BusyBar(this);

    auto *bar = new QWidget(this);
    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    const QList<QWidget *> widgets{m_createButton, m_revokeButton, m_refreshButton, m_revokedCheck,
                                   m_busyBar};
    for (QWidget *widget : widgets)
        row->addWidget(widget);
    row->addStretch(1);
    return bar;
}

QString ApiKeysPanel::selectedId() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : rows.constFirst().data(ApiKeyTableModel::IdRole).toString();
}

void ApiKeysPanel::reload()
{
    if (!m_client->hasSession())
        return;
    const RequestTracker::Ticket ticket = m_requests->begin();
    m_api->listKeys(m_revokedCheck->isChecked(), this, [this, ticket](const auto &result) {
        if (m_requests->finish(ticket)) // cleared meanwhile: no longer counted, nor shown
            keysArrived(result);
    });
}

void ApiKeysPanel::keysArrived(const ApiResult<QList<ApiKeyInfo>> &result)
{
    if (!result.ok()) {
        m_errorBanner->showError(tr("Could not load the API keys"), result.error());
        return;
    }
    m_errorBanner->hide();
    const QString selected = selectedId();
    m_model->setKeys(result.value());
    if (const int row = m_model->rowOf(selected); row >= 0)
        m_view->selectRow(row);
    emit tenantsSeen(m_model->tenants());
}

void ApiKeysPanel::clear()
{
    m_requests->reset();
    m_model->setKeys({});
    m_errorBanner->hide();
}

void ApiKeysPanel::createKey()
{
    const SessionInfo &session = m_client->session();
    QStringList tenants = session.tenants;
    tenants.removeAll(QStringLiteral("*"));
    for (const QString &tenant : m_model->tenants()) {
        if (!tenants.contains(tenant))
            tenants.append(tenant);
    }
    auto *dialog = new CreateApiKeyDialog(m_api, tenants, session.allTenants(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &CreateApiKeyDialog::created, this, &ApiKeysPanel::showCreatedKey);
    dialog->open();
}

void ApiKeysPanel::showCreatedKey(const CreatedApiKey &key)
{
    auto *dialog = new NewApiKeyDialog(key, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    emit keyCreated(key);
    reload();
}

void ApiKeysPanel::revokeKey()
{
    const int row = m_model->rowOf(selectedId());
    if (row < 0)
        return;
    const ApiKeyInfo key = m_model->keyAt(row);
    Confirmation::ask(this, tr("Revoke API key"),
                      tr("Revoke the key \"%1\" (%2…) of tenant %3? Every app using it is "
                         "refused at once, and it cannot be brought back.")
                          .arg(key.name, key.prefix, key.tenant),
                      tr("Re&voke"), [this, id = key.id] { revokeConfirmed(id); });
}

void ApiKeysPanel::revokeConfirmed(const QString &id)
{
    const RequestTracker::Ticket ticket = m_requests->track();
    m_revokeButton->setEnabled(false);
    m_api->revokeKey(id, this, [this, ticket](const ApiResult<ApiKeyInfo> &result) {
        if (!m_requests->finish(ticket))
            return; // cleared meanwhile: the list it would update is gone
        if (!result.ok()) {
            m_errorBanner->showError(tr("Could not revoke the key"), result.error());
            updateActions();
            return;
        }
        m_errorBanner->hide();
        m_model->updateKey(result.value());
    });
}

void ApiKeysPanel::updateActions()
{
    const bool manage =
        m_client->hasSession() && m_client->session().may(ges::Permission::ApiKeysManage);
    const int row = m_model->rowOf(selectedId());
    m_createButton->setEnabled(manage);
    m_revokeButton->setEnabled(manage && row >= 0 && !m_model->keyAt(row).revoked());
    const QString why = manage ? QString() : tr("Your role may not manage API keys.");
    m_createButton->setToolTip(why);
    m_revokeButton->setToolTip(why);
}
