#include "GwsHostPolicy.h"

#include <QHostAddress>

namespace ges {

namespace {
// "host" or "host:port" ("[v6]" or "[v6]:port"); nullopt when it is neither.
std::optional<std::pair<QString, int>> parseEntry(const QString &text)
{
    const QUrl url(QStringLiteral("http://") + text, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty() || !url.path().isEmpty() || url.hasQuery() ||
        !url.userInfo().isEmpty())
        return std::nullopt;
    return std::make_pair(url.host().toLower(), url.port(-1));
}

bool inRange(quint32 address, const char *network, int bits)
{
    const quint32 base = QHostAddress(QString::fromLatin1(network)).toIPv4Address();
    const quint32 mask = bits == 0 ? 0 : ~quint32(0) << (32 - bits);
    return (address & mask) == (base & mask);
}
} // namespace

GwsHostPolicy GwsHostPolicy::fromSettings(const QString &allowedHosts,
                                          const QStringList &operatorUrls)
{
    GwsHostPolicy policy;
    for (const QString &part : allowedHosts.split(u',', Qt::SkipEmptyParts)) {
        if (const auto entry = parseEntry(part.trimmed()))
            policy.m_entries.append({entry->first, entry->second});
    }
    if (!allowedHosts.trimmed().isEmpty())
        return policy;
    for (const QString &text : operatorUrls) {
        const QUrl url(text);
        if (!text.isEmpty() && !url.host().isEmpty())
            policy.m_entries.append({url.host().toLower(), url.port(-1)});
    }
    return policy;
}

QStringList GwsHostPolicy::problemsOf(const QString &allowedHosts)
{
    QStringList problems;
    for (const QString &part : allowedHosts.split(u',', Qt::SkipEmptyParts)) {
        if (!parseEntry(part.trimmed()))
            problems << QStringLiteral("GWS_ALLOWED_HOSTS: \"%1\" is not a host or host:port")
                            .arg(part.trimmed());
    }
    return problems;
}

bool GwsHostPolicy::isListed(const QUrl &url) const
{
    const QString host = url.host().toLower();
    const int port = url.port(url.scheme() == QLatin1String("https") ? 443 : 80);
    for (const Entry &entry : m_entries) {
        if (entry.host == host && (entry.port == -1 || entry.port == port))
            return true;
    }
    return false;
}

bool GwsHostPolicy::isPublic(const QString &host)
{
    QHostAddress address;
    if (!address.setAddress(host)) {
        // A name: only what is plainly internal can be told from the name itself.
        const QString name = host.toLower();
        return name.contains(u'.') && name != QLatin1String("localhost") &&
               !name.endsWith(QLatin1String(".localhost")) &&
               !name.endsWith(QLatin1String(".local")) &&
               !name.endsWith(QLatin1String(".internal"));
    }
    bool v4 = false;
    const quint32 ip4 = address.toIPv4Address(&v4); // also an IPv4-mapped IPv6 address
    if (v4) {
        for (const auto &[network, bits] :
             {std::pair{"0.0.0.0", 8}, {"10.0.0.0", 8}, {"100.64.0.0", 10}, {"127.0.0.0", 8},
              {"169.254.0.0", 16}, {"172.16.0.0", 12}, {"192.168.0.0", 16}, {"224.0.0.0", 3}}) {
            if (inRange(ip4, network, bits))
                return false;
        }
        return true;
    }
    return address.isGlobal() && !address.isUniqueLocalUnicast() && !address.isSiteLocal();
}

QString GwsHostPolicy::problemWith(const QUrl &url) const
{
    if (hasList()) {
        if (isListed(url))
            return {};
        const QString host =
            url.port() == -1 ? url.host() : url.host() + u':' + QString::number(url.port());
        return QStringLiteral("host %1 is not one of the GWS hosts this GES may call "
                              "(GWS_ALLOWED_HOSTS, or else the hosts of GWS_AUTH, GWS_STATS, ...)")
            .arg(host);
    }
    if (isPublic(url.host()))
        return {};
    return QStringLiteral("host %1 is a loopback, private or internal address; GES calls it "
                          "only when GWS_ALLOWED_HOSTS names it")
        .arg(url.host());
}

} // namespace ges
