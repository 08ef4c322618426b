#include "ApiKeyCodec.h"
#include "SecureRandom.h"

#include <QCryptographicHash>

namespace ges {

QString ApiKeyCodec::generate()
{
    return QStringLiteral("ges_") + SecureRandom::token(32);
}

QByteArray ApiKeyCodec::hash(const QString &key)
{
    return QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha256);
}

QString ApiKeyCodec::prefixOf(const QString &key)
{
    return key.left(10);
}

bool ApiKeyCodec::looksValid(const QString &key)
{
    return key.size() >= 16 && key.size() <= 256;
}

} // namespace ges
