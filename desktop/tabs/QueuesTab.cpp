#include "QueuesTab.h"
#include "ComingSoonLabel.h"

#include <QVBoxLayout>

QueuesTab::QueuesTab(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(
        new ComingSoonLabel(tr("Here you will see each callback service's queue: waiting "
                               "callbacks, positions and estimated wait times."),
                            this));
}
