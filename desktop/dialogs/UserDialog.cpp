#include "UserDialog.h"

#include "widgets/ErrorBanner.h"
#include "widgets/TenantListEditor.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

UserDialog::UserDialog(AdminClient *client, QWidget *parent) : QDialog(parent), m_api(client)
{
    setObjectName("userDialog");
    setModal(true);
    buildForm();
}

void UserDialog::buildForm()
{
    const auto makeEdit = [this](const char *name, bool secret) {
        auto *edit = new QLineEdit(this);
        edit->setObjectName(QLatin1String(name));
        if (secret)
            edit->setEchoMode(QLineEdit::Password);
        connect(edit, &QLineEdit::textChanged, this, &UserDialog::validate);
        return edit;
    };
    m_nameEdit = makeEdit("nameEdit", false);
    m_passwordEdit = makeEdit("passwordEdit", true);
    m_passwordEdit->setPlaceholderText(
        tr("at least %1 characters").arg(UsersApi::MinPasswordLength));
    m_repeatEdit = makeEdit("repeatEdit", true);
    m_tenants = new TenantListEditor(this);
    m_tenants->setObjectName("tenantEditor");
    connect(m_tenants, &TenantListEditor::changed, this, &UserDialog::validate);
    m_disabledCheck = new QCheckBox(tr("&Disabled (cannot log in; open sessions end)"), this);
    m_disabledCheck->setObjectName("disabledCheck");
    connect(m_disabledCheck, &QCheckBox::toggled, this, &UserDialog::validate);

    auto *form = new QFormLayout;
    const auto addRow = [this, form](const QString &text, QWidget *field) {
        auto *label = new QLabel(text, this);
        label->setBuddy(field);
        form->addRow(label, field);
        return label;
    };
    addRow(tr("&Name:"), m_nameEdit);
    m_passwordLabel = addRow(tr("&Password:"), m_passwordEdit);
    m_repeatLabel = addRow(tr("&Repeat password:"), m_repeatEdit);
    form->addRow(tr("Roles:"), buildRoles());
    addRow(tr("&Tenants:"), m_tenants);
    form->addRow(QString(), m_disabledCheck);

    m_problemLabel = new QLabel(this);
    m_problemLabel->setObjectName("problemLabel");
    m_errorBanner = new ErrorBanner(this);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_saveButton = buttons->button(QDialogButtonBox::Save);
    m_saveButton->setObjectName("saveButton");
    m_cancelButton = buttons->button(QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &UserDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &UserDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problemLabel);
    layout->addWidget(m_errorBanner);
    layout->addWidget(buttons);
    setMinimumWidth(440);
}

// One checkbox per assignable role. The role names are the API's contract and are shown
// as they are (the server and other tools use the same words).
QWidget *UserDialog::buildRoles()
{
    auto *box = new QWidget(this);
    auto *column = new QVBoxLayout(box);
    column->setContentsMargins(0, 0, 0, 0);
    for (const QString &role : ges::roles::assignable()) {
        auto *check = new QCheckBox(role, box);
        check->setObjectName(QStringLiteral("role:") + role);
        connect(check, &QCheckBox::toggled, this, &UserDialog::validate);
        m_roleChecks.insert(role, check);
        column->addWidget(check);
    }
    m_otherRolesLabel = new QLabel(box);
    m_otherRolesLabel->setWordWrap(true);
    column->addWidget(m_otherRolesLabel);
    return box;
}

void UserDialog::prepareCreate(const QStringList &tenants)
{
    m_editing = false;
    m_original = {};
    setWindowTitle(tr("New User"));
    m_nameEdit->clear();
    m_nameEdit->setReadOnly(false);
    clearPasswords();
    showPasswordRows(true);
    m_disabledCheck->setVisible(false);
    m_disabledCheck->setChecked(false);
    setRoles({});
    m_tenants->setTenants(tenants);
    m_errorBanner->hide();
    setBusy(false);
    m_nameEdit->setFocus();
}

void UserDialog::prepareEdit(const AdminUserInfo &user)
{
    m_editing = true;
    m_original = user;
    setWindowTitle(tr("Edit User %1").arg(user.name));
    m_nameEdit->setText(user.name);
    m_nameEdit->setReadOnly(true);
    clearPasswords();
    showPasswordRows(false);
    m_disabledCheck->setVisible(true);
    m_disabledCheck->setChecked(user.disabled);
    setRoles(user.roles);
    m_tenants->setTenants(user.tenants);
    m_errorBanner->hide();
    setBusy(false);
}

void UserDialog::setRoles(const QStringList &roles)
{
    m_otherRoles.clear();
    for (const QString &role : roles) {
        if (!m_roleChecks.contains(role))
            m_otherRoles.append(role);
    }
    for (auto it = m_roleChecks.begin(); it != m_roleChecks.end(); ++it)
        it.value()->setChecked(roles.contains(it.key()));
    m_otherRolesLabel->setText(
        m_otherRoles.isEmpty() ? QString() : tr("Also (kept): %1").arg(m_otherRoles.join(", ")));
    m_otherRolesLabel->setVisible(!m_otherRoles.isEmpty());
}

QStringList UserDialog::roles() const
{
    QStringList roles;
    for (const QString &role : ges::roles::assignable()) {
        if (m_roleChecks.value(role)->isChecked())
            roles.append(role);
    }
    return roles + m_otherRoles;
}

QString UserDialog::problem() const
{
    if (!UsersApi::isUserName(m_nameEdit->text()))
        return tr("Name: 1–64 letters, digits or . _ @ -");
    if (!m_editing) {
        const qsizetype length = m_passwordEdit->text().size();
        if (length < UsersApi::MinPasswordLength)
            return tr("Password: at least %1 characters").arg(UsersApi::MinPasswordLength);
        if (length > UsersApi::MaxPasswordLength)
            return tr("Password: at most %1 characters").arg(UsersApi::MaxPasswordLength);
        if (m_repeatEdit->text() != m_passwordEdit->text())
            return tr("The two passwords differ");
    }
    if (roles().isEmpty())
        return tr("Roles: choose at least one");
    if (m_tenants->tenants().isEmpty())
        return tr("Tenants: add at least one (or * for all)");
    return {};
}

void UserDialog::validate()
{
    const QString text = problem();
    m_problemLabel->setText(text);
    m_problemLabel->setVisible(!text.isEmpty());
    m_saveButton->setEnabled(text.isEmpty() && !m_busy);
}

AdminUserChange UserDialog::change() const
{
    AdminUserChange change;
    if (roles() != m_original.roles)
        change.roles = roles();
    if (m_tenants->tenants() != m_original.tenants)
        change.tenants = m_tenants->tenants();
    if (m_disabledCheck->isChecked() != m_original.disabled)
        change.disabled = m_disabledCheck->isChecked();
    return change;
}

void UserDialog::accept()
{
    if (m_busy || !problem().isEmpty())
        return;
    const auto done = [this, request = ++m_request](const ApiResult<AdminUserInfo> &result) {
        if (request == m_request)
            finished(result);
    };
    if (!m_editing) {
        AdminUserInfo user;
        user.name = m_nameEdit->text();
        user.roles = roles();
        user.tenants = m_tenants->tenants();
        setBusy(true);
        m_api.createUser(user, m_passwordEdit->text(), this, done);
        return;
    }
    const AdminUserChange changed = change();
    if (!changed.roles && !changed.tenants && !changed.disabled) {
        QDialog::accept(); // nothing to send
        return;
    }
    setBusy(true);
    m_api.updateUser(m_original.name, changed, this, done);
}

void UserDialog::finished(const ApiResult<AdminUserInfo> &result)
{
    setBusy(false);
    if (!result.ok()) {
        m_errorBanner->showError(tr("Not saved"), result.error());
        return;
    }
    clearPasswords();
    emit saved(result.value());
    QDialog::accept();
}

void UserDialog::reject()
{
    if (m_busy)
        return;
    clearPasswords();
    QDialog::reject();
}

void UserDialog::discard()
{
    clearPasswords();
    setBusy(false);
    if (isVisible())
        done(QDialog::Rejected);
}

void UserDialog::clearPasswords()
{
    ++m_request;
    m_passwordEdit->clear();
    m_repeatEdit->clear();
}

void UserDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_saveButton->setText(busy ? tr("Saving…") : tr("&Save"));
    m_cancelButton->setEnabled(!busy);
    const QList<QWidget *> fields{m_passwordEdit, m_repeatEdit, m_tenants, m_disabledCheck};
    for (QWidget *field : fields)
        field->setEnabled(!busy);
    for (QCheckBox *check : std::as_const(m_roleChecks))
        check->setEnabled(!busy);
    validate();
}

// The password has its own dialog (Reset password) on edit: it ends the user's sessions.
void UserDialog::showPasswordRows(bool visible)
{
    const QList<QWidget *> rows{m_passwordEdit, m_repeatEdit, m_passwordLabel, m_repeatLabel};
    for (QWidget *widget : rows)
        widget->setVisible(visible);
}
