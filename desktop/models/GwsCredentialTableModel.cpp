#include "GwsCredentialTableModel.h"
#include "models/TimeText.h"

#include <QLocale>

namespace {
QString otherUrls(const GwsCredentialInfo &credential)
{
    QStringList parts;
    for (const QString &name : CredentialsApi::urlNames()) {
        if (name != QLatin1String("auth") && !credential.urls.value(name).isEmpty())
            parts.append(name + QLatin1String(": ") + credential.urls.value(name));
    }
    return parts.join(QLatin1String(", "));
}
} // namespace

int GwsCredentialTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant GwsCredentialTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_records.size())
        return {};
    const GwsCredentialInfo &credential = m_records.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return display(credential, index.column());
    case SortRole:
        if (index.column() == UpdatedColumn)
            return credential.updatedAt;
        return display(credential, index.column());
    default:
        return {};
    }
}

QVariant GwsCredentialTableModel::display(const GwsCredentialInfo &credential, int column) const
{
    switch (column) {
    case TenantColumn:
        return credential.tenant;
    case ClientIdColumn:
        return credential.clientId;
    case AuthUrlColumn:
        return credential.urls.value(QStringLiteral("auth"));
    case OtherUrlsColumn:
        return otherUrls(credential);
    case UpdatedColumn:
        return timeText(credential.updatedAt);
    case UpdatedByColumn:
        return credential.updatedBy;
    default:
        return {};
    }
}

QVariant GwsCredentialTableModel::headerData(int section, Qt::Orientation orientation,
                                             int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TenantColumn:
        return tr("Tenant");
    case ClientIdColumn:
        return tr("Client ID");
    case AuthUrlColumn:
        return tr("Auth URL");
    case OtherUrlsColumn:
        return tr("Other URLs");
    case UpdatedColumn:
        return tr("Updated");
    case UpdatedByColumn:
        return tr("Updated by");
    default:
        return {};
    }
}
