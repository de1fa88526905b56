// SPDX-License-Identifier: GPL-3.0-or-later
#include "layerpanel.h"

#include "core/model/parcelstore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QListWidget>
#include <QPainter>
#include <QVBoxLayout>

namespace sez {

namespace {

// The map's own symbol, so the legend looks like the map (hatches, dashes, triangles).
QIcon swatch(const Symbol &symbol)
{
    QPixmap pixmap(20, 14);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    paintLegendSymbol(painter, QRectF(0, 0, 20, 14), symbol);
    return QIcon(pixmap);
}

void addEntry(QListWidget *list, const LegendEntry &entry)
{
    auto *item = new QListWidgetItem(swatch(entry.symbol), entry.label, list);
    item->setToolTip(entry.label);
}

} // namespace

LayerPanel::LayerPanel(QWidget *parent)
    : QWidget(parent)
    , mStyle(new QComboBox(this))
    , mOutlines(new QCheckBox(tr("Parcel outlines"), this))
    , mLabels(new QCheckBox(tr("Cadastral numbers"), this))
    , mLegend(new QListWidget(this))
{
    mStyle->addItem(tr("By zone"), int(ParcelStyle::Zone));
    mStyle->addItem(tr("By status"), int(ParcelStyle::Status));
    mStyle->addItem(tr("By investor"), int(ParcelStyle::Investor));
    mOutlines->setChecked(true);
    mLabels->setChecked(true);
    mLegend->setSelectionMode(QAbstractItemView::NoSelection);
    mLegend->setFocusPolicy(Qt::NoFocus);
    mLegend->setIconSize(QSize(20, 14));

    auto *form = new QFormLayout;
    form->addRow(tr("Colour parcels"), mStyle);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(form);
    layout->addWidget(mOutlines);
    layout->addWidget(mLabels);
    auto *legendTitle = new QLabel(tr("Legend"), this);
    QFont bold = legendTitle->font();
    bold.setBold(true);
    legendTitle->setFont(bold);
    layout->addWidget(legendTitle);
    layout->addWidget(mLegend, 1);

    connect(mStyle, &QComboBox::currentIndexChanged, this, [this] {
        updateLegend();
        Q_EMIT styleChanged(style());
    });
    connect(mOutlines, &QCheckBox::toggled, this, &LayerPanel::outlinesToggled);
    connect(mLabels, &QCheckBox::toggled, this, &LayerPanel::labelsToggled);
}

void LayerPanel::setStore(std::shared_ptr<const ParcelStore> store, std::shared_ptr<const MapStyle> style)
{
    mStore = std::move(store);
    mMapStyle = mStore && !style ? std::make_shared<const MapStyle>(*mStore) : std::move(style);
    updateLegend();
}

void LayerPanel::setStyle(ParcelStyle style)
{
    mStyle->setCurrentIndex(mStyle->findData(int(style)));
}

ParcelStyle LayerPanel::style() const
{
    return ParcelStyle(mStyle->currentData().toInt());
}

QStringList LayerPanel::legendLabels() const
{
    QStringList labels;
    for (int i = 0; i < mLegend->count(); ++i)
        labels << mLegend->item(i)->text();
    return labels;
}

void LayerPanel::updateLegend()
{
    mLegend->clear();
    if (!mStore || !mMapStyle)
        return;
    for (const LegendEntry &entry : mMapStyle->legend(style()))
        addEntry(mLegend, entry);
    // What the rest of the map shows: the SEZ inside and outside the city, boundaries, infrastructure.
    auto *separator = new QListWidgetItem(tr("Other layers"), mLegend);
    QFont bold = separator->font();
    bold.setBold(true);
    separator->setFont(bold);
    for (const LegendEntry &entry : mMapStyle->contextLegend())
        addEntry(mLegend, entry);
}

} // namespace sez
