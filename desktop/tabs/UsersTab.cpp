#include "UsersTab.h"
#include "ComingSoonLabel.h"

#include "client/AdminClient.h"

#include <QVBoxLayout>

UsersTab::UsersTab(AdminClient *client, QWidget *parent) : QWidget(parent), m_client(client)
{
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new ComingSoonLabel(
        tr("Users tab (administrators): users, their roles and tenants, and open sessions."),
        this));
}
