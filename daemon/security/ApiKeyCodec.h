#pragma once
#include <QByteArray>
#include <QString>

namespace ges {

// API keys: "ges_" + 32 random bytes (base64url). Only their SHA-256 is stored: the keys
// are long random strings, so a fast hash is safe and the lookup stays cheap. The first
// characters ("prefix") are kept in clear so people can tell their keys apart.
class ApiKeyCodec
{
public:
    static QString generate();
    static QByteArray hash(const QString &key);
    static QString prefixOf(const QString &key);
    static bool looksValid(const QString &key);
};

} // namespace ges
