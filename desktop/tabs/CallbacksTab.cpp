#include "CallbacksTab.h"
#include "widgets/BusyBar.h"
#include "widgets/Icons.h"
#include "widgets/WidgetShortcut.h"

#include "CallbackActions.h"
#include "CallbackExporter.h"
#include "client/AdminClient.h"
#include "models/CallbackTableModel.h"
#include "settings/ColumnLayout.h"
#include "widgets/CallbackDetailPane.h"
#include "widgets/CallbackFilterBar.h"
#include "widgets/ErrorBanner.h"

#include <QAction>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QProgressDialog>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace {
using TimeField = CallbackQuery::TimeField;

int columnOf(TimeField field)
{
    return field == TimeField::Desired ? CallbackTableModel::DesiredTimeColumn
                                       : CallbackTableModel::CreatedColumn;
}
} // namespace

CallbacksTab::CallbacksTab(AdminClient *client, QWidget *parent)
    : QWidget(parent), m_client(client), m_api(client), m_model(new CallbackTableModel(this)),
      m_view(new QTableView(this)), m_filters(new CallbackFilterBar(this)),
      m_detail(new CallbackDetailPane(&m_api, this)),
      m_exporter(new CallbackExporter(&m_api, this)), m_error(new ErrorBanner(this))
{
    m_model->setObjectName("callbackModel");
    buildView();
    m_actions = new CallbackActions(&m_api, m_model, m_view, this);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName("callbackSplitter");
    splitter->addWidget(m_view);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_filters);
    layout->addWidget(buildToolBar());
    layout->addWidget(m_error);
    layout->addWidget(splitter, 1);
    m_view->addActions(m_actions->all());
    m_view->addAction(m_exportAction);

    connect(m_filters, &CallbackFilterBar::changed, this, &CallbacksTab::reload);
    connect(m_model, &CallbackTableModel::moreRequested, this, &CallbacksTab::fetchPage);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &CallbacksTab::currentChanged);
    connect(m_actions, &CallbackActions::created, this, &CallbacksTab::reload);
    connect(m_actions, &CallbackActions::changed, this, [this](const QString &id) {
        if (id == m_detail->callbackId())
            m_detail->reload();
    });
    connect(m_actions, &CallbackActions::failed, m_error, &ErrorBanner::showError);
    connect(m_exporter, &CallbackExporter::progressed, this, &CallbacksTab::showExportProgress);
    connect(m_exporter, &CallbackExporter::finished, this, &CallbacksTab::exportDone);
    connect(m_client, &AdminClient::sessionStarted, this, &CallbacksTab::sessionStarted);
    connect(m_client, &AdminClient::loggedOut, this, &CallbacksTab::clear);
    m_applied = query();
    updateSummary();
}

void CallbacksTab::buildView()
{
    m_view->setObjectName("callbackView");
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    // Fixed row heights: the view need not measure 100,000 rows.
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    QHeaderView *header = m_view->horizontalHeader();
    header->setStretchLastSection(true);
    header->setSectionResizeMode(QHeaderView::Interactive);
    // The server sorts (by created or desired time); no local sort of a partial list.
    header->setSectionsClickable(true);
    header->setSortIndicatorShown(true);
    header->setSortIndicator(columnOf(m_sort), Qt::DescendingOrder);
    ColumnLayout::remember(header, QStringLiteral("callbacks"));
    const int restored = header->sortIndicatorSection();
    if (restored == CallbackTableModel::DesiredTimeColumn ||
        restored == CallbackTableModel::CreatedColumn) {
        m_sort = restored == CallbackTableModel::DesiredTimeColumn ? TimeField::Desired
                                                                   : TimeField::Created;
        m_ascending = header->sortIndicatorOrder() == Qt::AscendingOrder;
    } else {
        header->setSortIndicator(columnOf(m_sort), Qt::DescendingOrder);
    }
    connect(header, &QHeaderView::sortIndicatorChanged, this, &CallbacksTab::sortRequested);
}

void CallbacksTab::buildRefresh()
{
    m_refreshButton = new QPushButton(Icons::action("refresh"), tr("Refres&h"), this);
    m_refreshButton->setObjectName("refreshButton");
    // A button has one shortcut, taken by its mnemonic; F5 comes from an action of the tab.
    QAction *refreshAction = WidgetShortcut::add(this, QKeySequence::Refresh, [this] { reload(); });
    m_refreshButton->setToolTip(
        tr("Load the callbacks again (%1)")
            .arg(refreshAction->shortcut().toString(QKeySequence::NativeText)));
    connect(m_refreshButton, &QPushButton::clicked, this, &CallbacksTab::reload);
}

QWidget *CallbacksTab::buildToolBar()
{
    buildRefresh();
    m_exportAction = new QAction(Icons::action("export"), tr("E&xport CSV…"), this);
    m_exportAction->setObjectName("exportAction");
    m_exportAction->setShortcut(QKeySequence(tr("Ctrl+Shift+S")));
    m_exportAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_exportAction->setEnabled(false); // until a session that may read callbacks
    addAction(m_exportAction);
    connect(m_exportAction, &QAction::triggered, this, &CallbacksTab::chooseExportFile);

    auto *toolBar = new QToolBar(this);
    toolBar->setObjectName("callbackToolBar");
    // Icon and word: a supervisor should not have to hover to learn what a button does.
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->setIconSize(QSize(16, 16));
    toolBar->addActions(m_actions->all());
    toolBar->addSeparator();
    toolBar->addAction(m_exportAction);
    for (QAction *action : toolBar->actions())
        if (!action->shortcut().isEmpty())
            action->setToolTip(
                tr("%1 (%2)").arg(action->text().remove(u'&').remove(u'…'),
                                  action->shortcut().toString(QKeySequence::NativeText)));

    m_busyBar = new BusyBar(this);
    m_busyBar->setObjectName("busyIndicator");
    m_summaryLabel = new QLabel(this);
    m_summaryLabel->setObjectName("summaryLabel");

    auto *bar = new QWidget(this);
    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(toolBar);
    row->addWidget(m_refreshButton);
    row->addWidget(m_busyBar);
    row->addStretch(1);
    row->addWidget(m_summaryLabel);
    return bar;
}

void CallbacksTab::sortRequested(int column, Qt::SortOrder order)
{
    if (column != CallbackTableModel::CreatedColumn &&
        column != CallbackTableModel::DesiredTimeColumn) {
        // The server sorts by created or desired time only: keep the indicator there.
        const QSignalBlocker blocker(m_view->horizontalHeader());
        m_view->horizontalHeader()->setSortIndicator(
            columnOf(m_sort), m_ascending ? Qt::AscendingOrder : Qt::DescendingOrder);
        return;
    }
    m_sort =
        column == CallbackTableModel::DesiredTimeColumn ? TimeField::Desired : TimeField::Created;
    m_ascending = order == Qt::AscendingOrder;
    reload();
}

CallbackQuery CallbacksTab::query(const QString &cursor) const
{
    CallbackQuery query;
    m_filters->fill(query);
    query.sort = m_sort;
    query.ascending = m_ascending;
    query.limit = m_pageSize;
    query.cursor = cursor;
    return query;
}

void CallbacksTab::sessionStarted()
{
    m_actions->updateEnabled();
    m_exportAction->setEnabled(m_client->session().may(ges::Permission::CallbacksRead) &&
                               !isExporting());
    reload();
}

void CallbacksTab::reload()
{
    if (!m_client->hasSession())
        return; // the login dialog is on its way; its success reloads
    ++m_generation;
    m_pending = 0;
    m_model->stopFetching();
    m_filters->markApplied(); // typing still in its pause is part of this reload
    m_applied = query();
    fetchPage(QString());
}

void CallbacksTab::fetchPage(const QString &cursor)
{
    const int generation = m_generation;
    const bool firstPage = cursor.isEmpty();
    requestStarted();
    CallbackQuery pageQuery = m_applied;
    pageQuery.cursor = cursor;
    m_api.search(pageQuery, this,
                 [this, generation, firstPage](const ApiResult<CallbackPage> &result) {
                     if (generation == m_generation)
                         pageArrived(firstPage, result);
                 });
}

void CallbacksTab::pageArrived(bool firstPage, const ApiResult<CallbackPage> &result)
{
    requestFinished();
    if (!result.ok()) {
        if (firstPage) {
            // The rows of the previous filters must not pass for this reload's answer.
            m_model->clear();
            m_detail->clear();
            updateSummary();
        } else {
            m_model->fetchFailed();
        }
        m_error->showError(tr("Could not load callbacks"), result.error());
        return;
    }
    m_error->hide();
    if (firstPage)
        showFirstPage(result.value());
    else
        m_model->appendPage(result.value());
    updateSummary();
}

void CallbacksTab::showFirstPage(const CallbackPage &page)
{
    m_model->setFirstPage(page);
    m_detail->clear();
    // Fit the columns once, to the first rows seen; after that they are the user's.
    if (!m_columnsFitted && m_model->rowCount() > 0) {
        m_view->resizeColumnsToContents();
        m_columnsFitted = true;
    }
}

void CallbacksTab::currentChanged()
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    if (current.isValid())
        m_detail->showCallback(m_model->callbackAt(current.row()).id);
    else
        m_detail->clear();
}

void CallbacksTab::clear()
{
    ++m_generation;
    m_pending = 0;
    requestFinished();
    m_exporter->cancel();
    m_exportAction->setEnabled(false);
    m_model->clear();
    m_detail->clear();
    m_error->hide();
    m_actions->updateEnabled();
    updateSummary();
}

void CallbacksTab::requestStarted()
{
    ++m_pending;
    if (!m_busyBar->isVisibleTo(this)) {
        m_busyBar->show();
        emit busyChanged(true);
    }
}

void CallbacksTab::requestFinished()
{
    m_pending = qMax(0, m_pending - 1);
    if (m_pending == 0 && m_busyBar->isVisibleTo(this)) {
        m_busyBar->hide();
        emit busyChanged(false);
    }
}

void CallbacksTab::updateSummary()
{
    const QString rows = QLocale().toString(m_model->rowCount());
    m_summaryLabel->setText(m_model->nextCursor().isEmpty()
                                ? tr("Callbacks loaded: %1").arg(rows)
                                : tr("Callbacks loaded: %1 (more on the server)").arg(rows));
}

bool CallbacksTab::isExporting() const
{
    return m_exporter->isRunning();
}

void CallbacksTab::chooseExportFile()
{
    // A pure input dialog, no network inside: exec() is fine here.
    const QString fileName = QFileDialog::getSaveFileName(
        this, tr("Export callbacks"), QStringLiteral("callbacks.csv"), tr("CSV files (*.csv)"));
    if (!fileName.isEmpty())
        exportTo(fileName);
}

void CallbacksTab::exportTo(const QString &fileName)
{
    if (isExporting())
        return;
    // What the list shows, not filter text typed since and not yet applied.
    if (!m_exporter->start(m_applied, fileName))
        return m_error->showMessage(
            tr("Could not write %1: %2").arg(fileName, m_exporter->errorString()));
    m_exportAction->setEnabled(false);
    m_exportProgress = new QProgressDialog(tr("Exporting…"), tr("Cancel"), 0, 0, this);
    m_exportProgress->setObjectName("exportProgress");
    m_exportProgress->setWindowTitle(tr("Export callbacks"));
    m_exportProgress->setAutoClose(false);
    m_exportProgress->setAutoReset(false);
    m_exportProgress->setMinimumDuration(0);
    // All rows loaded: their count is the export's size. Otherwise it is not known.
    if (m_model->nextCursor().isEmpty() && m_model->rowCount() > 0)
        m_exportProgress->setMaximum(m_model->rowCount());
    connect(m_exportProgress, &QProgressDialog::canceled, m_exporter, &CallbackExporter::cancel);
    m_exportProgress->show();
}

void CallbacksTab::showExportProgress(qint64 bytes, qint64 rows)
{
    if (!m_exportProgress)
        return;
    const QLocale locale;
    m_exportProgress->setLabelText(
        tr("Exported %1 rows (%2)").arg(locale.toString(rows), locale.formattedDataSize(bytes)));
    if (m_exportProgress->maximum() > 0)
        m_exportProgress->setValue(int(qMin<qint64>(rows, m_exportProgress->maximum())));
}

void CallbacksTab::exportDone(bool ok, const QString &message)
{
    if (m_exportProgress) {
        m_exportProgress->deleteLater();
        m_exportProgress = nullptr;
    }
    m_exportAction->setEnabled(m_client->hasSession() &&
                               m_client->session().may(ges::Permission::CallbacksRead));
    if (!ok && !message.isEmpty())
        m_error->showMessage(tr("The export failed: %1").arg(message));
    emit exportFinished(ok);
}
