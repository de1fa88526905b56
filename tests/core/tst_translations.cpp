// SPDX-License-Identifier: GPL-3.0-or-later
// The Russian and Kazakh translations are complete: no unfinished or empty entry, placeholders kept.
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QXmlStreamReader>

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void complete_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("ru") << QStringLiteral(SEZ_TRANSLATIONS_DIR "/sezview_ru.ts");
        QTest::newRow("kk") << QStringLiteral(SEZ_TRANSLATIONS_DIR "/sezview_kk.ts");
    }
    void complete()
    {
        QFETCH(QString, file);
        QFile f(file);
        QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(file));
        QXmlStreamReader xml(&f);
        int messages = 0;
        QString source;
        QStringList problems;
        static const QRegularExpression placeholder(QStringLiteral("%L?\\d|%n"));
        auto placeholders = [](const QString &text) {
            QSet<QString> set;
            for (auto it = placeholder.globalMatch(text); it.hasNext();)
                set.insert(it.next().captured());
            return set;
        };
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            if (xml.name() == QLatin1String("source")) {
                source = xml.readElementText();
            } else if (xml.name() == QLatin1String("translation")) {
                ++messages;
                const QString type = xml.attributes().value(QStringLiteral("type")).toString();
                const bool numerus = xml.attributes().hasAttribute(QStringLiteral("numerus")) ;
                QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
                if (type == QLatin1String("unfinished") || type == QLatin1String("vanished") || type == QLatin1String("obsolete"))
                    problems << QStringLiteral("%1: '%2'").arg(type, source);
                else if (text.trimmed().isEmpty())
                    problems << QStringLiteral("empty: '%1'").arg(source);
                else if (!numerus && placeholders(text) != placeholders(source))
                    problems << QStringLiteral("placeholders differ: '%1' -> '%2'").arg(source, text);
            }
        }
        QVERIFY(!xml.hasError());
        QVERIFY(messages > 100);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.mid(0, 10).join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
