#include "GwsCredentialDialog.h"

#include "widgets/ErrorBanner.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QUrl>
#include <QVBoxLayout>

namespace {
// The server's limits (GwsCredentialVault::problemsOf); it checks them again.
constexpr int MaxClientIdLength = 200;
constexpr int MaxSecretLength = 1000;
constexpr int MaxUrlLength = 500;

bool isTenantName(const QString &tenant)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9_.:@-]{0,99}$"));
    return pattern.match(tenant).hasMatch();
}

bool isWebUrl(const QString &text)
{
    const QUrl url(text, QUrl::StrictMode);
    return url.isValid() && (url.scheme() == QLatin1String("http") || url.scheme() == "https") &&
           !url.host().isEmpty() && text.size() <= MaxUrlLength;
}

QString urlLabel(const QString &name)
{
    if (name == QLatin1String("auth"))
        return GwsCredentialDialog::tr("&Auth URL:");
    if (name == QLatin1String("env"))
        return GwsCredentialDialog::tr("&Environment URL:");
    if (name == QLatin1String("conf"))
        return GwsCredentialDialog::tr("C&onfiguration URL:");
    if (name == QLatin1String("publicAuth"))
        return GwsCredentialDialog::tr("&Public auth URL:");
    return GwsCredentialDialog::tr("&Statistics URL:");
}
} // namespace

GwsCredentialDialog::GwsCredentialDialog(AdminClient *client, QWidget *parent)
    : QDialog(parent), m_api(client)
{
    setObjectName("gwsCredentialDialog");
    setModal(true);
    buildForm();
}

void GwsCredentialDialog::buildForm()
{
    const auto makeEdit = [this](const char *name) {
        auto *edit = new QLineEdit(this);
        edit->setObjectName(QLatin1String(name));
        connect(edit, &QLineEdit::textChanged, this, &GwsCredentialDialog::validate);
        return edit;
    };
    m_tenantEdit = makeEdit("tenantEdit");
    m_clientIdEdit = makeEdit("clientIdEdit");
    m_secretEdit = makeEdit("secretEdit");
    m_secretEdit->setEchoMode(QLineEdit::Password);
    m_secretNote = new QLabel(this);
    m_secretNote->setObjectName("secretNote");
    m_secretNote->setWordWrap(true);

    auto *form = new QFormLayout;
    const auto addRow = [this, form](const QString &text, QWidget *field) {
        auto *label = new QLabel(text, this);
        label->setBuddy(field);
        form->addRow(label, field);
    };
    addRow(tr("&Tenant:"), m_tenantEdit);
    addRow(tr("&Client ID:"), m_clientIdEdit);
    addRow(tr("Client s&ecret:"), m_secretEdit);
    form->addRow(QString(), m_secretNote);
    for (const QString &name : CredentialsApi::urlNames()) {
        QLineEdit *edit = makeEdit(qPrintable(name + QLatin1String("UrlEdit")));
        edit->setPlaceholderText(name == QLatin1String("auth") ? tr("https://… (required)")
                                                               : tr("https://… (optional)"));
        m_urlEdits.insert(name, edit);
        addRow(urlLabel(name), edit);
    }

    m_problemLabel = new QLabel(this);
    m_problemLabel->setObjectName("problemLabel");
    m_errorBanner = new ErrorBanner(this);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_saveButton = m_buttons->button(QDialogButtonBox::Save);
    m_saveButton->setObjectName("saveButton");
    connect(m_buttons, &QDialogButtonBox::accepted, this, &GwsCredentialDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &GwsCredentialDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problemLabel);
    layout->addWidget(m_errorBanner);
    layout->addWidget(m_buttons);
    setMinimumWidth(480);
}

void GwsCredentialDialog::clearFields()
{
    ++m_request;
    m_tenantEdit->clear();
    m_clientIdEdit->clear();
    m_secretEdit->clear();
    for (QLineEdit *edit : std::as_const(m_urlEdits))
        edit->clear();
    m_errorBanner->hide();
    setBusy(false);
}

void GwsCredentialDialog::prepareRegister()
{
    m_editing = false;
    clearFields();
    setWindowTitle(tr("Register GWS Credentials"));
    m_tenantEdit->setReadOnly(false);
    m_secretEdit->setPlaceholderText(tr("required"));
    m_secretNote->setText(tr("The secret is stored encrypted and never shown again."));
    m_tenantEdit->setFocus();
    validate();
}

void GwsCredentialDialog::prepareEdit(const GwsCredentialInfo &credential)
{
    m_editing = true;
    clearFields();
    setWindowTitle(tr("Edit GWS Credentials of %1").arg(credential.tenant));
    m_tenantEdit->setText(credential.tenant);
    m_tenantEdit->setReadOnly(true); // the tenant is the record's key
    m_clientIdEdit->setText(credential.clientId);
    m_storedAuthUrl = credential.urls.value(QStringLiteral("auth"));
    for (auto it = m_urlEdits.begin(); it != m_urlEdits.end(); ++it)
        it.value()->setText(credential.urls.value(it.key()));
    m_secretEdit->setPlaceholderText(tr("unchanged — type to replace"));
    m_secretNote->setText(
        credential.hasSecret
            ? tr("Leave the secret empty to keep the stored one; it is never shown again.")
            : tr("No secret is stored: type one."));
    m_clientIdEdit->setFocus();
    validate();
}

QString GwsCredentialDialog::problem() const
{
    if (!isTenantName(m_tenantEdit->text()))
        return tr("Tenant: 1–100 letters, digits or _ . : @ -");
    const QString clientId = m_clientIdEdit->text().trimmed();
    if (clientId.isEmpty() || clientId.size() > MaxClientIdLength)
        return tr("Client ID: 1–%1 characters").arg(MaxClientIdLength);
    if (!m_editing && m_secretEdit->text().isEmpty())
        return tr("Client secret: required when registering");
    // The stored secret is never sent to another authentication host.
    if (m_editing && m_secretEdit->text().isEmpty() &&
        m_urlEdits.value(QStringLiteral("auth"))->text().trimmed() != m_storedAuthUrl)
        return tr("Client secret: required when the auth URL changes");
    if (m_secretEdit->text().size() > MaxSecretLength)
        return tr("Client secret: at most %1 characters").arg(MaxSecretLength);
    for (auto it = m_urlEdits.begin(); it != m_urlEdits.end(); ++it) {
        const QString text = it.value()->text().trimmed();
        if (text.isEmpty() && it.key() == QLatin1String("auth"))
            return tr("Auth URL: required");
        if (!text.isEmpty() && !isWebUrl(text))
            return tr("%1: not an http or https URL")
                .arg(urlLabel(it.key()).remove(u'&').remove(u':'));
    }
    return {};
}

void GwsCredentialDialog::validate()
{
    const QString text = problem();
    m_problemLabel->setText(text);
    m_problemLabel->setVisible(!text.isEmpty());
    m_saveButton->setEnabled(text.isEmpty() && !m_busy);
}

GwsCredentialInput GwsCredentialDialog::input() const
{
    GwsCredentialInput input;
    input.tenant = m_tenantEdit->text();
    input.clientId = m_clientIdEdit->text().trimmed();
    if (!m_secretEdit->text().isEmpty())
        input.clientSecret = m_secretEdit->text();
    for (auto it = m_urlEdits.begin(); it != m_urlEdits.end(); ++it)
        input.urls.insert(it.key(), it.value()->text().trimmed());
    return input;
}

void GwsCredentialDialog::accept()
{
    if (m_busy || !problem().isEmpty())
        return;
    const GwsCredentialInput sent = input();
    setBusy(true);
    m_api.put(sent, this,
              [this, request = ++m_request](const ApiResult<GwsCredentialInfo> &result) {
                  if (request == m_request)
                      finished(result);
              });
}

void GwsCredentialDialog::finished(const ApiResult<GwsCredentialInfo> &result)
{
    setBusy(false);
    if (!result.ok()) {
        m_errorBanner->showError(tr("Not saved"), result.error());
        return;
    }
    // Kept in the field after a refusal (a retry must not silently drop a new secret),
    // gone as soon as it is stored or the dialog is cancelled.
    m_secretEdit->clear();
    emit saved(result.value());
    QDialog::accept();
}

void GwsCredentialDialog::reject()
{
    if (m_busy)
        return;
    m_secretEdit->clear();
    QDialog::reject();
}

void GwsCredentialDialog::discard()
{
    clearFields();
    if (isVisible())
        done(QDialog::Rejected);
}

void GwsCredentialDialog::setBusy(bool busy)
{
    m_busy = busy;
    for (QLineEdit *edit : findChildren<QLineEdit *>())
        edit->setEnabled(!busy);
    m_saveButton->setText(busy ? tr("Saving…") : tr("&Save"));
    m_buttons->button(QDialogButtonBox::Cancel)->setEnabled(!busy);
    validate();
}
