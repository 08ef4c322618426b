#pragma once
#include "client/CredentialsApi.h"

#include <QDialog>
#include <QMap>

class ErrorBanner;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

// Registers a tenant's GWS credentials or edits them, and saves them itself, so a
// refusal of the server (its message) is shown with the form still filled in.
//
// The client secret is write-only: the field starts empty every time, on edit empty
// means "keep the stored secret" (the server keeps it when the field is left out), and
// it is cleared again once the server stored it or the dialog is cancelled.
//
// The tab reuses one instance: while a save is out the dialog cannot be cancelled, so its
// answer always lands in the form that sent it; discard() drops it when the session ends.
class GwsCredentialDialog : public QDialog
{
    Q_OBJECT

public:
    GwsCredentialDialog(AdminClient *client, QWidget *parent = nullptr);

    void prepareRegister();
    void prepareEdit(const GwsCredentialInfo &credential);
    bool isEditing() const { return m_editing; }
    bool isBusy() const { return m_busy; }

    void accept() override;
    void reject() override; // refused while a save is out
    // Closes even while busy, forgetting the form and the answer of a save under way.
    void discard();

signals:
    void saved(const GwsCredentialInfo &credential);

private:
    void buildForm();
    void clearFields();
    void validate();
    QString problem() const; // empty: the form can be sent
    GwsCredentialInput input() const;
    void setBusy(bool busy);
    void finished(const ApiResult<GwsCredentialInfo> &result);

    CredentialsApi m_api;
    QLineEdit *m_tenantEdit = nullptr;
    QLineEdit *m_clientIdEdit = nullptr;
    QLineEdit *m_secretEdit = nullptr;
    QLabel *m_secretNote = nullptr;
    QMap<QString, QLineEdit *> m_urlEdits;
    QLabel *m_problemLabel = nullptr;
    ErrorBanner *m_errorBanner = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_saveButton = nullptr;
    bool m_editing = false;
    QString m_storedAuthUrl; // editing: a new one needs the secret again (the server says so too)
    bool m_busy = false;
    int m_request = 0; // the save whose answer is awaited; older answers are dropped
};
