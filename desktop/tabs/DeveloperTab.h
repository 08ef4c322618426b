#pragma once
#include <QWidget>

class AdminClient;
class ApiKeysPanel;
class DeveloperApi;
class HealthPanel;
class KeyValidationPanel;
class RequestLogPanel;
class QTabWidget;

// Developer tab: API keys (create, shown once; list; revoke), a validate-key box, the API
// request log with the error details of failed calls, and the server's dependency health,
// as sections of their own. The request log section needs Permission::RequestLogRead.
class DeveloperTab : public QWidget
{
    Q_OBJECT

public:
    explicit DeveloperTab(AdminClient *client, QWidget *parent = nullptr);

    QTabWidget *sections() const { return m_sections; }
    ApiKeysPanel *keysPanel() const { return m_keys; }
    KeyValidationPanel *validationPanel() const { return m_validation; }
    RequestLogPanel *requestLogPanel() const { return m_requestLog; }
    HealthPanel *healthPanel() const { return m_health; }

private:
    void sessionStarted();
    void clear();

    AdminClient *m_client;
    DeveloperApi *m_api;
    QTabWidget *m_sections;
    ApiKeysPanel *m_keys;
    KeyValidationPanel *m_validation;
    RequestLogPanel *m_requestLog;
    HealthPanel *m_health;
};
