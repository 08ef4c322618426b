#include "BusyBar.h"

BusyBar::BusyBar(QWidget *parent) : QProgressBar(parent)
{
    setRange(0, 0); // indeterminate: a request has no known progress
    setMaximumWidth(60);
    setTextVisible(false);
    QSizePolicy policy = sizePolicy();
    policy.setRetainSizeWhenHidden(true);
    setSizePolicy(policy);
    hide();
}
