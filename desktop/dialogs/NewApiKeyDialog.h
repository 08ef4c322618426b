#pragma once
#include "client/DeveloperRecords.h"

#include <QDialog>

class QLineEdit;

// Shows a new API key the one time it exists in the clear: a read-only field, a copy
// button, and the warning that the key cannot be shown again (the server keeps its hash).
class NewApiKeyDialog : public QDialog
{
    Q_OBJECT

public:
    explicit NewApiKeyDialog(const CreatedApiKey &key, QWidget *parent = nullptr);

    QString key() const;

private:
    QLineEdit *m_keyEdit;
};
