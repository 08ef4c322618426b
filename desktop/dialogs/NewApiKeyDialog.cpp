#include "NewApiKeyDialog.h"
#include "widgets/Icons.h"

#include <QClipboard>
#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

NewApiKeyDialog::NewApiKeyDialog(const CreatedApiKey &key, QWidget *parent)
    : QDialog(parent), m_keyEdit(new QLineEdit(key.key, this))
{
    setObjectName("newKeyDialog");
    setWindowTitle(tr("New API key"));
    auto *intro = new QLabel(
        tr("The key \"%1\" of tenant %2 has been created.").arg(key.info.name, key.info.tenant),
        this);
    intro->setWordWrap(true);
    auto *warning = new QLabel(tr("Copy it now: it will not be shown again. The server keeps "
                                  "only a hash of it."),
                               this);
    warning->setObjectName("keyWarning");
    warning->setWordWrap(true);
    warning->setStyleSheet("QLabel { font-weight: bold; }");

    m_keyEdit->setObjectName("keyEdit");
    m_keyEdit->setReadOnly(true);
    m_keyEdit->setMinimumWidth(m_keyEdit->fontMetrics().horizontalAdvance(key.key) + 24);
    auto *copyButton = new QPushButton(Icons::action("copy"), tr("&Copy"), this);
    copyButton->setObjectName("copyButton");
    connect(copyButton, &QPushButton::clicked, this, [this, copyButton] {
        QGuiApplication::clipboard()->setText(m_keyEdit->text());
        copyButton->setText(tr("&Copied"));
    });
    auto *keyRow = new QHBoxLayout;
    keyRow->addWidget(m_keyEdit, 1);
    keyRow->addWidget(copyButton);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::accept);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(keyRow);
    layout->addWidget(warning);
    layout->addWidget(buttons);
    m_keyEdit->selectAll();
    copyButton->setFocus();
}

QString NewApiKeyDialog::key() const
{
    return m_keyEdit->text();
}
