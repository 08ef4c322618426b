// SecretBox: AES-256-GCM sealing of stored secrets (GWS client secrets), as
// nonce || ciphertext || tag with the tenant as associated data.
#include "security/SecretBox.h"

#include <QTest>

using namespace ges;

class TestSecretBox : public QObject
{
    Q_OBJECT
private slots:
    void sealedValueOpensAgain();
    void sealedValueHasTheDocumentedLayout();
    void everySealUsesAFreshNonce();
    void alteredByteDoesNotOpen_data();
    void alteredByteDoesNotOpen();
    void otherTenantDoesNotOpen();
    void otherKeyDoesNotOpen();
    void withoutKeyNothingSealsOrOpens();
    void opensTheNistVector_data();
    void opensTheNistVector();

private:
    const QByteArray key =
        QByteArray::fromHex("000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f");
    const QByteArray secret = "client-secret-\xc3\xa9-42";
};

void TestSecretBox::sealedValueOpensAgain()
{
    const SecretBox box(key);
    QVERIFY(box.isConfigured());
    for (const QByteArray &plain : {secret, QByteArray(), QByteArray(5000, 'x')}) {
        const auto sealed = box.seal(plain, "acme");
        QVERIFY(sealed);
        QCOMPARE(box.open(*sealed, "acme").value_or("<failed>"), plain);
    }
}

void TestSecretBox::sealedValueHasTheDocumentedLayout()
{
    const auto sealed = SecretBox(key).seal(secret, "acme");
    QVERIFY(sealed);
    QCOMPARE(sealed->size(), SecretBox::kNonceBytes + secret.size() + SecretBox::kTagBytes);
    QVERIFY(!sealed->contains(secret));
}

void TestSecretBox::everySealUsesAFreshNonce()
{
    const SecretBox box(key);
    const QByteArray a = box.seal(secret, "acme").value();
    const QByteArray b = box.seal(secret, "acme").value();
    QVERIFY(a.left(SecretBox::kNonceBytes) != b.left(SecretBox::kNonceBytes));
    QVERIFY(a != b);
}

void TestSecretBox::alteredByteDoesNotOpen_data()
{
    QTest::addColumn<int>("position");
    const int cipherStart = SecretBox::kNonceBytes;
    const int tagStart = SecretBox::kNonceBytes + int(secret.size());
    QTest::newRow("nonce first") << 0;
    QTest::newRow("nonce last") << cipherStart - 1;
    QTest::newRow("ciphertext first") << cipherStart;
    QTest::newRow("ciphertext last") << tagStart - 1;
    QTest::newRow("tag first") << tagStart;
    QTest::newRow("tag last") << tagStart + SecretBox::kTagBytes - 1;
}

void TestSecretBox::alteredByteDoesNotOpen()
{
    QFETCH(int, position);
    const SecretBox box(key);
    QByteArray sealed = box.seal(secret, "acme").value();
    sealed[position] = char(sealed[position] ^ 0x01);
    QVERIFY(!box.open(sealed, "acme"));
    QVERIFY(!box.open(sealed.left(sealed.size() - 1), "acme")); // truncated too
    QVERIFY(!box.open(QByteArray(27, '\0'), "acme"));           // shorter than nonce + tag
}

void TestSecretBox::otherTenantDoesNotOpen()
{
    const SecretBox box(key);
    const QByteArray sealed = box.seal(secret, "acme").value();
    QVERIFY(!box.open(sealed, "acme2"));
    QVERIFY(!box.open(sealed, ""));
    QVERIFY(box.open(sealed, "acme"));
}

void TestSecretBox::otherKeyDoesNotOpen()
{
    QByteArray otherKey = key;
    otherKey[31] = char(otherKey[31] ^ 0x80);
    const QByteArray sealed = SecretBox(key).seal(secret, "acme").value();
    QVERIFY(!SecretBox(otherKey).open(sealed, "acme"));
}

void TestSecretBox::withoutKeyNothingSealsOrOpens()
{
    const QByteArray sealed = SecretBox(key).seal(secret, "acme").value();
    for (const QByteArray &bad : {QByteArray(), key.left(16), key + 'x'}) {
        const SecretBox box(bad);
        QVERIFY(!box.isConfigured());
        QVERIFY(!box.seal(secret, "acme"));
        QVERIFY(!box.open(sealed, "acme"));
    }
}

// AES-256-GCM test cases 13 and 14 of the GCM specification (McGrew & Viega): all-zero
// key and nonce. Opening them shows the layout is standard GCM, readable by other tools.
void TestSecretBox::opensTheNistVector_data()
{
    QTest::addColumn<QByteArray>("sealedHex");
    QTest::addColumn<QByteArray>("plainHex");
    QTest::newRow("13: empty") << QByteArray("000000000000000000000000"
                                             "530f8afbc74536b9a963b4f1c4cb738b")
                               << QByteArray();
    QTest::newRow("14: one block") << QByteArray("000000000000000000000000"
                                                 "cea7403d4d606b6e074ec5d3baf39d18"
                                                 "d0d1c8a799996bf0265b98b5d48ab919")
                                   << QByteArray("00000000000000000000000000000000");
}

void TestSecretBox::opensTheNistVector()
{
    QFETCH(QByteArray, sealedHex);
    QFETCH(QByteArray, plainHex);
    const SecretBox box(QByteArray(32, '\0'));
    const auto plain = box.open(QByteArray::fromHex(sealedHex), QByteArray());
    QVERIFY(plain);
    QCOMPARE(plain->toHex(), plainHex);
}

QTEST_GUILESS_MAIN(TestSecretBox)
#include "tst_secretbox.moc"
