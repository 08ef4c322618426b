#pragma once
#include "client/DeveloperRecords.h"

#include <QDialog>

class DeveloperApi;
class ErrorBanner;
class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QDialogButtonBox;
class QLineEdit;
class QListWidget;

// Asks for a new API key's tenant, name, expiry and scopes and creates it. Accepted only
// once the server has created the key (created() carries it, the one time it is shown);
// the server's error stays in the dialog otherwise. While the create is out the dialog
// cannot be cancelled: the answer holds the key's only display.
class CreateApiKeyDialog : public QDialog
{
    Q_OBJECT

public:
    // `tenants`: to choose from; `anyTenant`: the session may name any tenant (free text).
    CreateApiKeyDialog(DeveloperApi *api, const QStringList &tenants, bool anyTenant,
                       QWidget *parent = nullptr);

    NewApiKey newKey() const;
    void accept() override; // sends the create; closes when it succeeded
    void reject() override; // refused while the create is out
    bool isBusy() const { return m_busy; }

signals:
    void created(const CreatedApiKey &key);

private:
    QWidget *buildScopes();
    void setBusy(bool busy);

    DeveloperApi *m_api;
    QComboBox *m_tenantCombo;
    QLineEdit *m_nameEdit;
    QCheckBox *m_expiresCheck;
    QDateTimeEdit *m_expiresEdit;
    QListWidget *m_scopeList;
    ErrorBanner *m_errorBanner;
    QDialogButtonBox *m_buttons;
    bool m_busy = false;
};
