#pragma once
#include "client/CallbackPage.h"

#include <QAbstractTableModel>
#include <QList>

// Callbacks as the admin API pages them out, newest first. The model only holds what it
// was given; when the view wants more rows it asks for the next page with moreRequested()
// and whoever loads pages answers with appendPage() or fetchFailed().
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
        SortRole = Qt::UserRole + 1, // raw values: times and numbers sort as such
        IdRole,
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
    void clear();

signals:
    void moreRequested(const QString &cursor);

private:
    QVariant display(const ges::Callback &callback, int column) const;
    QVariant sortValue(const ges::Callback &callback, int column) const;
    static QString userDataPreview(const QJsonObject &userData);

    QList<ges::Callback> m_callbacks;
    QString m_nextCursor;
    bool m_fetching = false;
    bool m_fetchFailed = false;
};
