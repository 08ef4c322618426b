#pragma once
#include "client/DeveloperRecords.h"

#include <QAbstractTableModel>

// The API request log of one tenant, newest first, as the server pages it out. Like
// CallbackTableModel it only holds what it was given: when the view wants more rows it
// asks with moreRequested(cursor), answered by appendPage() or fetchFailed().
class RequestLogModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        TimeColumn,
        MethodColumn,
        PathColumn,
        StatusColumn,
        ErrorCodeColumn,
        LatencyColumn,
        KeyPrefixColumn,
        ColumnCount
    };

    explicit RequestLogModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    const RequestLogEntry &entryAt(int row) const { return m_entries.at(row); }
    QString nextCursor() const { return m_nextCursor; }

    void setFirstPage(const RequestLogPage &page);
    void appendPage(const RequestLogPage &page);
    void fetchFailed();
    void clear();

    // The details pane's text of one entry: everything the log knows about the call.
    static QString details(const RequestLogEntry &entry);

signals:
    void moreRequested(const QString &cursor);

private:
    QVariant display(const RequestLogEntry &entry, int column) const;

    QList<RequestLogEntry> m_entries;
    QString m_nextCursor;
    bool m_fetching = false;
    bool m_fetchFailed = false;
};
