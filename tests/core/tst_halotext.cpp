// SPDX-License-Identifier: GPL-3.0-or-later
// HaloText shapes a label once and draws its glyph runs nine times: the pixels must be those of the
// nine QPainter::drawText() calls it replaces (the map's labels, docs/BENCHMARKS.md).
#include "core/render/halotext_p.h"

#include <QFont>
#include <QImage>
#include <QPainter>
#include <QTest>

using namespace sez::detail;

namespace {

QImage blank(double devicePixelRatio)
{
    QImage image(int(240 * devicePixelRatio), int(48 * devicePixelRatio), QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(devicePixelRatio);
    image.fill(QColor(247, 247, 243));
    return image;
}

QFont labelFont(bool italic)
{
    QFont font;
    font.setPixelSize(12);
    font.setItalic(italic);
    return font;
}

} // namespace

class TestHaloText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void samePixelsAsDrawText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QPointF>("baseline");
        QTest::addColumn<bool>("italic");
        QTest::addColumn<double>("devicePixelRatio");
        // Fractional baselines, as the labels' are (a box's centre less half a line).
        QTest::newRow("cadastral number") << QStringLiteral("03-047-125-001") << QPointF(10.3, 20.7) << false << 1.0;
        QTest::newRow("Russian zone") << QStringLiteral("Промышленная зона") << QPointF(5.5, 30.25) << true << 1.0;
        QTest::newRow("Kazakh zone") << QStringLiteral("Өнеркәсіптік аймақ") << QPointF(7.125, 24.6) << true << 1.0;
        QTest::newRow("district") << QStringLiteral("Алатауский район") << QPointF(3, 18) << false << 1.0;
        QTest::newRow("high density display") << QStringLiteral("Промышленная зона") << QPointF(5.5, 20.7) << true << 2.0;
    }

    void samePixelsAsDrawText()
    {
        QFETCH(QString, text);
        QFETCH(QPointF, baseline);
        QFETCH(bool, italic);
        QFETCH(double, devicePixelRatio);
        const QColor ink(70, 70, 90), halo(255, 255, 255, 210);

        QImage shaped = blank(devicePixelRatio);
        {
            QPainter painter(&shaped);
            painter.setRenderHint(QPainter::Antialiasing);
            painter.setFont(labelFont(italic));
            const HaloText label(painter, text);
            label.draw(painter, baseline, ink, halo);
            label.draw(painter, baseline + QPointF(0, 20), ink, halo);   // drawn again from the same shaping
        }
        QImage drawn = blank(devicePixelRatio);
        {
            QPainter painter(&drawn);
            painter.setRenderHint(QPainter::Antialiasing);
            painter.setFont(labelFont(italic));
            for (const QPointF &at : {baseline, baseline + QPointF(0, 20)}) {
                painter.setPen(halo);
                for (int dy = -1; dy <= 1; ++dy)
                    for (int dx = -1; dx <= 1; ++dx)
                        if (dx || dy)
                            painter.drawText(at + QPointF(dx, dy), text);
                painter.setPen(ink);
                painter.drawText(at, text);
            }
        }
        QVERIFY(shaped != blank(devicePixelRatio));   // something was drawn
        QCOMPARE(shaped, drawn);
    }
};

QTEST_MAIN(TestHaloText)
#include "tst_halotext.moc"
