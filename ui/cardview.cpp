// SPDX-License-Identifier: GPL-3.0-or-later
#include "cardview.h"

#include "core/geo/crs.h"

#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>

namespace sez {

CardView::CardView(QWidget *parent)
    : QWidget(parent)
    , mTitle(new QLabel(this))
    , mBody(new QScrollArea(this))
{
    QFont big = mTitle->font();
    big.setPointSizeF(big.pointSizeF() * 1.25);
    big.setBold(true);
    mTitle->setFont(big);
    mTitle->setTextInteractionFlags(Qt::TextSelectableByMouse);
    mTitle->setWordWrap(true);
    // Values wrap to the card's width instead of running off to the side.
    mBody->setWidgetResizable(true);
    mBody->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    mBody->setFrameShape(QFrame::StyledPanel);
}

CardView::~CardView() = default;

void CardView::setMapEpsg(int epsg)
{
    mMapEpsg = epsg;
    mToLonLat = epsg > 0 ? std::make_unique<CoordinateTransform>(epsg, kWgs84Epsg) : nullptr;
}

void CardView::beginRows()
{
    delete mPending;
    mPending = new QWidget;
    mRows = new QGridLayout(mPending);
    // Names get two fifths of the width, so "Кадастрлық нөмір" stays on one line.
    mRows->setColumnStretch(0, 2);
    mRows->setColumnStretch(1, 3);
    mRows->setColumnStretch(2, 0);   // where a value comes from: "register, v. 2" or "source"
    mRows->setHorizontalSpacing(12);
    mLines.clear();
}

void CardView::addRow(const QString &label, const QString &value, const QString &note, const QString &origin)
{
    if (value.isEmpty())
        return;   // a row without a value says nothing
    const QString shown = note.isEmpty() ? value : value + QStringLiteral("  ⚠ ") + note;
    auto *name = new QLabel(label);
    auto *text = new QLabel(shown);
    for (QLabel *l : {name, text}) {
        l->setWordWrap(true);
        l->setTextFormat(Qt::PlainText);
        l->setTextInteractionFlags(Qt::TextSelectableByMouse);
        l->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    }
    name->setForegroundRole(QPalette::PlaceholderText);
    text->setObjectName(QStringLiteral("value"));
    if (!note.isEmpty()) {
        text->setStyleSheet(QStringLiteral("color: #aa3c00"));
        text->setToolTip(note);
    }
    const int row = int(mLines.size());
    mRows->addWidget(name, row, 0);
    mRows->addWidget(text, row, 1);
    if (!origin.isEmpty()) {
        auto *from = new QLabel(origin);
        from->setObjectName(QStringLiteral("origin"));
        from->setForegroundRole(QPalette::PlaceholderText);
        from->setAlignment(Qt::AlignRight | Qt::AlignTop);
        mRows->addWidget(from, row, 2);
    }
    mLines << label + QStringLiteral(": ") + shown;
}

void CardView::addPositionRows(const QString &lonLatLabel, const QString &mapLabel, QPointF map)
{
    const QLocale locale;
    const QPointF projected = map;
    if (mToLonLat && mToLonLat->transform(map))
        addRow(lonLatLabel, tr("%1°, %2°").arg(locale.toString(map.x(), 'f', 6), locale.toString(map.y(), 'f', 6)));
    addRow(mapLabel, tr("%1 E, %2 N").arg(locale.toString(projected.x(), 'f', 1), locale.toString(projected.y(), 'f', 1)));
}

void CardView::showRows(bool stretch)
{
    if (stretch)
        mRows->setRowStretch(int(mLines.size()), 1);
    delete mBody->takeWidget();
    mBody->setWidget(mPending);
    mPending = nullptr;
}

QString CardView::text() const
{
    QStringList lines;
    lines << mTitle->text() << mLines;
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QList<QLabel *> CardView::valueLabels() const
{
    QList<QLabel *> labels;
    for (int r = 0; mRows && r < mRows->rowCount(); ++r)
        if (QLayoutItem *item = mRows->itemAtPosition(r, 1))
            if (auto *label = qobject_cast<QLabel *>(item->widget()))
                labels << label;
    return labels;
}

} // namespace sez
