#pragma once
#include "Caller.h"
#include "Outcome.h"

#include <QObject>

namespace ges {

class GroupCommitWriter;

// API keys of the tenants: issued here (shown once, stored as a hash). Listing,
// revoking and validating keys belong here too as the admin API grows.
class ApiKeyRegistry : public QObject
{
    Q_OBJECT
public:
    explicit ApiKeyRegistry(GroupCommitWriter &writer, QObject *parent = nullptr);

    void create(const Caller &caller, const QString &tenant, const QString &name,
                OutcomeHandler done);

    static bool isTenantName(const QString &tenant);

private:
    GroupCommitWriter &m_writer;
};

} // namespace ges
