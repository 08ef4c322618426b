#include "ServicesTab.h"
#include "widgets/BusyBar.h"
#include "widgets/Icons.h"
#include "widgets/WidgetShortcut.h"

#include "client/AdminClient.h"
#include "client/RequestTracker.h"
#include "dialogs/CallInGroupDialog.h"
#include "dialogs/ServiceDialog.h"
#include "models/CallInGroupTableModel.h"
#include "models/ServiceTableModel.h"
#include "settings/ColumnLayout.h"
#include "widgets/ErrorBanner.h"
#include "widgets/RecordListSection.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace {
void fitColumnsOnce(QTableView *view, bool &fitted)
{
    if (!fitted)
        view->resizeColumnsToContents();
    fitted = true;
}
} // namespace

ServicesTab::ServicesTab(AdminClient *client, QWidget *parent)
    : QWidget(parent), m_client(client), m_api(client), m_services(new ServiceTableModel(this)),
      m_groups(new CallInGroupTableModel(this)), m_error(new ErrorBanner(this)),
      m_requests(new RequestTracker(this))
{
    m_services->setObjectName("serviceModel");
    m_groups->setObjectName("groupModel");
    m_serviceSection = new RecordListSection(
        QStringLiteral("service"),
        {tr("Callback services"), tr("&New service…"), tr("&Edit service…"), tr("&Delete service")},
        m_services, this);
    m_groupSection = new RecordListSection(
        QStringLiteral("group"),
        {tr("Call-in groups"), tr("New &group…"), tr("Edit g&roup…"), tr("Delete gro&up")},
        m_groups, this);
    // Fit the columns to the first rows only when the user has no saved layout yet
    // (ColumnLayout keeps it under "columns/<name>").
    m_serviceColumnsFitted = QSettings().contains(QStringLiteral("columns/services"));
    m_groupColumnsFitted = QSettings().contains(QStringLiteral("columns/callInGroups"));
    ColumnLayout::remember(m_serviceSection->view()->horizontalHeader(), "services");
    ColumnLayout::remember(m_groupSection->view()->horizontalHeader(), "callInGroups");

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName("servicesSplitter");
    splitter->addWidget(m_serviceSection);
    splitter->addWidget(m_groupSection);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(buildToolBar());
    layout->addWidget(m_error);
    layout->addWidget(splitter, 1);

    connect(m_serviceSection, &RecordListSection::newRequested, this,
            [this] { openService(-1, true); });
    connect(m_serviceSection, &RecordListSection::openRequested, this,
            [this](int row) { openService(row, false); });
    connect(m_serviceSection, &RecordListSection::deleteRequested, this,
            &ServicesTab::deleteService);
    connect(m_groupSection, &RecordListSection::newRequested, this,
            [this] { openGroup(-1, true); });
    connect(m_groupSection, &RecordListSection::openRequested, this,
            [this](int row) { openGroup(row, false); });
    connect(m_groupSection, &RecordListSection::deleteRequested, this, &ServicesTab::deleteGroup);
    connect(m_client, &AdminClient::sessionStarted, this, [this] {
        updatePermissions();
        reload();
    });
    connect(m_client, &AdminClient::loggedOut, this, &ServicesTab::clear);
    connect(m_requests, &RequestTracker::busyChanged, this, [this](bool busy) {
        m_busyBar->setVisible(busy);
        m_refreshButton->setEnabled(!busy);
    });
    updatePermissions();
}

bool ServicesTab::isBusy() const
{
    return m_requests->isBusy();
}

QWidget *ServicesTab::buildToolBar()
{
    m_refreshButton = new QPushButton(Icons::action("refresh"), tr("Refres&h"), this);
    m_refreshButton->setObjectName("refreshButton");
    QAction *refreshAction = WidgetShortcut::add(this, QKeySequence::Refresh, [this] { reload(); });
    connect(m_refreshButton, &QPushButton::clicked, this, &ServicesTab::reload);
    m_refreshButton->setToolTip(
        tr("Load the services and call-in groups again (%1)")
            .arg(refreshAction->shortcut().toString(QKeySequence::NativeText)));

    m_busyBar = new BusyBar(this);
    m_busyBar->setObjectName("busyIndicator");

    auto *bar = new QWidget(this);
    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_refreshButton);
    row->addWidget(m_busyBar);
    row->addStretch(1);
    return bar;
}

void ServicesTab::updatePermissions()
{
    const bool may =
        m_client->hasSession() && m_client->session().may(ges::Permission::ServicesManage);
    m_serviceSection->setManageable(may);
    m_groupSection->setManageable(may);
}

void ServicesTab::reload()
{
    if (!m_client->hasSession() || !m_client->session().may(ges::Permission::ServicesRead))
        return;
    // Every answer counts down, a dropped one too: a delete in flight keeps its count, and
    // the busy bar stays until the last request is back.
    const RequestTracker::Ticket ticket = m_requests->begin(2);
    m_api.listServices(this, [this, ticket](const auto &result) {
        if (m_requests->finish(ticket))
            servicesArrived(result);
    });
    m_api.listGroups(this, [this, ticket](const auto &result) {
        if (m_requests->finish(ticket))
            groupsArrived(result);
    });
}

void ServicesTab::clear()
{
    m_requests->reset(); // answers still out are dropped, uncounted
    m_serviceSection->setBusy(false);
    m_groupSection->setBusy(false);
    m_services->setServices({});
    m_groups->setGroups({});
    m_error->hide();
    updatePermissions();
}

void ServicesTab::servicesArrived(const ApiResult<QList<ges::ServiceConfig>> &result)
{
    if (!result.ok())
        return m_error->showError(tr("Could not load the services"), result.error());
    m_services->setServices(result.value());
    if (m_services->rowCount() > 0)
        fitColumnsOnce(m_serviceSection->view(), m_serviceColumnsFitted);
}

void ServicesTab::groupsArrived(const ApiResult<QList<ges::CallInGroup>> &result)
{
    if (!result.ok())
        return m_error->showError(tr("Could not load the call-in groups"), result.error());
    m_groups->setGroups(result.value());
    if (m_groups->rowCount() > 0)
        fitColumnsOnce(m_groupSection->view(), m_groupColumnsFitted);
}

QStringList ServicesTab::offeredTenants() const
{
    QStringList tenants = m_client->session().tenants;
    tenants.removeAll(QStringLiteral("*"));
    // A user of every tenant has none listed: offer the ones the lists show.
    for (const QString &tenant : m_services->tenants()) {
        if (!tenants.contains(tenant))
            tenants << tenant;
    }
    for (int row = 0; row < m_groups->rowCount(); ++row) {
        if (!tenants.contains(m_groups->groupAt(row).tenant))
            tenants << m_groups->groupAt(row).tenant;
    }
    return tenants;
}

void ServicesTab::openService(int row, bool isNew)
{
    if (!isNew && (row < 0 || row >= m_services->rowCount()))
        return;
    auto *dialog = new ServiceDialog(&m_api, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    ges::ServiceConfig service = isNew ? ges::ServiceConfig() : m_services->serviceAt(row);
    if (isNew) // a working week to start from rather than a service that is always closed
        service.officeHours = {{{"MON", "TUE", "WED", "THU", "FRI"}, 8 * 60, 18 * 60}};
    dialog->edit(service, isNew, offeredTenants(), m_client->session().allTenants());
    dialog->setReadOnly(!m_serviceSection->isManageable());
    connect(dialog, &ServiceDialog::saved, this, [this](const ges::ServiceConfig &saved) {
        m_serviceSection->selectRow(m_services->upsert(saved));
        fitColumnsOnce(m_serviceSection->view(), m_serviceColumnsFitted);
        m_error->hide();
    });
    dialog->open();
}

void ServicesTab::openGroup(int row, bool isNew)
{
    if (!isNew && (row < 0 || row >= m_groups->rowCount()))
        return;
    auto *dialog = new CallInGroupDialog(&m_api, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const ges::CallInGroup group = isNew ? ges::CallInGroup() : m_groups->groupAt(row);
    dialog->edit(group, isNew, offeredTenants(), m_client->session().allTenants());
    dialog->setReadOnly(!m_groupSection->isManageable());
    connect(dialog, &CallInGroupDialog::saved, this, [this](const ges::CallInGroup &saved) {
        m_groupSection->selectRow(m_groups->upsert(saved));
        fitColumnsOnce(m_groupSection->view(), m_groupColumnsFitted);
        m_error->hide();
    });
    dialog->open();
}

void ServicesTab::confirmDelete(const QString &question, std::function<void()> action)
{
    auto *box = new QMessageBox(QMessageBox::Question, tr("Delete"), question,
                                QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setObjectName("confirmDeleteBox");
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [box, action = std::move(action)](int) {
        if (box->clickedButton() == box->button(QMessageBox::Yes))
            action();
    });
    box->open();
}

void ServicesTab::deleteService(int row)
{
    if (row < 0 || row >= m_services->rowCount())
        return;
    const ges::ServiceConfig service = m_services->serviceAt(row);
    confirmDelete(
        tr("Delete the service %1 of %2 and its slot bookings?\nCompleted callbacks "
           "keep its name as history.")
            .arg(service.name, service.tenant),
        [this, service] {
            m_serviceSection->setBusy(true);
            const RequestTracker::Ticket ticket = m_requests->track();
            m_api.deleteService(service.id, this, [this, service, ticket](const auto &result) {
                if (!m_requests->finish(ticket))
                    return; // cleared meanwhile
                m_serviceSection->setBusy(false);
                if (!result.ok())
                    return m_error->showError(
                        tr("Could not delete the service %1").arg(service.name), result.error());
                m_error->hide();
                m_services->removeId(service.id);
            });
        });
}

void ServicesTab::deleteGroup(int row)
{
    if (row < 0 || row >= m_groups->rowCount())
        return;
    const ges::CallInGroup group = m_groups->groupAt(row);
    confirmDelete(tr("Delete the call-in group %1 of %2?").arg(group.name, group.tenant), [this,
                                                                                           group] {
        m_groupSection->setBusy(true);
        const RequestTracker::Ticket ticket = m_requests->track();
        m_api.deleteGroup(group.id, this, [this, group, ticket](const auto &result) {
            if (!m_requests->finish(ticket))
                return; // cleared meanwhile
            m_groupSection->setBusy(false);
            if (!result.ok())
                return m_error->showError(
                    tr("Could not delete the call-in group %1").arg(group.name), result.error());
            m_error->hide();
            m_groups->removeId(group.id);
        });
    });
}
