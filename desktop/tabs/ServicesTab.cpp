#include "ServicesTab.h"
#include "ComingSoonLabel.h"

#include "client/AdminClient.h"

#include <QVBoxLayout>

ServicesTab::ServicesTab(AdminClient *client, QWidget *parent) : QWidget(parent), m_client(client)
{
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new ComingSoonLabel(
        tr("Services tab: callback services (office hours, slots, policies) and call-in groups."),
        this));
}
