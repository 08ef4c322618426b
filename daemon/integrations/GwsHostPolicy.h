#pragma once
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace ges {

// Which hosts GES may send a tenant's GWS client secret and tokens to (docs/statistics.md).
// The tenants' URLs are set through the admin API, so without a limit they could make the
// daemon post to 169.254.169.254, to localhost or to a cluster-internal service and hand
// the answer to an API-key holder. The list: (ours) GWS_ALLOWED_HOSTS, comma-separated
// "host" or "host:port" entries; when it is empty, the hosts of GWS_AUTH, GWS_ENV,
// GWS_CONF, GWS_PUBLIC_AUTH and GWS_STATS. A listed host is allowed whatever its address
// (the operator named it). With no list at all, any public host is allowed, but never an
// IP literal of a loopback, link-local, private or otherwise non-global address, nor
// localhost or a single-label or .local/.internal name. (A public name that resolves to a
// private address is only kept out by a list.)
class GwsHostPolicy
{
public:
    GwsHostPolicy() = default; // no list: public hosts only

    static GwsHostPolicy fromSettings(const QString &allowedHosts,
                                      const QStringList &operatorUrls);
    // Problems of a GWS_ALLOWED_HOSTS value (empty: valid).
    static QStringList problemsOf(const QString &allowedHosts);

    // Empty when `url` may be called; else why not, for people.
    QString problemWith(const QUrl &url) const;
    // The operator named this host: only calls to such hosts feed GWS_STATUS.
    bool isListed(const QUrl &url) const;
    bool hasList() const { return !m_entries.isEmpty(); }

private:
    struct Entry
    {
        QString host;
        int port = -1; // -1: any port
    };
    static bool isPublic(const QString &host);

    QList<Entry> m_entries;
};

} // namespace ges
