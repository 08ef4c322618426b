#pragma once
#include <QByteArray>
#include <optional>

namespace ges {

// Seals small secrets (GWS client secrets) for storage: AES-256-GCM under ENCRYPTION-KEY,
// written as nonce (12 bytes) || ciphertext || tag (16 bytes). The associated data binds a
// sealed value to what it belongs to (the tenant), so a ciphertext copied onto another
// tenant's row does not open. A fresh random nonce per seal: with 96-bit random nonces one
// key is safe for far more seals than a handful of credentials will ever need.
class SecretBox
{
public:
    static constexpr int kKeyBytes = 32;
    static constexpr int kNonceBytes = 12;
    static constexpr int kTagBytes = 16;

    explicit SecretBox(QByteArray key) : m_key(std::move(key)) {}

    // False without a 32-byte key (ENCRYPTION-KEY not configured): seal/open then fail.
    bool isConfigured() const { return m_key.size() == kKeyBytes; }

    // nonce || ciphertext || tag, or nullopt when not configured.
    std::optional<QByteArray> seal(const QByteArray &plaintext, const QByteArray &aad) const;
    // The plaintext, or nullopt when the value was altered, belongs to other associated
    // data, was sealed under another key, or no key is configured.
    std::optional<QByteArray> open(const QByteArray &sealed, const QByteArray &aad) const;

private:
    QByteArray m_key;
};

} // namespace ges
