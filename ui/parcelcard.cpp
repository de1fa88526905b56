// SPDX-License-Identifier: GPL-3.0-or-later
#include "parcelcard.h"

#include "core/model/humanlabels.h"

#include "core/geo/crs.h"
#include "core/model/parcelstore.h"

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
    const auto value = [&](ParcelField f) { return HumanLabels::displayValue(s, mRow, f); };
    const auto add = [&](ParcelField f) {
        const QString v = value(f);
        if (!v.isEmpty())
            addRow(HumanLabels::field(f), v);
    };
    mTitle->setText(tr("Parcel %1").arg(value(ParcelField::CadastralNumber)));

    addRow(HumanLabels::field(ParcelField::CadastralNumber), value(ParcelField::CadastralNumber));
    const double official = s.officialAreaHa(mRow), computed = s.computedAreaHa(mRow);
    addRow(tr("Official area"), HumanLabels::hectares(official));
    QString note;
    if (hasAreaMismatch(official, computed))
        note = tr("differs from the official area by %1 %")
                   .arg(QLocale().toString(100.0 * areaDifferenceShare(official, computed), 'f', 1));
    addRow(tr("Computed area (ellipsoidal)"), HumanLabels::hectares(computed), note);
    add(ParcelField::Area);
    add(ParcelField::Zone);
    add(ParcelField::Status);
    add(ParcelField::LandCategory);
    add(ParcelField::PermittedUse);
    add(ParcelField::District);
    addRow(tr("City of Alatau"), s.insideCity(mRow) ? tr("inside the city limits") : tr("outside the city limits"));
    add(ParcelField::Address);

    const QStringList &kinds = infrastructureKinds();
    for (const char *kind : {"substation", "gas_pipeline", "water_intake", "highway", "wastewater_treatment"}) {
        const int index = int(kinds.indexOf(QLatin1String(kind)));
        if (index >= 0)
            addRow(tr("Nearest %1").arg(HumanLabels::infrastructureKind(kinds[index]).toLower()),
                   HumanLabels::distance(s.distanceTo(mRow, index)));
    }

    add(ParcelField::Investor);
    add(ParcelField::Project);
    add(ParcelField::ProjectKk);
    add(ParcelField::InvestmentKzt);
    add(ParcelField::Jobs);
    const QString start = value(ParcelField::LeaseStart), end = value(ParcelField::LeaseEnd);
    if (!start.isEmpty() || !end.isEmpty())
        addRow(tr("Lease"), tr("%1 – %2").arg(start, end));
    // Technical conditions: what the parcel is promised from the networks.
    add(ParcelField::PowerKw);
    add(ParcelField::WaterM3Day);
    add(ParcelField::Gas);

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
