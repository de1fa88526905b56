// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/report/reportpage.h"

#include <QFontDatabase>
#include <QFontMetricsF>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>

namespace sez {

namespace {

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

} // namespace

QFont ReportPage::font(double points, bool bold)
{
    QFont f(family());
    f.setPointSizeF(points);
    f.setBold(bold);
    return f;
}

QSizeF ReportPaper::points() const
{
    const QSizeF portrait = QPageSize(size == Size::A3 ? QPageSize::A3 : QPageSize::A4).size(QPageSize::Point);
    return landscape ? portrait.transposed() : portrait;
}

bool ReportPaper::sizeFromName(const QString &name, Size *size)
{
    if (name.compare(QLatin1String("a4"), Qt::CaseInsensitive) == 0)
        *size = Size::A4;
    else if (name.compare(QLatin1String("a3"), Qt::CaseInsensitive) == 0)
        *size = Size::A3;
    else
        return false;
    return true;
}

void ReportPage::setUp(QPdfWriter &writer, const QString &title, const ReportPaper &paper)
{
    writer.setPageSize(QPageSize(paper.size == ReportPaper::Size::A3 ? QPageSize::A3 : QPageSize::A4));
    writer.setPageOrientation(paper.landscape ? QPageLayout::Landscape : QPageLayout::Portrait);
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    writer.setResolution(72);
    writer.setCreator(QStringLiteral("sezview"));
    writer.setTitle(title);
}

double ReportPage::drawTableRow(QPainter &p, double y, std::span<const Column> columns, const QStringList &texts, bool header,
                                const QColor &fill)
{
    const double height = header ? 2 * kRowHeight : kRowHeight;
    if (fill.isValid())
        p.fillRect(QRectF(kMargin, y, kContentWidth, height), fill);
    const QFont f = font(header ? 6.2 : 6.5, header);
    p.setFont(f);
    const QFontMetricsF metrics(f, p.device());
    double x = kMargin;
    for (int c = 0; c < texts.size() && c < int(columns.size()); ++c) {
        const Column &col = columns[std::size_t(c)];
        const QRectF cell(x + 2, y, col.width - 4, height);
        if (header)
            p.drawText(cell, col.align | Qt::AlignVCenter | Qt::TextWordWrap, texts[c]);
        else
            p.drawText(cell, col.align | Qt::AlignVCenter, metrics.elidedText(texts[c], Qt::ElideRight, col.width - 4));
        x += col.width;
    }
    return height;
}

} // namespace sez
