#pragma once
#include "client/CallbackPage.h"

#include <QAbstractTableModel>
#include <QList>
#include <QLocale>

// Callbacks as the admin API pages them out, in the server's order (the server sorts: a
// local sort of the loaded part would mislead). The model only holds what it was given;
// when the view wants more rows it asks for the next page with moreRequested() and
// whoever loads pages answers with appendPage() or fetchFailed(). Rows are plain values
// and display text is made only for the rows a view paints, so 100,000 rows stay cheap.
class CallbackTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        TenantColumn,
        ServiceColumn,
        PhoneColumn,
        StateColumn,
        DesiredTimeColumn,
        EwtColumn,
        PositionColumn,
        CreatedColumn,
        ReasonColumn,
        UserDataColumn,
        ColumnCount
    };
    enum Role
    {
        IdRole = Qt::UserRole + 1,
    };
    static constexpr int UserDataPreviewLength = 60;

    explicit CallbackTableModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    const ges::Callback &callbackAt(int row) const { return m_callbacks.at(row); }
    QString nextCursor() const { return m_nextCursor; }

    void setFirstPage(const CallbackPage &page); // replaces everything
    void appendPage(const CallbackPage &page);
    void fetchFailed(); // no more automatic fetching until the next first page
    // The same while a new first page is on its way: the old list's next page would mix
    // rows of the old filters into the new list.
    void stopFetching() { fetchFailed(); }
    void clear();
    // The row of `callback.id`, if loaded, now shows `callback` (after an edit).
    void updateCallback(const ges::Callback &callback);
    // Loaded rows of `ids` now show what a cancel made of them.
    void markCancelled(const QStringList &ids);

signals:
    void moreRequested(const QString &cursor);

private:
    QVariant display(const ges::Callback &callback, int column) const;
    void rowChanged(int row);
    static QString userDataPreview(const QJsonObject &userData);

    QLocale m_locale; // made once: data() runs for every painted cell
    QList<ges::Callback> m_callbacks;
    QString m_nextCursor;
    bool m_fetching = false;
    bool m_fetchFailed = false;
};
