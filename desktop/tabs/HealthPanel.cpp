#include "HealthPanel.h"
#include "widgets/Icons.h"

#include "client/DeveloperApi.h"
#include "models/DependencyHealthModel.h"
#include "widgets/ErrorBanner.h"
#include "widgets/WidgetShortcut.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

HealthPanel::HealthPanel(DeveloperApi *api, QWidget *parent)
    : QWidget(parent), m_api(api), m_model(new DependencyHealthModel(this)),
      m_statusLabel(new QLabel(this)), m_nodeLabel(new QLabel(this)),
      m_versionLabel(new QLabel(this)),
      m_refreshButton(new QPushButton(Icons::action("refresh"), tr("Refres&h"), this)),
      m_errorBanner(new ErrorBanner(this)), m_timer(new QTimer(this))
{
    setObjectName("healthPanel");
    m_model->setObjectName("healthModel");
    m_statusLabel->setObjectName("healthStatus");
    m_nodeLabel->setObjectName("healthNode");
    m_versionLabel->setObjectName("healthVersion");
    m_refreshButton->setObjectName("healthRefreshButton");
    connect(m_refreshButton, &QPushButton::clicked, this, &HealthPanel::refresh);
    WidgetShortcut::add(this, QKeySequence::Refresh, [this] { refresh(); });

    auto *view = new QTableView(this);
    view->setObjectName("healthView");
    view->setModel(m_model);
    view->setSelectionMode(QAbstractItemView::NoSelection);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);

    auto *form = new QFormLayout;
    form->addRow(tr("Server status:"), m_statusLabel);
    form->addRow(tr("Node:"), m_nodeLabel);
    form->addRow(tr("Version:"), m_versionLabel);
    auto *top = new QHBoxLayout;
    top->addLayout(form, 1);
    top->addWidget(m_refreshButton, 0, Qt::AlignTop);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_errorBanner);
    layout->addWidget(view, 1);

    m_timer->setInterval(RefreshIntervalMs);
    connect(m_timer, &QTimer::timeout, this, &HealthPanel::refresh);
}

bool HealthPanel::isRefreshing() const
{
    return m_timer->isActive();
}

void HealthPanel::updateLiveRefresh()
{
    const bool live = isVisible() && m_api->client()->hasSession();
    if (live && !m_timer->isActive())
        m_timer->start();
    else if (!live)
        m_timer->stop();
}

void HealthPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_timer->isActive())
        refresh();
    updateLiveRefresh();
}

void HealthPanel::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    updateLiveRefresh();
}

void HealthPanel::refresh()
{
    if (!m_api->client()->hasSession() || m_inFlight)
        return;
    m_inFlight = true;
    m_refreshButton->setEnabled(false);
    const int generation = m_generation;
    m_api->health(this, [this, generation](const ApiResult<HealthDetail> &result) {
        if (generation != m_generation)
            return;
        m_inFlight = false;
        m_refreshButton->setEnabled(true);
        if (!result.ok()) {
            m_status.clear();
            m_statusLabel->setText(tr("unknown"));
            m_errorBanner->showError(tr("Could not read the server's health"), result.error());
            return;
        }
        m_errorBanner->hide();
        showHealth(result.value());
    });
}

void HealthPanel::showHealth(const HealthDetail &health)
{
    m_status = health.status;
    const QString color = health.status == QLatin1String("UP")         ? "#2ca02c"
                          : health.status == QLatin1String("DEGRADED") ? "#e08000"
                                                                       : "#b00020";
    m_statusLabel->setStyleSheet(
        QStringLiteral("QLabel { color: %1; font-weight: bold; }").arg(color));
    m_statusLabel->setText(DependencyHealthModel::statusText(health.status));
    m_nodeLabel->setText(health.node);
    m_versionLabel->setText(health.version);
    m_model->setDependencies(health.dependencies);
}

void HealthPanel::clear()
{
    ++m_generation;
    m_inFlight = false;
    m_timer->stop();
    m_refreshButton->setEnabled(true);
    m_status.clear();
    m_statusLabel->clear();
    m_nodeLabel->clear();
    m_versionLabel->clear();
    m_errorBanner->hide();
    m_model->setDependencies({});
}
