// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/textencoding.h"

#include <QTest>

using namespace sez;

class TestTextEncoding : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void normalizesDeclaredNames_data()
    {
        QTest::addColumn<QByteArray>("declared");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("1251") << QByteArray("1251") << QByteArray("CP1251");
        QTest::newRow("ANSI 1251") << QByteArray("ANSI 1251") << QByteArray("CP1251");
        QTest::newRow("utf-8 lower") << QByteArray("utf-8\n") << QByteArray("UTF-8");
        QTest::newRow("65001") << QByteArray("65001") << QByteArray("UTF-8");
        QTest::newRow("866") << QByteArray("866") << QByteArray("CP866");
        QTest::newRow("KZ-1048") << QByteArray("KZ-1048") << QByteArray("RK1048");
        QTest::newRow("koi8r") << QByteArray("koi8r") << QByteArray("KOI8-R");
        QTest::newRow("88591") << QByteArray("88591") << QByteArray("ISO-8859-1");
        QTest::newRow("nonsense") << QByteArray("no-such-codepage") << QByteArray();
    }
    void normalizesDeclaredNames()
    {
        QFETCH(QByteArray, declared);
        QFETCH(QByteArray, expected);
        QCOMPARE(normalizeEncodingName(declared), expected);
    }

    void detectsCodePages_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QByteArray>("writtenAs");
        QTest::addColumn<QByteArray>("detected");
        const QString russian = QStringLiteral("Промышленная зона, г. Алатау, ул. Жетыгенская 12");
        const QString kazakh = QStringLiteral("Алатау қаласы, Өнеркәсіп аймағы, Ғылым көшесі, Үштөбе ауылы, Һ, Іле ауданы, Ұлы жол, Қоңыр");
        QTest::newRow("utf-8 kazakh") << kazakh << QByteArray("UTF-8") << QByteArray("UTF-8");
        QTest::newRow("cp1251 russian") << russian << QByteArray("CP1251") << QByteArray("CP1251");
        QTest::newRow("cp866 russian") << russian << QByteArray("CP866") << QByteArray("CP866");
        QTest::newRow("rk1048 kazakh") << kazakh << QByteArray("RK1048") << QByteArray("RK1048");
        QTest::newRow("latin-1") << QStringLiteral("Ñandú, São Paulo, Zürich") << QByteArray("ISO-8859-1") << QByteArray("ISO-8859-1");
    }
    void detectsCodePages()
    {
        QFETCH(QString, text);
        QFETCH(QByteArray, writtenAs);
        QFETCH(QByteArray, detected);
        std::vector<QByteArray> samples;
        for (const QString &word : text.split(QLatin1Char(',')))
            samples.push_back(encodeText(word.trimmed(), writtenAs));
        const EncodingDecision decision = detectEncoding(samples);
        QCOMPARE(decision.encoding, detected);
        QCOMPARE(decision.source, EncodingSource::Detected);
        QVERIFY(!decision.detail.isEmpty());
        QCOMPARE(decodeText(encodeText(text, writtenAs), decision.encoding), text);
    }

    void kazakhLettersRoundTripThroughRk1048()
    {
        const QString letters = QStringLiteral("ӘәҒғҚқҢңӨөҰұҮүҺһІі");
        const QByteArray bytes = encodeText(letters, "RK1048");
        QCOMPARE(bytes.size(), letters.size());   // one byte each: the code page has them all
        QCOMPARE(decodeText(bytes, "RK1048"), letters);
    }

    void invalidBytesBecomeReplacementCharacters()
    {
        bool lossy = false;
        // 0x98 is undefined in CP1251.
        const QString text = decodeText(QByteArray("\xC0\x98\xC1"), "CP1251", &lossy);
        QVERIFY(lossy);
        QCOMPARE(text, QStringLiteral("А\uFFFDБ"));
        lossy = false;
        const QString utf8 = decodeText(QByteArray("ab\xFF" "c"), "UTF-8", &lossy);
        QVERIFY(lossy);
        QCOMPARE(utf8, QStringLiteral("ab\uFFFDc"));
    }
};

QTEST_GUILESS_MAIN(TestTextEncoding)
#include "tst_textencoding.moc"
