#pragma once
#include "Caller.h"
#include "Outcome.h"
#include "integrations/GwsHostPolicy.h"
#include "security/SecretBox.h"
#include "store/GwsCredentialRecords.h"

#include <QObject>

namespace ges {

class GroupCommitWriter;
class SqlReaderPool;

// What an administrator sends to register or update a tenant's GWS credentials.
struct GwsCredentialInput
{
    QString tenant;
    QString clientId;
    std::optional<QString> clientSecret; // nullopt on update: keep the stored one
    QJsonObject urls;
};

// The GWS client credentials of the tenants (one set per tenant). The client secret is
// sealed with ENCRYPTION-KEY before it leaves this class for the database, with the tenant
// as associated data, and is never part of an answer, an audit entry or a log line.
class GwsCredentialVault : public QObject
{
    Q_OBJECT
public:
    using Listed = std::function<void(const DbResult<QList<GwsCredentialRecord>> &)>;

    // `hosts`: the hosts urls.auth and urls.stats may name (GwsHostPolicy).
    GwsCredentialVault(SqlReaderPool &reader, GroupCommitWriter &writer, SecretBox box,
                       GwsHostPolicy hosts, QObject *parent = nullptr);

    // Registers (the secret is required) or replaces the tenant's credentials. The secret
    // is required again when urls.auth changes: the stored one is never sent to a host
    // other than the one it was registered for.
    void put(const Caller &caller, const GwsCredentialInput &input, OutcomeHandler done);
    void remove(const Caller &caller, const QString &tenant, OutcomeHandler done);
    // `tenants` empty: every tenant.
    void list(const QStringList &tenants, Listed done);
    // The clear client secret of a stored record (for the GWS integration), or nullopt
    // when it cannot be opened (other ENCRYPTION-KEY, altered value).
    std::optional<QString> secretOf(const GwsCredentialRecord &record) const;

    static const QStringList &urlNames(); // auth, env, conf, publicAuth, stats
    // Field problems of `input` (empty: valid), the hosts of its URLs judged by `hosts`.
    static QList<FieldProblem> problemsOf(const GwsCredentialInput &input,
                                          const GwsHostPolicy &hosts);
    const GwsHostPolicy &hosts() const { return m_hosts; }
    static QJsonObject toJson(const GwsCredentialRecord &record);

private:
    SqlReaderPool &m_reader;
    GroupCommitWriter &m_writer;
    SecretBox m_box;
    GwsHostPolicy m_hosts;
};

} // namespace ges
