#pragma once
#include "RecordTableModel.h"

#include "client/CredentialsApi.h"

// The tenants' GWS credentials, one row per tenant. There is deliberately no secret
// column: the client never has the secret after saving it (the server does not send it).
class GwsCredentialTableModel
    : public RecordTableModel<GwsCredentialInfo, &GwsCredentialInfo::tenant>
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

    using RecordTableModel::RecordTableModel;

    void setCredentials(const QList<GwsCredentialInfo> &credentials) { setRecords(credentials); }
    void clear() { setCredentials({}); }
    const GwsCredentialInfo &credentialAt(int row) const { return m_records.at(row); }

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant display(const GwsCredentialInfo &credential, int column) const;
};
