#pragma once
#include "AccessPolicy.h"
#include "http/Router.h"

#include <QObject>

namespace ges {

class SqlReaderPool;

// Admin API: GET /ges/v1/admin/audit-log?tenant=&actor=&action=&limit=&cursor=, newest
// first, keyset-paged by entry id. Entries without a tenant (users, sessions) are part of
// the scope of "*" administrators and DevOps only.
class AdminAuditController : public QObject
{
    Q_OBJECT
public:
    AdminAuditController(SqlReaderPool &reader, const AccessPolicy &access,
                         QObject *parent = nullptr)
        : QObject(parent), m_reader(reader), m_access(access)
    {
    }
    void registerRoutes(Router &router);

private:
    void list(const ExchangePtr &exchange);

    SqlReaderPool &m_reader;
    const AccessPolicy &m_access;
};

} // namespace ges
