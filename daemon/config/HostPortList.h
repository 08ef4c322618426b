#pragma once
#include <QList>
#include <QPair>
#include <QString>

namespace ges {

using HostPort = QPair<QString, quint16>;

// Parses "host:port,host:port" (IPv6 as [::1]:26379); false, with a reason, on an empty
// list or a bad pair. Kept apart from the Redis code so the config loader (and its
// fuzzer) need nothing of the network side.
bool parseHostPortList(const QString &list, QList<HostPort> &out, QString *error = nullptr);

} // namespace ges
