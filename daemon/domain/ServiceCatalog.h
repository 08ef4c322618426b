#pragma once
#include "Caller.h"
#include "Outcome.h"
#include "shared/ServiceConfig.h"

#include <QObject>

namespace ges {

class GroupCommitWriter;

// The callback services of the tenants. Create for now; read, update, delete and
// configuration import/export join as the admin API grows.
class ServiceCatalog : public QObject
{
    Q_OBJECT
public:
    explicit ServiceCatalog(GroupCommitWriter &writer, QObject *parent = nullptr);

    void create(const Caller &caller, ServiceConfig service, OutcomeHandler done);

private:
    GroupCommitWriter &m_writer;
};

} // namespace ges
