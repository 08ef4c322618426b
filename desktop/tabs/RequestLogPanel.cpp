#include "RequestLogPanel.h"
#include "widgets/Icons.h"

#include "client/DeveloperApi.h"
#include "models/RequestLogModel.h"
#include "settings/ColumnLayout.h"
#include "widgets/BusyBar.h"
#include "widgets/ErrorBanner.h"
#include "widgets/WidgetShortcut.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

RequestLogPanel::RequestLogPanel(DeveloperApi *api, QWidget *parent)
    : QWidget(parent), m_api(api), m_client(api->client()), m_model(new RequestLogModel(this)),
      m_view(new QTableView(this)), m_errorBanner(new ErrorBanner(this)),
      m_details(new QPlainTextEdit(this))
{
    setObjectName("requestLogPanel");
    m_model->setObjectName("requestLogModel");
    m_view->setObjectName("requestLogView");
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    ColumnLayout::remember(m_view->horizontalHeader(), "requestLog");
    m_details->setObjectName("logDetails");
    m_details->setReadOnly(true);
    m_details->setPlaceholderText(tr("Select a request to see its details."));

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_view);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(buildFilters());
    layout->addWidget(m_errorBanner);
    layout->addWidget(splitter, 1);

    connect(m_model, &RequestLogModel::moreRequested, this, &RequestLogPanel::fetchPage);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &RequestLogPanel::showSelected);
    connect(m_model, &QAbstractItemModel::modelReset, this, &RequestLogPanel::showSelected);
}

QWidget *RequestLogPanel::buildFilters()
{
    m_statusCombo = new QComboBox(this);
    m_statusCombo->setObjectName("statusFilter");
    m_statusCombo->addItem(tr("All"), QString());
    for (const char *status : {"2xx", "4xx", "5xx"})
        m_statusCombo->addItem(QLatin1String(status), QLatin1String(status));
    connect(m_statusCombo, &QComboBox::currentIndexChanged, this, &RequestLogPanel::reload);
    m_pathEdit = new QLineEdit(this);
    m_pathEdit->setObjectName("pathFilter");
    m_pathEdit->setPlaceholderText(tr("Any path"));
    m_pathEdit->setClearButtonEnabled(true);
    connect(m_pathEdit, &QLineEdit::editingFinished, this, [this] {
        if (m_pathEdit->isModified())
            reload();
        m_pathEdit->setModified(false);
    });
    m_tenantCombo = new QComboBox(this);
    m_tenantCombo->setObjectName("logTenantFilter");
    m_tenantCombo->setEditable(true); // a `*` user may name any tenant
    m_tenantCombo->setMinimumContentsLength(16);
    // Picked from the list, or typed and confirmed: not on every key of a typed name.
    connect(m_tenantCombo, &QComboBox::currentIndexChanged, this, &RequestLogPanel::reload);
    connect(m_tenantCombo->lineEdit(), &QLineEdit::editingFinished, this, [this] {
        if (m_tenantCombo->lineEdit()->isModified())
            reload();
        m_tenantCombo->lineEdit()->setModified(false);
    });

    m_refreshButton = new QPushButton(Icons::action("refresh"), tr("Refres&h"), this);
    m_refreshButton->setObjectName("logRefreshButton");
    connect(m_refreshButton, &QPushButton::clicked, this, &RequestLogPanel::reload);
    WidgetShortcut::add(this, QKeySequence::Refresh, [this] { reload(); });
    m_busyBar = new BusyBar(this);

    auto *bar = new QWidget(this);
    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    const auto addLabelled = [this, row](const QString &text, QWidget *field) {
        auto *label = new QLabel(text, this);
        label->setBuddy(field);
        row->addWidget(label);
        row->addWidget(field);
    };
    addLabelled(tr("T&enant:"), m_tenantCombo);
    addLabelled(tr("Stat&us:"), m_statusCombo);
    addLabelled(tr("&Path:"), m_pathEdit);
    row->addWidget(m_refreshButton);
    row->addWidget(m_busyBar);
    row->addStretch(1);
    return bar;
}

void RequestLogPanel::addTenants(const QStringList &tenants)
{
    for (const QString &tenant : tenants) {
        if (tenant != QLatin1String("*") && m_tenantCombo->findText(tenant) < 0)
            m_tenantCombo->addItem(tenant);
    }
    // The first tenant offered becomes current by itself (and reloads through the signal).
}

RequestLogQuery RequestLogPanel::currentQuery() const
{
    RequestLogQuery query;
    query.tenant = m_tenantCombo->currentText().trimmed();
    query.status = m_statusCombo->currentData().toString();
    query.path = m_pathEdit->text().trimmed();
    query.limit = m_pageSize;
    return query;
}

void RequestLogPanel::reload()
{
    // Not isEnabled(): the whole tab is still disabled while sessionStarted runs.
    const SessionInfo &session = m_client->session();
    if (!m_client->hasSession() || !session.may(ges::Permission::RequestLogRead))
        return;
    // The server needs a tenant unless the user has exactly one; without one, wait for it.
    if (m_tenantCombo->currentText().trimmed().isEmpty() &&
        (session.allTenants() || session.tenants.size() != 1))
        return;
    ++m_generation;
    m_pending = 0;
    setPending(0);
    m_applied = currentQuery();
    // Until the new first page: the old list's next page would mix the old filters' cursor
    // into the new list.
    m_model->fetchFailed();
    // Confirmed now: their editingFinished (on focus out) need not reload again.
    m_pathEdit->setModified(false);
    m_tenantCombo->lineEdit()->setModified(false);
    fetchPage(QString());
}

void RequestLogPanel::fetchPage(const QString &cursor)
{
    const int generation = m_generation;
    const bool firstPage = cursor.isEmpty();
    setPending(+1);
    RequestLogQuery pageQuery = m_applied;
    pageQuery.before = cursor;
    m_api->requestLog(pageQuery, this,
                      [this, generation, firstPage](const ApiResult<RequestLogPage> &result) {
                          if (generation != m_generation)
                              return;
                          setPending(-1);
                          pageArrived(firstPage, result);
                      });
}

void RequestLogPanel::pageArrived(bool firstPage, const ApiResult<RequestLogPage> &result)
{
    if (!result.ok()) {
        if (firstPage)
            m_model->clear(); // not the previous filters' entries under this reload's error
        else
            m_model->fetchFailed();
        m_errorBanner->showError(tr("Could not load the request log"), result.error());
        return;
    }
    m_errorBanner->hide();
    if (firstPage)
        m_model->setFirstPage(result.value());
    else
        m_model->appendPage(result.value());
}

void RequestLogPanel::showSelected()
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    m_details->setPlainText(rows.isEmpty()
                                ? QString()
                                : RequestLogModel::details(m_model->entryAt(rows.first().row())));
}

QString RequestLogPanel::details() const
{
    return m_details->toPlainText();
}

void RequestLogPanel::clear()
{
    ++m_generation;
    m_pending = 0;
    setPending(0);
    m_model->clear();
    m_errorBanner->hide();
    const QSignalBlocker blocker(m_tenantCombo); // no reload of an emptied filter
    m_tenantCombo->clear();
}

void RequestLogPanel::setPending(int delta)
{
    m_pending = qMax(0, m_pending + delta);
    m_busyBar->setVisible(m_pending > 0);
}
