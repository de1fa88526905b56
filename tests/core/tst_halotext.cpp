// SPDX-License-Identifier: GPL-3.0-or-later
// HaloText shapes a label once and draws its glyph runs nine times: the pixels must be those of the
// nine QPainter::drawText() calls it replaces (the map's labels, docs/BENCHMARKS.md).
#include "core/render/halotext_p.h"

#include <QFont>
#include <QFontMetricsF>
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

    // A stamp is the label drawn at its baseline rounded to whole pixels, to the rounding of a channel
    // (the halo composed on transparent pixels first); where it cannot be (a high-density display), it is
    // draw() itself.
    void stampIsTheLabelAtWholePixels_data() { samePixelsAsDrawText_data(); }

    void stampIsTheLabelAtWholePixels()
    {
        QFETCH(QString, text);
        QFETCH(QPointF, baseline);
        QFETCH(bool, italic);
        QFETCH(double, devicePixelRatio);
        const QColor ink(70, 70, 90), halo(255, 255, 255, 210);
        const QList<QPointF> places{baseline, baseline + QPointF(37.4, 20)};
        const bool whole = devicePixelRatio == 1.0;

        QImage stamped = blank(devicePixelRatio);
        {
            QPainter painter(&stamped);
            painter.setRenderHint(QPainter::Antialiasing);
            painter.setFont(labelFont(italic));
            HaloText label(painter, text);
            for (const QPointF &at : places)
                label.stamp(painter, at, ink, halo);
        }
        QImage drawn = blank(devicePixelRatio);
        {
            QPainter painter(&drawn);
            painter.setRenderHint(QPainter::Antialiasing);
            painter.setFont(labelFont(italic));
            const HaloText label(painter, text);
            const double ascent = QFontMetricsF(painter.font(), &drawn).ascent();
            for (const QPointF &at : places) {
                // The text's top-left rounds to whole pixels, and the baseline with it.
                const QPointF rounded(qRound(at.x()), qRound(at.y() - ascent) + ascent);
                label.draw(painter, whole ? rounded : at, ink, halo);
            }
        }
        QVERIFY(stamped != blank(devicePixelRatio));
        if (!whole) {
            QCOMPARE(stamped, drawn);
            return;
        }
        int worst = 0, differing = 0, inked = 0;
        for (int y = 0; y < drawn.height(); ++y)
            for (int x = 0; x < drawn.width(); ++x) {
                const QRgb a = stamped.pixel(x, y), b = drawn.pixel(x, y);
                const int d = std::max({std::abs(qRed(a) - qRed(b)), std::abs(qGreen(a) - qGreen(b)), std::abs(qBlue(a) - qBlue(b))});
                worst = std::max(worst, d);
                differing += d > 0;
                inked += qGray(b) < 160;
            }
        QVERIFY2(inked > 50, qPrintable(QString::number(inked)));   // the text is there, in ink
        QVERIFY2(worst <= 2, qPrintable(QStringLiteral("a channel differs by %1 (%2 pixels differ)").arg(worst).arg(differing)));
    }
};

QTEST_MAIN(TestHaloText)
#include "tst_halotext.moc"
