#pragma once
#include <QLabel>

// What a tab that is not implemented yet shows in its place, so nobody mistakes an empty
// tab for missing data.
class ComingSoonLabel : public QLabel
{
    Q_OBJECT

public:
    ComingSoonLabel(const QString &purpose, QWidget *parent = nullptr);
};
