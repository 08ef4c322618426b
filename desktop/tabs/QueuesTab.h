#pragma once
#include <QWidget>

// Queues tab: per-service virtual queues, their waiting callbacks and estimated wait.
class QueuesTab : public QWidget
{
    Q_OBJECT

public:
    explicit QueuesTab(QWidget *parent = nullptr);
};
