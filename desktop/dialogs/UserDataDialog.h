#pragma once
#include "client/CallbacksApi.h"

#include <QDialog>

class ErrorBanner;
class JsonObjectEdit;
class QDialogButtonBox;
class QLabel;

// Replaces one callback's userData (PUT .../user-data): a JSON object editor that checks
// the text before it can be saved; stays open with the server's message on refusal.
class UserDataDialog : public QDialog
{
    Q_OBJECT

public:
    UserDataDialog(CallbacksApi *api, const ges::Callback &callback, QWidget *parent = nullptr);

    // Refused while the request is out, so its answer always reaches the list.
    void reject() override;

signals:
    void saved(const ges::Callback &callback);

private:
    void save();
    void updateState();

    CallbacksApi *m_api;
    QString m_id;
    JsonObjectEdit *m_edit;
    QLabel *m_problem;
    ErrorBanner *m_error;
    QDialogButtonBox *m_buttons;
    bool m_saving = false;
};
