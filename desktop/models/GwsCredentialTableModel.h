#pragma once
#include "client/CredentialsApi.h"

#include <QAbstractTableModel>

// The tenants' GWS credentials, one row per tenant. There is deliberately no secret
// column: the client never has the secret after saving it (the server does not send it).
class GwsCredentialTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        TenantColumn,
        ClientIdColumn,
        AuthUrlColumn,
        OtherUrlsColumn,
        UpdatedColumn,
        UpdatedByColumn,
        ColumnCount
    };
    static constexpr int SortRole = Qt::UserRole + 1;

    explicit GwsCredentialTableModel(QObject *parent = nullptr);

    void setCredentials(const QList<GwsCredentialInfo> &credentials);
    void clear() { setCredentials({}); }
    const GwsCredentialInfo &credentialAt(int row) const { return m_credentials.at(row); }
    int rowOf(const QString &tenant) const; // -1: not listed

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant display(const GwsCredentialInfo &credential, int column) const;

    QList<GwsCredentialInfo> m_credentials;
};
