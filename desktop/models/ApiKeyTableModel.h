#pragma once
#include "client/DeveloperRecords.h"

#include <QAbstractTableModel>

// The API keys of the Developer tab (never the keys themselves: the server keeps only
// their hash). Revoked keys stay listed, greyed, so their last use can still be read.
class ApiKeyTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        TenantColumn,
        PrefixColumn,
        CreatedColumn,
        ExpiresColumn,
        LastUsedColumn,
        RevokedColumn,
        ColumnCount
    };
    static constexpr int IdRole = Qt::UserRole + 1;

    explicit ApiKeyTableModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    const ApiKeyInfo &keyAt(int row) const { return m_keys.at(row); }
    int rowOf(const QString &id) const; // -1 when not listed
    void setKeys(const QList<ApiKeyInfo> &keys);
    void updateKey(const ApiKeyInfo &key); // after a revoke: the row in place
    QStringList tenants() const;           // of the listed keys, sorted, once each

    static QString timeText(const QDateTime &time, const QString &none);

private:
    QVariant display(const ApiKeyInfo &key, int column) const;

    QList<ApiKeyInfo> m_keys;
};
