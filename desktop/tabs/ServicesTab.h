#pragma once
#include <QWidget>

class AdminClient;

// Services tab: callback services (office hours, slots, policies) and call-in groups.
class ServicesTab : public QWidget
{
    Q_OBJECT

public:
    explicit ServicesTab(AdminClient *client, QWidget *parent = nullptr);

private:
    AdminClient *m_client;
};
