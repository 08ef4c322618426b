#include "QueuesTab.h"
#include "ComingSoonLabel.h"

#include "client/AdminClient.h"

#include <QVBoxLayout>

QueuesTab::QueuesTab(AdminClient *client, QWidget *parent) : QWidget(parent), m_client(client)
{
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(
        new ComingSoonLabel(tr("Queues tab: every service at a glance, refreshed live."), this));
}
