#include "QueuesTab.h"
#include "widgets/Icons.h"

#include "client/AdminClient.h"
#include "client/RequestTracker.h"
#include "models/QueueTableModel.h"
#include "models/SlotOccupancyModel.h"
#include "settings/ColumnLayout.h"
#include "widgets/BusyBar.h"
#include "widgets/ErrorBanner.h"
#include "widgets/OccupancyBarDelegate.h"
#include "widgets/QueueChart.h"
#include "widgets/WidgetShortcut.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace {
QTableView *makeTable(QWidget *parent, const char *name)
{
    auto *view = new QTableView(parent);
    view->setObjectName(QLatin1String(name));
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    return view;
}
} // namespace

QueuesTab::QueuesTab(AdminClient *client, QWidget *parent)
    : QWidget(parent), m_client(client), m_api(client), m_model(new QueueTableModel(this)),
      m_proxy(new QSortFilterProxyModel(this)), m_view(makeTable(this, "queueView")),
      m_slotModel(new SlotOccupancyModel(this)), m_timer(new QTimer(this)),
      m_errorBanner(new ErrorBanner(this)), m_requests(new RequestTracker(this))
{
    m_model->setObjectName("queueModel");
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(QueueTableModel::SortRole);
    m_view->setModel(m_proxy);
    m_view->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_view->setSortingEnabled(true);
    ColumnLayout::remember(m_view->horizontalHeader(), "queues");

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_view);
    splitter->addWidget(buildDetails());
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(buildToolBar());
    layout->addWidget(m_errorBanner);
    layout->addWidget(splitter, 1);

    m_timer->setInterval(RefreshIntervalMs);
    connect(m_timer, &QTimer::timeout, this, &QueuesTab::refresh);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &QueuesTab::showSelected);
    connect(m_client, &AdminClient::sessionStarted, this, [this] {
        refresh();
        updateLiveRefresh();
    });
    connect(m_client, &AdminClient::sessionExpired, this, &QueuesTab::updateLiveRefresh);
    connect(m_client, &AdminClient::loggedOut, this, &QueuesTab::clear);
    connect(m_requests, &RequestTracker::busyChanged, this,
            [this](bool busy) { m_busyBar->setVisible(busy); });
    showSelected();
}

QWidget *QueuesTab::buildToolBar()
{
    m_refreshButton = new QPushButton(Icons::action("refresh"), tr("Refres&h"), this);
    m_refreshButton->setObjectName("refreshButton");
    QAction *refreshAction =
        WidgetShortcut::add(this, QKeySequence::Refresh, [this] { refresh(); });
    connect(m_refreshButton, &QPushButton::clicked, this, &QueuesTab::refresh);
    m_refreshButton->setToolTip(
        tr("Refresh now (%1); the tab also refreshes itself every %2 seconds while shown")
            .arg(refreshAction->shortcut().toString(QKeySequence::NativeText))
            .arg(RefreshIntervalMs / 1000));

    m_busyBar = new BusyBar(this);
    m_busyBar->setObjectName("busyIndicator");
    m_updatedLabel = new QLabel(this);
    m_updatedLabel->setObjectName("updatedLabel");

    auto *bar = new QWidget(this);
    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_refreshButton);
    row->addWidget(m_busyBar);
    row->addStretch(1);
    row->addWidget(m_updatedLabel);
    return bar;
}

QWidget *QueuesTab::buildDetails()
{
    m_chart = new QueueChart(this);
    m_slotModel->setObjectName("slotModel");
    m_slotView = makeTable(this, "slotView");
    m_slotView->setModel(m_slotModel);
    m_slotView->setSelectionMode(QAbstractItemView::NoSelection);
    m_slotView->setItemDelegateForColumn(SlotOccupancyModel::OccupancyColumn,
                                         new OccupancyBarDelegate(m_slotView));
    ColumnLayout::remember(m_slotView->horizontalHeader(), "slotOccupancy");
    m_slotTitle = new QLabel(this);
    m_slotTitle->setObjectName("slotTitle");

    auto *slots_ = new QWidget(this); // not `slots`: a Qt keyword
    auto *slotLayout = new QVBoxLayout(slots_);
    slotLayout->setContentsMargins(0, 0, 0, 0);
    slotLayout->addWidget(m_slotTitle);
    slotLayout->addWidget(m_slotView, 1);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_chart);
    splitter->addWidget(slots_);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    return splitter;
}

bool QueuesTab::isRefreshing() const
{
    return m_timer->isActive();
}

QString QueuesTab::selectedKey() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : rows.constFirst().data(QueueTableModel::KeyRole).toString();
}

// Live only while someone can see it: a hidden tab or a missing session costs no requests.
void QueuesTab::updateLiveRefresh()
{
    const bool live = isVisible() && m_client->hasSession();
    if (live && !m_timer->isActive())
        m_timer->start();
    else if (!live)
        m_timer->stop();
}

void QueuesTab::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_client->hasSession() && !m_timer->isActive())
        refresh(); // at once, not two seconds after the tab comes up
    updateLiveRefresh();
}

void QueuesTab::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    updateLiveRefresh();
}

void QueuesTab::refresh()
{
    if (!m_client->hasSession() || m_requests->isBusy())
        return; // a tick while the last refresh is still out is skipped
    ++m_requestsSent;
    const RequestTracker::Ticket ticket = m_requests->begin();
    m_api.overview(SlotDays, this, [this, ticket](const ApiResult<QList<QueueInfo>> &result) {
        if (m_requests->finish(ticket))
            answered(result);
    });
}

void QueuesTab::answered(const ApiResult<QList<QueueInfo>> &result)
{
    if (!result.ok()) {
        m_errorBanner->showError(tr("Could not load the queues"), result.error());
        return;
    }
    m_errorBanner->hide();
    const QDateTime now = QDateTime::currentDateTime();
    m_history.record(result.value(), now);
    m_model->setQueues(result.value());
    if (!m_columnsFitted && m_model->rowCount() > 0) {
        m_view->resizeColumnsToContents();
        m_columnsFitted = true;
    }
    m_updatedLabel->setText(tr("Updated %1").arg(QLocale().toString(now.time(), "HH:mm:ss")));
    showSelected();
}

void QueuesTab::showSelected()
{
    const QString key = selectedKey();
    const int row = key.isEmpty() ? -1 : m_model->rowOf(key);
    m_chart->setTitle(row < 0 ? tr("All services") : m_model->queueAt(row).service);
    m_chart->setSamples(m_history.samples(key.isEmpty() ? QueueHistory::allServicesKey() : key),
                        m_history.since(), m_history.windowSeconds());
    if (row < 0) {
        m_slotModel->setDays({});
        m_slotTitle->setText(tr("Select a service to see its slots for the coming days."));
        return;
    }
    m_slotModel->setDays(m_model->queueAt(row).slotDays);
    m_slotTitle->setText(tr("Slots of %1 for the coming days").arg(m_model->queueAt(row).service));
}

void QueuesTab::clear()
{
    m_requests->reset();
    m_timer->stop();
    m_errorBanner->hide();
    m_model->clear();
    m_history.clear();
    m_updatedLabel->clear();
    showSelected();
}
