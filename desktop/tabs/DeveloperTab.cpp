#include "DeveloperTab.h"
#include "ComingSoonLabel.h"

#include "client/AdminClient.h"

#include <QVBoxLayout>

DeveloperTab::DeveloperTab(AdminClient *client, QWidget *parent) : QWidget(parent), m_client(client)
{
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new ComingSoonLabel(
        tr("Developer tab: API keys, key validation, the API request log and server health."),
        this));
}
