#include "SecretBox.h"
#include "SecureRandom.h"

#include <openssl/evp.h>

#include <memory>

namespace ges {

namespace {
using CipherContext = std::unique_ptr<EVP_CIPHER_CTX, decltype(&EVP_CIPHER_CTX_free)>;

const unsigned char *bytesOf(const QByteArray &data)
{
    return reinterpret_cast<const unsigned char *>(data.constData());
}
unsigned char *bytesOf(QByteArray &data)
{
    return reinterpret_cast<unsigned char *>(data.data());
}
} // namespace

std::optional<QByteArray> SecretBox::seal(const QByteArray &plaintext, const QByteArray &aad) const
{
    if (!isConfigured())
        return std::nullopt;
    const QByteArray nonce = SecureRandom::bytes(kNonceBytes);
    CipherContext ctx(EVP_CIPHER_CTX_new(), &EVP_CIPHER_CTX_free);
    QByteArray cipher(plaintext.size(), Qt::Uninitialized);
    QByteArray tag(kTagBytes, Qt::Uninitialized);
    int length = 0;
    const bool ok =
        ctx && EVP_EncryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, nullptr, nullptr) == 1 &&
        EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_IVLEN, kNonceBytes, nullptr) == 1 &&
        EVP_EncryptInit_ex(ctx.get(), nullptr, nullptr, bytesOf(m_key), bytesOf(nonce)) == 1 &&
        EVP_EncryptUpdate(ctx.get(), nullptr, &length, bytesOf(aad), int(aad.size())) == 1 &&
        EVP_EncryptUpdate(ctx.get(), bytesOf(cipher), &length, bytesOf(plaintext),
                          int(plaintext.size())) == 1 &&
        EVP_EncryptFinal_ex(ctx.get(), bytesOf(cipher) + length, &length) == 1 &&
        EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_GET_TAG, kTagBytes, tag.data()) == 1;
    if (!ok)
        return std::nullopt;
    return nonce + cipher + tag;
}

std::optional<QByteArray> SecretBox::open(const QByteArray &sealed, const QByteArray &aad) const
{
    if (!isConfigured() || sealed.size() < kNonceBytes + kTagBytes)
        return std::nullopt;
    const QByteArray nonce = sealed.left(kNonceBytes);
    const QByteArray cipher = sealed.mid(kNonceBytes, sealed.size() - kNonceBytes - kTagBytes);
    QByteArray tag = sealed.right(kTagBytes);
    CipherContext ctx(EVP_CIPHER_CTX_new(), &EVP_CIPHER_CTX_free);
    QByteArray plain(cipher.size(), Qt::Uninitialized);
    int length = 0;
    // The tag is checked by the final call: any altered byte (nonce, ciphertext, tag or
    // associated data) makes it fail, and then nothing of the plaintext is returned.
    const bool ok =
        ctx && EVP_DecryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, nullptr, nullptr) == 1 &&
        EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_IVLEN, kNonceBytes, nullptr) == 1 &&
        EVP_DecryptInit_ex(ctx.get(), nullptr, nullptr, bytesOf(m_key), bytesOf(nonce)) == 1 &&
        EVP_DecryptUpdate(ctx.get(), nullptr, &length, bytesOf(aad), int(aad.size())) == 1 &&
        EVP_DecryptUpdate(ctx.get(), bytesOf(plain), &length, bytesOf(cipher),
                          int(cipher.size())) == 1 &&
        EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_TAG, kTagBytes, tag.data()) == 1 &&
        EVP_DecryptFinal_ex(ctx.get(), bytesOf(plain) + length, &length) == 1;
    if (!ok)
        return std::nullopt;
    return plain;
}

} // namespace ges
