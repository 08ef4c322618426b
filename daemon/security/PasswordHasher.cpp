#include "PasswordHasher.h"
#include "SecureRandom.h"

#include <QStringList>

#include <openssl/crypto.h>
#include <openssl/evp.h>

namespace ges {

namespace {
QByteArray derive(const QString &password, const QByteArray &salt, int iterations)
{
    const QByteArray pass = password.toUtf8();
    QByteArray out(32, Qt::Uninitialized);
    if (PKCS5_PBKDF2_HMAC(pass.constData(), int(pass.size()),
                          reinterpret_cast<const unsigned char *>(salt.constData()),
                          int(salt.size()), iterations, EVP_sha256(), int(out.size()),
                          reinterpret_cast<unsigned char *>(out.data())) != 1)
        return {};
    return out;
}
} // namespace

QString PasswordHasher::hash(const QString &password, int iterations)
{
    const QByteArray salt = SecureRandom::bytes(16);
    return QStringLiteral("pbkdf2-sha256$%1$%2$%3")
        .arg(iterations)
        .arg(QString::fromLatin1(salt.toBase64()),
             QString::fromLatin1(derive(password, salt, iterations).toBase64()));
}

bool PasswordHasher::verify(const QString &password, const QString &stored)
{
    const QStringList parts = stored.split(u'$');
    if (parts.size() != 4 || parts[0] != QLatin1String("pbkdf2-sha256"))
        return false;
    const int iterations = parts[1].toInt();
    if (iterations < 1000 || iterations > 10'000'000)
        return false;
    const QByteArray salt = QByteArray::fromBase64(parts[2].toLatin1());
    const QByteArray expected = QByteArray::fromBase64(parts[3].toLatin1());
    const QByteArray actual = derive(password, salt, iterations);
    return !actual.isEmpty() && actual.size() == expected.size() &&
           CRYPTO_memcmp(actual.constData(), expected.constData(), size_t(actual.size())) == 0;
}

} // namespace ges
