#pragma once
#include <QWidget>

// Developer tab: API keys, the API request and error log, dependency health.
class DeveloperTab : public QWidget
{
    Q_OBJECT

public:
    explicit DeveloperTab(QWidget *parent = nullptr);
};
