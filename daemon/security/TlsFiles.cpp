#include "TlsFiles.h"

#include <QFile>
#include <QFileInfo>
#include <QSslCertificate>
#include <QSslKey>

namespace ges {

namespace {

std::optional<QByteArray> readFile(const QString &path, QString *error)
{
    // Regular files of a sane size only: a path like /dev/zero must not hang start-up.
    constexpr qint64 kMaxBytes = 1 << 20;
    QFile file(path);
    if (!QFileInfo(path).isFile() || !file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read %1: %2")
                     .arg(path, file.exists() ? QStringLiteral("not a regular readable file")
                                              : QStringLiteral("no such file"));
        return std::nullopt;
    }
    QByteArray content = file.read(kMaxBytes + 1);
    if (content.size() > kMaxBytes) {
        *error = QStringLiteral("%1 is larger than 1 MiB").arg(path);
        return std::nullopt;
    }
    return content;
}

} // namespace

std::optional<QSslConfiguration> TlsFiles::serverConfiguration(const QString &certFile,
                                                               const QString &keyFile,
                                                               QString *error)
{
    const auto certPem = readFile(certFile, error);
    if (!certPem)
        return std::nullopt;
    const QList<QSslCertificate> chain = QSslCertificate::fromData(*certPem, QSsl::Pem);
    if (chain.isEmpty() || chain.first().isNull()) {
        *error = QStringLiteral("%1 holds no PEM certificate").arg(certFile);
        return std::nullopt;
    }
    const auto keyPem = readFile(keyFile, error);
    if (!keyPem)
        return std::nullopt;
    QSslKey key;
    for (const QSsl::KeyAlgorithm algorithm : {QSsl::Ec, QSsl::Rsa}) {
        key = QSslKey(*keyPem, algorithm, QSsl::Pem, QSsl::PrivateKey);
        if (!key.isNull())
            break;
    }
    if (key.isNull()) {
        *error = QStringLiteral("%1 holds no unencrypted PEM private key (EC or RSA)")
                     .arg(keyFile);
        return std::nullopt;
    }
    if (key.algorithm() != chain.first().publicKey().algorithm()) {
        *error = QStringLiteral("the key in %1 does not belong to the certificate in %2")
                     .arg(keyFile, certFile);
        return std::nullopt;
    }
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setLocalCertificateChain(chain);
    config.setPrivateKey(key);
    config.setProtocol(QSsl::TlsV1_2OrLater);
    // Clients are not asked for certificates: callers authenticate with API keys/sessions.
    config.setPeerVerifyMode(QSslSocket::VerifyNone);
    return config;
}

QString TlsFiles::caFileProblem(const QString &file)
{
    QString error;
    const auto pem = readFile(file, &error);
    if (!pem)
        return error;
    if (QSslCertificate::fromData(*pem, QSsl::Pem).isEmpty())
        return QStringLiteral("%1 holds no PEM certificate").arg(file);
    return {};
}

std::optional<QSslConfiguration> TlsFiles::clientConfiguration(const QString &caFile,
                                                               QString *error)
{
    const auto pem = readFile(caFile, error);
    if (!pem)
        return std::nullopt;
    const QList<QSslCertificate> cas = QSslCertificate::fromData(*pem, QSsl::Pem);
    if (cas.isEmpty()) {
        *error = QStringLiteral("%1 holds no PEM certificate").arg(caFile);
        return std::nullopt;
    }
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setCaCertificates(cas); // these only, not the system store as well
    config.setPeerVerifyMode(QSslSocket::VerifyPeer);
    config.setProtocol(QSsl::TlsV1_2OrLater);
    return config;
}

} // namespace ges
