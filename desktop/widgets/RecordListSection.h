#pragma once
#include <QWidget>

class QAbstractItemModel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

// One list of the Services tab (services, or call-in groups): a title, New / Edit /
// Delete buttons and a sortable table. It only reports what the user asked for, in rows
// of the source model; the tab does the work.
//
// Keys: Ctrl+N (QKeySequence::New) anywhere in the section, Enter or a double-click on a
// row to open it, Delete on the table.
class RecordListSection : public QWidget
{
    Q_OBJECT

public:
    struct Labels
    {
        QString title;
        QString newText; // with a mnemonic, e.g. "&New service…"
        QString editText;
        QString deleteText;
    };

    // Object names: "<key>View", "new<Key>Button", "edit<Key>Button", "delete<Key>Button"
    // with key e.g. "service" (capitalised where it follows).
    RecordListSection(const QString &key, const Labels &labels, QAbstractItemModel *model,
                      QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    // The source row of the current row, or -1.
    int currentRow() const;
    void selectRow(int sourceRow);
    // May the user create, edit and delete (otherwise rows open read-only)?
    void setManageable(bool manageable);
    bool isManageable() const { return m_manageable; }
    void setBusy(bool busy);

signals:
    void newRequested();
    void openRequested(int sourceRow);
    void deleteRequested(int sourceRow);

private:
    void updateButtons();

    QSortFilterProxyModel *m_proxy;
    QTableView *m_view;
    QPushButton *m_newButton;
    QPushButton *m_editButton;
    QPushButton *m_deleteButton;
    bool m_manageable = false;
    bool m_busy = false;
};
