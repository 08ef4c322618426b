#include "CredentialsTab.h"
#include "ComingSoonLabel.h"

#include <QVBoxLayout>

CredentialsTab::CredentialsTab(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new ComingSoonLabel(
        tr("Here administrators will register and manage the GWS credentials of each tenant."),
        this));
}
