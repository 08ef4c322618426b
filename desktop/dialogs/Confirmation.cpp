#include "Confirmation.h"

#include <QMessageBox>
#include <QPushButton>

QMessageBox *Confirmation::ask(QWidget *parent, const QString &title, const QString &text,
                               const QString &confirmText, std::function<void()> onConfirmed)
{
    auto *box = new QMessageBox(QMessageBox::Question, title, text, QMessageBox::NoButton, parent);
    box->setObjectName("confirmationBox");
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *confirm = box->addButton(confirmText, QMessageBox::AcceptRole);
    confirm->setObjectName("confirmButton");
    QPushButton *cancel = box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(cancel);
    QObject::connect(box, &QMessageBox::buttonClicked, box,
                     [confirm, onConfirmed = std::move(onConfirmed)](QAbstractButton *button) {
                         if (button == confirm)
                             onConfirmed();
                     });
    box->open();
    return box;
}
