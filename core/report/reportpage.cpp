// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/report/reportpage.h"

#include <QFontDatabase>
#include <QPageLayout>
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

} // namespace sez
