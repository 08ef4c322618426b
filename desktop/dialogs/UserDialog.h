#pragma once
#include "client/UsersApi.h"

#include <QDialog>
#include <QMap>

class ErrorBanner;
class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class TenantListEditor;

// Creates a user (name, initial password twice, roles, tenants) or edits one (roles,
// tenants, disabled), and sends it itself, so the server's refusal (a 409 when an
// administrator would disable or demote themselves) shows with the form still filled in.
//
// The tab reuses one instance: while a save is out the dialog cannot be cancelled, so its
// answer always lands in the form that sent it; discard() drops it when the session ends.
class UserDialog : public QDialog
{
    Q_OBJECT

public:
    UserDialog(AdminClient *client, QWidget *parent = nullptr);

    // `tenants`: proposed for the new user (the creator's own, unless they hold "*").
    void prepareCreate(const QStringList &tenants);
    void prepareEdit(const AdminUserInfo &user);
    bool isEditing() const { return m_editing; }

    void accept() override;
    void reject() override; // refused while a save is out; forgets the typed password
    // Closes even while busy, forgetting the passwords and the answer of a save under way.
    void discard();

signals:
    void saved(const AdminUserInfo &user);

private:
    void buildForm();
    QWidget *buildRoles();
    void setRoles(const QStringList &roles);
    QStringList roles() const;
    QString problem() const; // empty: the form can be sent
    void validate();
    AdminUserChange change() const;
    void setBusy(bool busy);
    void clearPasswords();
    void showPasswordRows(bool visible);
    void finished(const ApiResult<AdminUserInfo> &result);

    UsersApi m_api;
    QLineEdit *m_nameEdit = nullptr;
    QLineEdit *m_passwordEdit = nullptr;
    QLineEdit *m_repeatEdit = nullptr;
    QLabel *m_passwordLabel = nullptr;
    QLabel *m_repeatLabel = nullptr;
    QMap<QString, QCheckBox *> m_roleChecks;
    QLabel *m_otherRolesLabel = nullptr;
    TenantListEditor *m_tenants = nullptr;
    QCheckBox *m_disabledCheck = nullptr;
    QLabel *m_problemLabel = nullptr;
    ErrorBanner *m_errorBanner = nullptr;
    QPushButton *m_saveButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
    AdminUserInfo m_original; // on edit: the user as listed, to send only what changed
    QStringList m_otherRoles; // roles the checkboxes do not offer (DevOps groups): kept
    bool m_editing = false;
    bool m_busy = false;
    int m_request = 0; // the save whose answer is awaited; older answers are dropped
};
