#include "GwsTokenCache.h"

namespace ges {

GwsTokenCache::GwsTokenCache(GwsClient &client, QObject *parent) : QObject(parent), m_client(client)
{
}

qint64 GwsTokenCache::usableMs(int expiresInSeconds)
{
    const qint64 lifetimeMs = (expiresInSeconds > 0 ? expiresInSeconds : 300) * qint64(1000);
    return lifetimeMs - qMin<qint64>(60000, lifetimeMs / 10);
}

void GwsTokenCache::token(const GwsAccount &account, GwsClient::Done done)
{
    const QByteArray fingerprint = account.fingerprint();
    Entry &entry = m_entries[account.tenant];
    if (entry.fingerprint == fingerprint && !entry.accessToken.isEmpty() &&
        !entry.usableUntil.hasExpired()) {
        GwsResult cached;
        cached.kind = GwsResult::Kind::Ok;
        cached.httpStatus = 200;
        cached.accessToken = entry.accessToken;
        return done(cached);
    }
    if (entry.fetching && entry.fingerprint == fingerprint) {
        entry.waiting.append(std::move(done));
        return;
    }
    if (entry.fetching) {
        // The credentials changed while the old ones were being used: fetch for these
        // alone and let the running fetch finish for its own waiters.
        return m_client.requestToken(account, this, std::move(done));
    }
    entry = Entry{fingerprint, {}, {}, true, {std::move(done)}};
    m_client.requestToken(account, this,
                          [this, tenant = account.tenant, fingerprint](const GwsResult &result) {
                              fetched(tenant, fingerprint, result);
                          });
}

void GwsTokenCache::fetched(const QString &tenant, const QByteArray &fingerprint,
                            const GwsResult &result)
{
    auto it = m_entries.find(tenant);
    if (it == m_entries.end() || it->fingerprint != fingerprint)
        return;
    // Taken out first: a waiter may ask for a token again from inside its callback.
    const QList<GwsClient::Done> waiting = std::exchange(it->waiting, {});
    it->fetching = false;
    if (result.ok()) {
        it->accessToken = result.accessToken;
        it->usableUntil = QDeadlineTimer(usableMs(result.expiresInSeconds));
    } else {
        m_entries.erase(it);
    }
    for (const GwsClient::Done &done : waiting)
        done(result);
}

void GwsTokenCache::drop(const QString &tenant, const QString &accessToken)
{
    auto it = m_entries.find(tenant);
    if (it != m_entries.end() && !it->fetching && it->accessToken == accessToken)
        m_entries.erase(it);
}

} // namespace ges
