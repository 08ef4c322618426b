#pragma once
#include "client/ApiResult.h"
#include "client/DeveloperRecords.h"

#include <QGroupBox>
#include <optional>

class DeveloperApi;
class QLabel;
class QLineEdit;
class QPushButton;

// "Is this key any good?": a pasted key, checked by the server (valid, or why not, and
// whose it is). The key is sent once and kept nowhere.
class KeyValidationPanel : public QGroupBox
{
    Q_OBJECT

public:
    explicit KeyValidationPanel(DeveloperApi *api, QWidget *parent = nullptr);

    const std::optional<ApiKeyValidity> &lastValidity() const { return m_validity; }

public slots:
    void validate();
    void clear();

private:
    void showValidity(const ApiKeyValidity &validity);
    static QString reasonText(const QString &reason);

    DeveloperApi *m_api;
    QLineEdit *m_keyEdit;
    QPushButton *m_validateButton;
    QLabel *m_resultLabel;
    std::optional<ApiKeyValidity> m_validity;
    int m_generation = 0;
};
