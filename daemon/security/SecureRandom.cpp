#include "SecureRandom.h"

#include <openssl/rand.h>

#include <cstdlib>

namespace ges {

QByteArray SecureRandom::bytes(int count)
{
    QByteArray out(count, Qt::Uninitialized);
    if (RAND_bytes(reinterpret_cast<unsigned char *>(out.data()), count) != 1)
        std::abort(); // no entropy: continuing would hand out guessable secrets
    return out;
}

QString SecureRandom::token(int byteCount)
{
    return QString::fromLatin1(
        bytes(byteCount).toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

} // namespace ges
