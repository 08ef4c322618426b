// A PNG of every tab of ges-admin, filled with demo data from a real gesd, so anyone can
// look at the UI without setting anything up. scripts/screenshots runs this under Xvfb
// (real fonts and style) with GES_SCREENSHOT_DIR set, in the system locale's language;
// under ctest the images go to a temporary folder and the test checks that each tab drew
// real content.
#include "DesktopFixture.h"
#include "settings/Translations.h"

#include <QDir>
#include <QElapsedTimer>
#include <QImage>
#include <QJsonArray>
#include <QSet>
#include <QTabWidget>
#include <QTemporaryDir>

using ges::test::App;
using ges::test::ServerTimeoutMs;

namespace {
// Quiet = no request in flight for this long: the tab has drawn what it loaded.
bool waitUntilQuiet(const AdminClient &client)
{
    QElapsedTimer quiet;
    quiet.start();
    return QTest::qWaitFor(
        [&] {
            if (client.requestsInFlight() > 0)
                quiet.restart();
            return quiet.elapsed() > 1500;
        },
        ServerTimeoutMs);
}

// A blank or single-colour image means the tab drew nothing worth looking at.
int distinctColours(const QImage &image)
{
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 7)
        for (int x = 0; x < image.width(); x += 7)
            colours.insert(image.pixel(x, y));
    return int(colours.size());
}

QString fileNameOf(const QString &tabText)
{
    return tabText.toLower().remove(u'&').replace(u' ', u'-') + QStringLiteral(".png");
}
} // namespace

class TestScreenshots : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyTabIsCaptured();

private:
    void createDemoData();

    ges::test::DesktopFixture m_fixture;
};

void TestScreenshots::initTestCase()
{
    Translations::install(this); // as ges-admin does: LANG=de_DE.UTF-8 gives German shots
    QVERIFY(m_fixture.start());
    createDemoData();
}

void TestScreenshots::createDemoData()
{
    const QStringList phones{"+4930111222", "+4930111333", "+33142000000", "+4989555666",
                             "+441632960001"};
    for (const QString &phone : phones)
        QVERIFY(!m_fixture.createCallback(phone, {{"userData", QJsonObject{{"orderId", 4711}}}})
                     .isEmpty());
    // One refused call, so the request log has an error to show.
    m_fixture.createCallback("not a phone");
    QVERIFY(m_fixture.createUser("supervisor", "demo-password-1",
                                 {QStringLiteral("Callback Supervisor")}));
    const auto credentials =
        m_fixture.admin("PUT", ges::paths::with(ges::paths::AdminGwsCredential, m_fixture.tenant),
                        {{"clientId", "ges-demo"},
                         {"clientSecret", "demo-secret"},
                         {"urls", QJsonObject{{"auth", "https://gws.example.com/auth"},
                                              {"stats", "https://gws.example.com/statistics"}}}});
    if (credentials.status != 200)
        qWarning() << "credentials" << credentials.status << credentials.body;
}

void TestScreenshots::everyTabIsCaptured()
{
    QTemporaryDir temporary;
    QString folder = qEnvironmentVariable("GES_SCREENSHOT_DIR");
    if (folder.isEmpty())
        folder = temporary.path();
    QVERIFY(QDir().mkpath(folder));

    App app;
    app.window.resize(1280, 800);
    QVERIFY(m_fixture.logIn(app));
    QTabWidget *tabs = app.window.tabs();
    for (int i = 0; i < tabs->count(); ++i) {
        tabs->setCurrentIndex(i);
        QVERIFY(waitUntilQuiet(app.client));
        const QImage image = app.window.grab().toImage();
        const QString path = QDir(folder).filePath(fileNameOf(tabs->tabText(i)));
        QVERIFY2(image.save(path), qPrintable(path));
        QVERIFY2(distinctColours(image) > 8, qPrintable(tabs->tabText(i)));
        qInfo("%s", qPrintable(path));
    }
}

QTEST_MAIN(TestScreenshots)
#include "tst_screenshots.moc"
