#include "SecretDecryptor.h"

#include <openssl/evp.h>

#include <memory>

namespace ges {

namespace {
using CipherCtx = std::unique_ptr<EVP_CIPHER_CTX, decltype(&EVP_CIPHER_CTX_free)>;

std::optional<QByteArray> decrypt(const QByteArray &cipherText, const unsigned char *key)
{
    CipherCtx ctx(EVP_CIPHER_CTX_new(), &EVP_CIPHER_CTX_free);
    if (!ctx || EVP_DecryptInit_ex(ctx.get(), EVP_aes_128_ecb(), nullptr, key, nullptr) != 1)
        return std::nullopt;
    QByteArray plain(cipherText.size() + 16, Qt::Uninitialized);
    int len = 0, tail = 0;
    auto *out = reinterpret_cast<unsigned char *>(plain.data());
    if (EVP_DecryptUpdate(ctx.get(), out, &len,
                          reinterpret_cast<const unsigned char *>(cipherText.constData()),
                          int(cipherText.size())) != 1 ||
        EVP_DecryptFinal_ex(ctx.get(), out + len, &tail) != 1)
        return std::nullopt;
    plain.truncate(len + tail);
    return plain;
}
} // namespace

std::optional<QString> SecretDecryptor::decryptAes128Ecb(const QString &base64,
                                                         const QString &password, QString *error)
{
    const auto decoded = QByteArray::fromBase64Encoding(base64.trimmed().toLatin1(),
                                                        QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.isEmpty() || decoded.decoded.size() % 16 != 0) {
        *error = QStringLiteral("is not base64 of AES-128 blocks");
        return std::nullopt;
    }
    const QByteArray pass = password.toUtf8();
    unsigned char key[16];
    QByteArray cipherText = *decoded;
    static const QByteArray kSalted("Salted__");
    if (cipherText.startsWith(kSalted) && cipherText.size() >= 32) {
        const auto *salt = reinterpret_cast<const unsigned char *>(cipherText.constData() + 8);
        if (EVP_BytesToKey(EVP_aes_128_ecb(), EVP_sha256(), salt,
                           reinterpret_cast<const unsigned char *>(pass.constData()),
                           int(pass.size()), 1, key, nullptr) != 16) {
            *error = QStringLiteral("key derivation failed");
            return std::nullopt;
        }
        cipherText.remove(0, 16);
    } else if (pass.size() == 16) {
        std::copy(pass.begin(), pass.end(), key);
    } else {
        *error = QStringLiteral("needs DECRYPT_PASSWORD of exactly 16 bytes (raw AES-128 key) "
                                "or an openssl \"Salted__\" ciphertext");
        return std::nullopt;
    }
    const auto plain = decrypt(cipherText, key);
    if (!plain) {
        *error = QStringLiteral("cannot be decrypted with DECRYPT_PASSWORD (wrong key?)");
        return std::nullopt;
    }
    return QString::fromUtf8(*plain);
}

} // namespace ges
