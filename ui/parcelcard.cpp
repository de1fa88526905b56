// SPDX-License-Identifier: GPL-3.0-or-later
#include "parcelcard.h"

#include "core/model/humanlabels.h"

#include "core/geo/crs.h"
#include "core/model/parcelstore.h"
#include "core/model/rules.h"

#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <cmath>

namespace sez {

ParcelCard::ParcelCard(QWidget *parent)
    : QWidget(parent)
    , mTitle(new QLabel(this))
    , mTree(new QTreeWidget(this))
    , mCopy(new QPushButton(tr("Copy as text"), this))
{
    QFont big = mTitle->font();
    big.setPointSizeF(big.pointSizeF() * 1.25);
    big.setBold(true);
    mTitle->setFont(big);
    mTitle->setTextInteractionFlags(Qt::TextSelectableByMouse);
    mTitle->setWordWrap(true);
    mTree->setColumnCount(2);
    mTree->setHeaderLabels({tr("Attribute"), tr("Value")});
    mTree->setRootIsDecorated(false);
    mTree->setAlternatingRowColors(true);
    mTree->setWordWrap(true);
    mTree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    mTree->header()->setStretchLastSection(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(mTitle);
    layout->addWidget(mTree, 1);
    layout->addWidget(mCopy, 0, Qt::AlignRight);
    connect(mCopy, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(text()); });
    showParcel(-1);
}

ParcelCard::~ParcelCard() = default;

void ParcelCard::setStore(std::shared_ptr<const ParcelStore> store)
{
    mStore = std::move(store);
    mToLonLat = mStore ? std::make_unique<CoordinateTransform>(mStore->mapEpsg(), kWgs84Epsg) : nullptr;
    showParcel(-1);
}

void ParcelCard::addRow(const QString &label, const QString &value, const QString &note)
{
    auto *item = new QTreeWidgetItem(mTree, {label, note.isEmpty() ? value : value + QStringLiteral("  ⚠ ") + note});
    if (!note.isEmpty()) {
        item->setForeground(1, QColor(170, 60, 0));
        item->setToolTip(1, note);
    }
}

void ParcelCard::showParcel(qint64 row)
{
    mTree->clear();
    mRow = (mStore && row >= 0 && row < mStore->size()) ? row : -1;
    mCopy->setEnabled(mRow >= 0);
    if (mRow < 0) {
        mTitle->setText(tr("Click a parcel on the map to see its card."));
        return;
    }
    const ParcelStore &s = *mStore;
    mTitle->setText(tr("Parcel %1").arg(HumanLabels::displayValue(s, mRow, ParcelField::CadastralNumber)));
    // Every field with a value, group by group in the field table's order, then the source's own
    // columns under their own names. The official and computed areas are compared here.
    for (FieldGroup group : {FieldGroup::Parcel, FieldGroup::Infrastructure, FieldGroup::Allocation, FieldGroup::Conditions}) {
        for (const FieldSpec &spec : FieldTable::all()) {
            if (spec.group != group)
                continue;
            const QString v = HumanLabels::displayValue(s, mRow, spec.id, true);
            if (v.isEmpty())
                continue;
            QString note;
            if (spec.id == ParcelField::ComputedAreaHa) {
                const double official = s.officialAreaHa(mRow), computed = s.computedAreaHa(mRow);
                if (hasAreaMismatch(official, computed))
                    note = tr("differs from the official area by %1 %")
                               .arg(QLocale().toString(100.0 * areaDifferenceShare(official, computed), 'f', 1));
            }
            addRow(FieldTable::label(spec), v, note);
        }
    }
    for (int f = int(ParcelField::Count); f < s.fieldCount(); ++f)
        if (const QString v = HumanLabels::displayValue(s, mRow, f, true); !v.isEmpty())
            addRow(s.field(f).label(), v);

    QPointF centre = s.labelPoint(mRow);
    const QPointF projected = centre;
    const QLocale locale;
    if (mToLonLat && mToLonLat->transform(centre))
        addRow(tr("Centre (lon, lat)"), tr("%1°, %2°").arg(locale.toString(centre.x(), 'f', 6), locale.toString(centre.y(), 'f', 6)));
    addRow(tr("Centre (EPSG:%1)").arg(s.mapEpsg()),
           tr("%1 E, %2 N").arg(locale.toString(projected.x(), 'f', 1), locale.toString(projected.y(), 'f', 1)));
}

QString ParcelCard::text() const
{
    QStringList lines;
    lines << mTitle->text();
    for (int i = 0; i < mTree->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = mTree->topLevelItem(i);
        lines << item->text(0) + QStringLiteral(": ") + item->text(1);
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace sez
