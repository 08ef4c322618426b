#pragma once
#include <QString>

namespace ges {

// PBKDF2-HMAC-SHA256 password hashes, stored as "pbkdf2-sha256$<iterations>$<salt b64>$<hash b64>".
// Deliberately slow: call it on a worker thread, never on an event loop.
class PasswordHasher
{
public:
    static QString hash(const QString &password, int iterations = kIterations);
    static bool verify(const QString &password, const QString &stored);
    static constexpr int kIterations = 120000;
};

} // namespace ges
