// The German and French translations are complete and usable: every string of the client
// is translated, keeps its placeholders and mnemonic, and the built-in .qm files really
// turn the window German or French.
#include "MainWindow.h"
#include "client/AdminClient.h"

#include <QApplication>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTabWidget>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

namespace {
struct Message
{
    QString context;
    QString source;
    QStringList translations; // one, or the plural forms
    bool unfinished = false;
};

QList<Message> readTs(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<Message> messages;
    QString context;
    QXmlStreamReader xml(&file);
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        const auto name = xml.name();
        if (name == u"name") {
            context = xml.readElementText();
        } else if (name == u"message") {
            messages.append({context, {}, {}, false});
        } else if (messages.isEmpty()) {
            continue;
        } else if (name == u"source") {
            messages.last().source = xml.readElementText();
        } else if (name == u"numerusform") {
            messages.last().translations.append(xml.readElementText());
        } else if (name == u"translation") {
            messages.last().unfinished = xml.attributes().value("type") == u"unfinished";
            // A plain translation's text; a plural one holds only whitespace before its forms.
            if (xml.readNext() == QXmlStreamReader::Characters && !xml.text().trimmed().isEmpty())
                messages.last().translations.append(xml.text().toString());
        }
    }
    return xml.hasError() ? QList<Message>() : messages;
}

QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression marker(QStringLiteral("%(?:L?\\d|n)"));
    QSet<QString> found;
    for (const auto &match : marker.globalMatch(text))
        found.insert(match.captured());
    return found;
}

bool hasMnemonic(QString text)
{
    return text.remove(QStringLiteral("&&")).contains(u'&');
}
} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void everyStringIsTranslated_data();
    void everyStringIsTranslated();
    void windowSpeaksTheLanguage_data();
    void windowSpeaksTheLanguage();
};

void TestTranslations::everyStringIsTranslated_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("German") << "de";
    QTest::newRow("French") << "fr";
}

void TestTranslations::everyStringIsTranslated()
{
    QFETCH(QString, language);
    const QList<Message> messages =
        readTs(QStringLiteral(GES_SOURCE_DIR "/translations/ges_%1.ts").arg(language));
    QVERIFY(messages.size() > 400);
    for (const Message &m : messages) {
        const QString where = m.context + ": " + m.source;
        QVERIFY2(!m.unfinished, qPrintable("unfinished: " + where));
        QVERIFY2(!m.translations.isEmpty(), qPrintable("missing: " + where));
        for (const QString &text : m.translations) {
            QVERIFY2(!text.isEmpty(), qPrintable("empty: " + where));
            // %n may be left out of a singular form ("one callback"); the others may not.
            QSet<QString> expected = placeholders(m.source);
            QSet<QString> actual = placeholders(text);
            expected.remove(QStringLiteral("%n"));
            actual.remove(QStringLiteral("%n"));
            QVERIFY2(actual == expected, qPrintable("placeholders: " + where + " -> " + text));
            QVERIFY2(hasMnemonic(m.source) == hasMnemonic(text),
                     qPrintable("mnemonic: " + where + " -> " + text));
        }
    }
}

void TestTranslations::windowSpeaksTheLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("callbacksTab");
    QTest::newRow("German") << "de"
                            << "&Rückrufe";
    QTest::newRow("French") << "fr"
                            << "&Rappels";
}

void TestTranslations::windowSpeaksTheLanguage()
{
    QFETCH(QString, language);
    QFETCH(QString, callbacksTab);
    QTranslator translator;
    QVERIFY(translator.load(QLocale(language), "ges", "_", ":/i18n"));
    QVERIFY(QApplication::installTranslator(&translator));
    AdminClient client;
    MainWindow window(&client);
    QApplication::removeTranslator(&translator);
    QCOMPARE(window.tabs()->tabText(0), callbacksTab);
    QVERIFY(window.windowTitle() != QStringLiteral("GES Administration"));
}

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
