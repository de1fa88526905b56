// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/report/reportpage.h"

#include "core/model/humanlabels.h"

#include <QCoreApplication>
#include <QFontDatabase>
#include <QFontMetricsF>
#include <QPageLayout>
#include <QPainter>
#include <QPainterPath>
#include <QPdfWriter>

#include <cmath>

namespace sez {

namespace {

// The letter under the north arrow, in the reports' context so that every report shares its translation.
class NorthLabel
{
    Q_DECLARE_TR_FUNCTIONS(sez::Report)

public:
    static QString text() { return tr("N"); }
};

QString family()
{
    static const QString name = [] {
        const int id = QFontDatabase::addApplicationFont(QStringLiteral(":/fonts/DejaVuSans.ttf"));
        QFontDatabase::addApplicationFont(QStringLiteral(":/fonts/DejaVuSans-Bold.ttf"));
        const QStringList families = id >= 0 ? QFontDatabase::applicationFontFamilies(id) : QStringList();
        return families.isEmpty() ? QStringLiteral("DejaVu Sans") : families.first();
    }();
    return name;
}

// The longest round length (1, 2 or 5 times a power of ten) not over \a metres.
double roundLength(double metres)
{
    const double magnitude = std::pow(10.0, std::floor(std::log10(metres)));
    double length = magnitude;
    for (double m : {1.0, 2.0, 5.0})
        if (m * magnitude <= metres * (1 + 1e-9))
            length = m * magnitude;
    return length;
}

constexpr double kBarHeight = 3.5;

} // namespace

QFont ReportPage::font(double points, bool bold)
{
    QFont f(family());
    f.setPointSizeF(points);
    f.setBold(bold);
    return f;
}

void ReportPage::setUp(QPdfWriter &writer, const QString &title)
{
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    writer.setResolution(72);
    writer.setCreator(QStringLiteral("sezview"));
    writer.setTitle(title);
}

void ReportPage::drawScaleBar(QPainter &p, const QPointF &origin, double metresPerPoint, double maxWidth)
{
    if (metresPerPoint <= 0 || maxWidth <= 0)
        return;
    const double length = roundLength(maxWidth * metresPerPoint);
    const double width = length / metresPerPoint;
    // 1 and 2 are split in fifths and quarters, 5 in fifths: each piece is itself a round length.
    const double leading = length / std::pow(10.0, std::floor(std::log10(length)));
    const int pieces = std::lround(leading) == 2 ? 4 : 5;
    p.save();
    p.setFont(font(6.5));
    const QFontMetricsF metrics(p.font(), p.device());
    const QString label = HumanLabels::distance(length);
    const double baseline = origin.y() - kBarHeight - 2.5;
    const double labelRight = origin.x() + width + metrics.horizontalAdvance(label) / 2;
    p.fillRect(QRectF(origin.x() - 5, baseline - metrics.ascent() - 2, labelRight - origin.x() + 10, origin.y() - baseline + metrics.ascent() + 4),
               QColor(255, 255, 255, 220));
    p.setPen(QPen(Qt::black, 0.6));
    for (int i = 0; i < pieces; ++i) {
        p.setBrush(i % 2 ? Qt::white : Qt::black);
        p.drawRect(QRectF(origin.x() + width * i / pieces, origin.y() - kBarHeight, width / pieces, kBarHeight));
    }
    p.drawText(QPointF(origin.x() - metrics.horizontalAdvance(QStringLiteral("0")) / 2, baseline), QStringLiteral("0"));
    p.drawText(QPointF(origin.x() + width - metrics.horizontalAdvance(label) / 2, baseline), label);
    p.restore();
}

void ReportPage::drawNorthArrow(QPainter &p, const QPointF &tip)
{
    p.save();
    QPainterPath left, right;
    left.moveTo(tip);
    left.lineTo(tip + QPointF(-6, 18));
    left.lineTo(tip + QPointF(0, 13));
    left.closeSubpath();
    right.moveTo(tip);
    right.lineTo(tip + QPointF(6, 18));
    right.lineTo(tip + QPointF(0, 13));
    right.closeSubpath();
    p.setPen(QPen(Qt::black, 0.6));
    p.setBrush(Qt::white);
    p.drawPath(left);
    p.setBrush(Qt::black);
    p.drawPath(right);
    p.setFont(font(7, true));
    p.drawText(QRectF(tip.x() - 8, tip.y() + 18, 16, 10), Qt::AlignCenter, NorthLabel::text());
    p.restore();
}

} // namespace sez
