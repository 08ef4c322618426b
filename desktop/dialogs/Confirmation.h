#pragma once
#include <QString>
#include <functional>

class QMessageBox;
class QWidget;

// A yes/no question before a destructive action (delete, end a session), shown with
// open(): no nested event loop, the action runs when the user confirms. The box (object
// name "confirmationBox") deletes itself when closed; "No" is the default button.
class Confirmation
{
public:
    static QMessageBox *ask(QWidget *parent, const QString &title, const QString &text,
                            const QString &confirmText, std::function<void()> onConfirmed);
};
