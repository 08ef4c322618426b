#pragma once
#include <QWidget>

class QLineEdit;
class QListView;
class QPushButton;
class QStringListModel;

// Edits a list of tenant names ("*" for every tenant): a list, a field to type a name
// into (Enter or Add appends it) and Remove for the selected ones.
class TenantListEditor : public QWidget
{
    Q_OBJECT

public:
    explicit TenantListEditor(QWidget *parent = nullptr);

    QStringList tenants() const;
    void setTenants(const QStringList &tenants);
    static bool isTenant(const QString &text); // a tenant name or "*"

signals:
    void changed();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void addTyped();
    void removeSelected();
    void updateButtons();

    QStringListModel *m_model;
    QListView *m_view;
    QLineEdit *m_input;
    QPushButton *m_addButton;
    QPushButton *m_removeButton;
};
