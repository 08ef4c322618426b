#pragma once
#include <QByteArray>
#include <QString>
#include <optional>

namespace ges {

// AES-128-ECB decryption of a base64 secret (AUTHENTICATION-CLIENT-PASSWORD with
// DECRYPT_PASSWORD, API.md §2). Two encodings are accepted, both what `openssl enc`
// writes:
//  - raw key: DECRYPT_PASSWORD is the 16-byte key itself
//    (openssl enc -aes-128-ecb -K <hex of the 16 bytes> -base64);
//  - passphrase: the ciphertext starts with "Salted__" and the key is derived from
//    DECRYPT_PASSWORD with EVP_BytesToKey/SHA-256 (openssl enc -aes-128-ecb -pass pass:... -md
//    sha256).
class SecretDecryptor
{
public:
    static std::optional<QString> decryptAes128Ecb(const QString &base64, const QString &password,
                                                   QString *error);
};

} // namespace ges
