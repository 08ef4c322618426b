#pragma once
#include <QWidget>

class AdminClient;

// Queues tab: every service at a glance, refreshed live.
class QueuesTab : public QWidget
{
    Q_OBJECT

public:
    explicit QueuesTab(AdminClient *client, QWidget *parent = nullptr);

private:
    AdminClient *m_client;
};
