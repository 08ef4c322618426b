#include "DeveloperTab.h"
#include "ComingSoonLabel.h"

#include <QVBoxLayout>

DeveloperTab::DeveloperTab(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new ComingSoonLabel(
        tr("Here developers will create, validate and revoke API keys, read the API request and "
           "error log, and check the health of GES's dependencies."),
        this));
}
