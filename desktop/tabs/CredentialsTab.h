#pragma once
#include <QWidget>

class AdminClient;

// Credentials tab: the tenants' GWS credentials (register, edit, delete, test).
class CredentialsTab : public QWidget
{
    Q_OBJECT

public:
    explicit CredentialsTab(AdminClient *client, QWidget *parent = nullptr);

private:
    AdminClient *m_client;
};
