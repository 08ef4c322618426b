#include "KeyValidationPanel.h"
#include "widgets/Icons.h"

#include "client/DeveloperApi.h"
#include "models/ApiKeyTableModel.h"
#include "widgets/ErrorBanner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

KeyValidationPanel::KeyValidationPanel(DeveloperApi *api, QWidget *parent)
    : QGroupBox(tr("Validate a key"), parent), m_api(api), m_keyEdit(new QLineEdit(this)),
      m_validateButton(new QPushButton(Icons::action("test"), tr("V&alidate"), this)),
      m_resultLabel(new QLabel(this))
{
    setObjectName("keyValidationPanel");
    m_keyEdit->setObjectName("validateKeyEdit");
    m_keyEdit->setPlaceholderText(tr("Paste an API key (ges_…)"));
    m_keyEdit->setClearButtonEnabled(true);
    // Not echoed as typed text would be in a screenshot, but a pasted key is the user's own.
    m_keyEdit->setEchoMode(QLineEdit::PasswordEchoOnEdit);
    m_validateButton->setObjectName("validateButton");
    m_resultLabel->setObjectName("validationResult");
    m_resultLabel->setWordWrap(true);
    m_resultLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    connect(m_validateButton, &QPushButton::clicked, this, &KeyValidationPanel::validate);
    connect(m_keyEdit, &QLineEdit::returnPressed, this, &KeyValidationPanel::validate);

    auto *row = new QHBoxLayout;
    row->addWidget(m_keyEdit, 1);
    row->addWidget(m_validateButton);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(m_resultLabel);
}

void KeyValidationPanel::validate()
{
    const QString key = m_keyEdit->text().trimmed();
    if (key.isEmpty())
        return;
    const int generation = ++m_generation;
    m_validity.reset();
    m_validateButton->setEnabled(false);
    m_resultLabel->setText(tr("Checking…"));
    m_api->validateKey(key, this, [this, generation](const ApiResult<ApiKeyValidity> &result) {
        if (generation != m_generation)
            return;
        m_validateButton->setEnabled(true);
        if (!result.ok()) {
            m_resultLabel->setText(
                ErrorBanner::describe(tr("Could not check the key"), result.error()));
            return;
        }
        showValidity(result.value());
    });
}

void KeyValidationPanel::showValidity(const ApiKeyValidity &validity)
{
    m_validity = validity;
    QStringList lines{validity.valid ? tr("Valid.")
                                     : tr("Not valid: %1.").arg(reasonText(validity.reason))};
    if (!validity.tenant.isEmpty()) {
        lines.append(tr("Tenant: %1, name: %2, key %3…")
                         .arg(validity.tenant, validity.name, validity.prefix));
        lines.append(validity.scopes.isEmpty()
                         ? tr("Scopes: the whole external API")
                         : tr("Scopes: %1").arg(validity.scopes.join(QStringLiteral(", "))));
        lines.append(
            tr("Expires: %1").arg(ApiKeyTableModel::timeText(validity.expiresAt, tr("never"))));
    }
    m_resultLabel->setText(lines.join('\n'));
}

QString KeyValidationPanel::reasonText(const QString &reason)
{
    if (reason == QLatin1String("unknown"))
        return tr("no such key");
    if (reason == QLatin1String("revoked"))
        return tr("the key has been revoked");
    if (reason == QLatin1String("expired"))
        return tr("the key has expired");
    if (reason == QLatin1String("malformed"))
        return tr("this is not an API key");
    return reason;
}

void KeyValidationPanel::clear()
{
    ++m_generation;
    m_validity.reset();
    m_keyEdit->clear();
    m_resultLabel->clear();
    m_validateButton->setEnabled(true);
}
