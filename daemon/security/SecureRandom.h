#pragma once
#include <QByteArray>
#include <QString>

namespace ges {

// Cryptographically secure random values (OpenSSL RAND_bytes).
class SecureRandom
{
public:
    static QByteArray bytes(int count);
    // URL-safe base64 without padding, for tokens and keys.
    static QString token(int byteCount);
};

} // namespace ges
