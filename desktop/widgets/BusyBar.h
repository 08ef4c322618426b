#pragma once
#include <QProgressBar>

// The small indeterminate bar beside a section's buttons while its request is out. Keeps
// its place when hidden, so a toolbar does not jump with every refresh.
class BusyBar : public QProgressBar
{
    Q_OBJECT

public:
    explicit BusyBar(QWidget *parent = nullptr);
};
