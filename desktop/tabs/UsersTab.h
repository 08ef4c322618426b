#pragma once
#include <QWidget>

class AdminClient;

// Users tab (administrators): users, their roles and tenants, and open sessions.
class UsersTab : public QWidget
{
    Q_OBJECT

public:
    explicit UsersTab(AdminClient *client, QWidget *parent = nullptr);

private:
    AdminClient *m_client;
};
