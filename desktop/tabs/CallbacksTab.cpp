#include "CallbacksTab.h"

#include "client/AdminClient.h"
#include "models/CallbackTableModel.h"
#include "models/CallbackText.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace {
constexpr ges::CallbackState AllStates[] = {
    ges::CallbackState::Scheduled, ges::CallbackState::Queued, ges::CallbackState::Routing,
    ges::CallbackState::Processing, ges::CallbackState::Completed};
} // namespace

CallbacksTab::CallbacksTab(AdminClient *client, QWidget *parent)
    : QWidget(parent), m_client(client), m_model(new CallbackTableModel(this)),
      m_proxy(new QSortFilterProxyModel(this)), m_view(new QTableView(this))
{
    m_model->setObjectName("callbackModel");
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(CallbackTableModel::SortRole);

    m_view->setObjectName("callbackView");
    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    // No sort column until the user picks one: the server's order (newest first) stays.
    m_view->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_view->setSortingEnabled(true);

    m_errorLabel = new QLabel(this);
    m_errorLabel->setObjectName("errorLabel");
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_errorLabel->setStyleSheet("QLabel { color: #b00020; }");
    m_errorLabel->hide();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(buildToolBar());
    layout->addWidget(m_errorLabel);
    layout->addWidget(m_view, 1);

    connect(m_model, &CallbackTableModel::moreRequested, this, &CallbacksTab::fetchPage);
    connect(m_client, &AdminClient::sessionStarted, this, &CallbacksTab::reload);
    connect(m_client, &AdminClient::loggedOut, this, &CallbacksTab::clear);
    updateSummary();
}

QWidget *CallbacksTab::buildToolBar()
{
    buildFilters();
    m_refreshButton = new QPushButton(tr("Refres&h"), this);
    m_refreshButton->setObjectName("refreshButton");
    // A button has one shortcut, taken by its mnemonic; F5 comes from an action of the tab.
    auto *refreshAction = new QAction(this);
    refreshAction->setShortcut(QKeySequence::Refresh);
    refreshAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(refreshAction);
    connect(refreshAction, &QAction::triggered, this, &CallbacksTab::reload);
    m_refreshButton->setToolTip(
        tr("Load the callbacks again (%1)")
            .arg(refreshAction->shortcut().toString(QKeySequence::NativeText)));
    connect(m_refreshButton, &QPushButton::clicked, this, &CallbacksTab::reload);

    m_busyBar = new QProgressBar(this);
    m_busyBar->setObjectName("busyIndicator");
    m_busyBar->setRange(0, 0); // indeterminate: a page has no known progress
    m_busyBar->setMaximumWidth(100);
    m_busyBar->setTextVisible(false);
    m_busyBar->hide();
    m_summaryLabel = new QLabel(this);
    m_summaryLabel->setObjectName("summaryLabel");

    auto *bar = new QWidget(this);
    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    const auto addLabelled = [this, row](const QString &text, QWidget *field) {
        auto *label = new QLabel(text, this);
        label->setBuddy(field);
        row->addWidget(label);
        row->addWidget(field);
    };
    addLabelled(tr("S&tate:"), m_stateCombo);
    addLabelled(tr("&Service:"), m_serviceEdit);
    addLabelled(tr("T&enant:"), m_tenantEdit);
    row->addWidget(m_refreshButton);
    row->addWidget(m_busyBar);
    row->addStretch(1);
    row->addWidget(m_summaryLabel);
    return bar;
}

void CallbacksTab::buildFilters()
{
    m_stateCombo = new QComboBox(this);
    m_stateCombo->setObjectName("stateFilter");
    m_stateCombo->addItem(tr("All states"), QString());
    for (const ges::CallbackState state : AllStates)
        m_stateCombo->addItem(CallbackText::state(state), ges::toString(state));
    connect(m_stateCombo, &QComboBox::currentIndexChanged, this, &CallbacksTab::reload);

    m_serviceEdit = makeFilterEdit("serviceFilter", tr("All services"));
    m_tenantEdit = makeFilterEdit("tenantFilter", tr("All tenants"));
}

QLineEdit *CallbacksTab::makeFilterEdit(const char *name, const QString &placeholder)
{
    auto *edit = new QLineEdit(this);
    edit->setObjectName(QLatin1String(name));
    edit->setPlaceholderText(placeholder);
    edit->setClearButtonEnabled(true);
    // Reload when a changed filter is confirmed (Enter or focus out), not on every key.
    connect(edit, &QLineEdit::editingFinished, this, [this, edit] {
        if (edit->isModified())
            reload();
        edit->setModified(false);
    });
    return edit;
}

CallbackQuery CallbacksTab::query(const QString &cursor) const
{
    CallbackQuery query;
    query.tenant = m_tenantEdit->text().trimmed();
    query.service = m_serviceEdit->text().trimmed();
    query.state = m_stateCombo->currentData().toString();
    query.limit = m_pageSize;
    query.cursor = cursor;
    return query;
}

void CallbacksTab::reload()
{
    if (!m_client->hasSession())
        return; // the login dialog is on its way; its success reloads
    ++m_generation;
    m_pending = 0;
    fetchPage(QString());
}

void CallbacksTab::fetchPage(const QString &cursor)
{
    const int generation = m_generation;
    const bool firstPage = cursor.isEmpty();
    requestStarted();
    m_client->listCallbacks(query(cursor), this,
                            [this, generation, firstPage](const ApiResult<CallbackPage> &result) {
                                if (generation == m_generation)
                                    pageArrived(firstPage, result);
                            });
}

void CallbacksTab::pageArrived(bool firstPage, const ApiResult<CallbackPage> &result)
{
    requestFinished();
    if (!result.ok()) {
        if (!firstPage)
            m_model->fetchFailed();
        showError(result.error());
        return;
    }
    m_errorLabel->hide();
    if (firstPage)
        showFirstPage(result.value());
    else
        m_model->appendPage(result.value());
    updateSummary();
}

void CallbacksTab::showFirstPage(const CallbackPage &page)
{
    m_model->setFirstPage(page);
    // Fit the columns once, to the first rows seen; after that they are the user's.
    if (!m_columnsFitted && m_model->rowCount() > 0) {
        m_view->resizeColumnsToContents();
        m_columnsFitted = true;
    }
}

void CallbacksTab::clear()
{
    ++m_generation;
    m_pending = 0;
    requestFinished();
    m_model->clear();
    m_errorLabel->hide();
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

void CallbacksTab::showError(const ClientError &error)
{
    QString text = tr("Could not load callbacks: %1").arg(error.message);
    if (!error.corrId.isEmpty())
        text += ' ' + tr("(request %1)").arg(error.corrId);
    m_errorLabel->setText(text);
    m_errorLabel->show();
}

void CallbacksTab::updateSummary()
{
    const int rows = m_model->rowCount();
    QString text = tr("Callbacks loaded: %1").arg(rows);
    if (!m_model->nextCursor().isEmpty())
        text += ' ' + tr("(more on the server)");
    m_summaryLabel->setText(text);
}
