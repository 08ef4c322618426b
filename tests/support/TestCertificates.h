#pragma once
#include <QString>
#include <QTemporaryDir>

namespace ges::test {

// A throwaway certificate authority and one server certificate it signed, made with the
// openssl command line in a temp dir (removed with the object). The server certificate
// names localhost and 127.0.0.1, so host-name verification passes for either. Two
// instances are two unrelated CAs: one's CA does not verify the other's server.
class TestCertificates
{
public:
    bool create(); // false: see errorString()
    QString caFile() const { return m_dir.filePath("ca.crt"); }
    QString certFile() const { return m_dir.filePath("server.crt"); }
    QString keyFile() const { return m_dir.filePath("server.key"); }
    QString errorString() const { return m_error; }

private:
    bool openssl(const QStringList &args);

    QTemporaryDir m_dir;
    QString m_error;
};

} // namespace ges::test
