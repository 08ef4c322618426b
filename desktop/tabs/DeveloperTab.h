#pragma once
#include <QWidget>

class AdminClient;

// Developer tab: API keys, key validation, the API request log and server health.
class DeveloperTab : public QWidget
{
    Q_OBJECT

public:
    explicit DeveloperTab(AdminClient *client, QWidget *parent = nullptr);

private:
    AdminClient *m_client;
};
