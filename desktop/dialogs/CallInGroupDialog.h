#pragma once
#include "client/ApiResult.h"
#include "shared/CallInGroup.h"

#include <QDialog>

class ErrorBanner;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
class ServicesApi;

// Creates or edits a click-to-call-in group: tenant, name, the numbers callers dial (one
// per line, normalised to E.164 as they are typed), access code length and expiry.
// Checked with CallInGroup's own validation before anything is sent; closes once the
// server has stored the group.
class CallInGroupDialog : public QDialog
{
    Q_OBJECT

public:
    explicit CallInGroupDialog(ServicesApi *api, QWidget *parent = nullptr);

    void edit(const ges::CallInGroup &group, bool isNew, const QStringList &tenants,
              bool anyTenant);
    void setReadOnly(bool readOnly);
    void accept() override;
    void reject() override; // refused while the save is out, so its answer always lands
    std::optional<ges::CallInGroup> collect(QList<ges::FieldProblem> *problems) const;

signals:
    void saved(const ges::CallInGroup &group);

private:
    void buildForm();
    void updateNumberFeedback();
    void saveFinished(const ApiResult<ges::CallInGroup> &result);
    void setBusy(bool busy);

    ServicesApi *m_api;
    ges::CallInGroup m_original;
    bool m_isNew = true;
    QComboBox *m_tenant;
    QLineEdit *m_name;
    QPlainTextEdit *m_numbers;
    QLabel *m_numberFeedback;
    QSpinBox *m_codeLength;
    QSpinBox *m_expiry;
    ErrorBanner *m_error;
    QDialogButtonBox *m_buttons;
    bool m_busy = false;
};
