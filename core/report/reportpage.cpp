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

void ReportPage::setUp(QPdfWriter &writer, const QString &title)
{
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    writer.setResolution(72);
    writer.setCreator(QStringLiteral("sezview"));
    writer.setTitle(title);
}

} // namespace sez
