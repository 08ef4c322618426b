#include "CredentialsTab.h"
#include "ComingSoonLabel.h"

#include "client/AdminClient.h"

#include <QVBoxLayout>

CredentialsTab::CredentialsTab(AdminClient *client, QWidget *parent)
    : QWidget(parent), m_client(client)
{
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new ComingSoonLabel(
        tr("Credentials tab: the tenants' GWS credentials (register, edit, delete, test)."), this));
}
