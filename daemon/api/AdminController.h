#pragma once
#include "AccessPolicy.h"
#include "http/Router.h"

#include <QObject>

namespace ges {

class SqlReaderPool;
class GroupCommitWriter;

// Admin API of this first slice: API keys, services and the paged callback list.
// Later areas get controllers of their own (AdminUsers, AdminAudit, ...).
class AdminController : public QObject
{
    Q_OBJECT
public:
    AdminController(SqlReaderPool &reader, GroupCommitWriter &writer, const AccessPolicy &access,
                    QObject *parent = nullptr);
    void registerRoutes(Router &router);

private:
    void createApiKey(const ExchangePtr &exchange);
    void createService(const ExchangePtr &exchange);
    void listCallbacks(const ExchangePtr &exchange);

    SqlReaderPool &m_reader;
    GroupCommitWriter &m_writer;
    const AccessPolicy &m_access;
};

} // namespace ges
