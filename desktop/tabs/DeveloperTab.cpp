#include "DeveloperTab.h"

#include "ApiKeysPanel.h"
#include "HealthPanel.h"
#include "KeyValidationPanel.h"
#include "RequestLogPanel.h"

#include "client/AdminClient.h"
#include "client/DeveloperApi.h"

#include <QSplitter>
#include <QTabWidget>
#include <QVBoxLayout>

DeveloperTab::DeveloperTab(AdminClient *client, QWidget *parent)
    : QWidget(parent), m_client(client), m_api(new DeveloperApi(client, this)),
      m_sections(new QTabWidget(this)), m_keys(new ApiKeysPanel(m_api, this)),
      m_validation(new KeyValidationPanel(m_api, this)),
      m_requestLog(new RequestLogPanel(m_api, this)), m_health(new HealthPanel(m_api, this))
{
    auto *keys = new QSplitter(Qt::Vertical, this);
    keys->addWidget(m_keys);
    keys->addWidget(m_validation);
    keys->setStretchFactor(0, 1);
    keys->setStretchFactor(1, 0);

    m_sections->setObjectName("developerSections");
    m_sections->setDocumentMode(true);
    m_sections->addTab(keys, tr("API &keys"));
    m_sections->addTab(m_requestLog, tr("Request &log"));
    m_sections->addTab(m_health, tr("Hea&lth"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_sections);

    connect(m_keys, &ApiKeysPanel::tenantsSeen, m_requestLog, &RequestLogPanel::addTenants);
    connect(m_keys, &ApiKeysPanel::keyCreated, m_requestLog,
            [this](const CreatedApiKey &key) { m_requestLog->addTenants({key.info.tenant}); });
    connect(m_client, &AdminClient::sessionStarted, this, &DeveloperTab::sessionStarted);
    connect(m_client, &AdminClient::sessionExpired, m_health, &HealthPanel::updateLiveRefresh);
    connect(m_client, &AdminClient::loggedOut, this, &DeveloperTab::clear);
}

void DeveloperTab::sessionStarted()
{
    const SessionInfo &session = m_client->session();
    const bool mayReadLog = session.may(ges::Permission::RequestLogRead);
    const int logIndex = m_sections->indexOf(m_requestLog);
    m_sections->setTabEnabled(logIndex, mayReadLog);
    m_sections->setTabToolTip(logIndex, mayReadLog ? QString()
                                                   : tr("Your role may not read the request log."));
    m_requestLog->setEnabled(mayReadLog);
    m_keys->updateActions();
    if (session.may(ges::Permission::ApiKeysRead))
        m_keys->reload();
    m_requestLog->addTenants(session.tenants);
    m_requestLog->reload();
    if (m_health->isVisible())
        m_health->refresh();
    m_health->updateLiveRefresh();
}

void DeveloperTab::clear()
{
    m_keys->clear();
    m_keys->updateActions();
    m_validation->clear();
    m_requestLog->clear();
    m_health->clear();
}
