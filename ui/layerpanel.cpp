// SPDX-License-Identifier: GPL-3.0-or-later
#include "layerpanel.h"

#include "mapcanvas.h"

#include "core/model/parcelstore.h"
#include "core/render/rendercontext.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QPainter>
#include <QSlider>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace sez {

namespace {

constexpr int kIdRole = Qt::UserRole;   // a layer item's layer id

// The map's own symbol, so the legend looks like the map (hatches, dashes, triangles).
QIcon swatch(const Symbol &symbol)
{
    QPixmap pixmap(20, 14);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    paintLegendSymbol(painter, QRectF(0, 0, 20, 14), symbol);
    return QIcon(pixmap);
}

} // namespace

LayerPanel::LayerPanel(QWidget *parent)
    : QWidget(parent)
    , mStyle(new QComboBox(this))
    , mOutlines(new QCheckBox(tr("Parcel outlines"), this))
    , mTree(new QTreeWidget(this))
{
    mStyle->addItem(tr("By zone"), int(ParcelStyle::Zone));
    mStyle->addItem(tr("By status"), int(ParcelStyle::Status));
    mStyle->addItem(tr("By investor"), int(ParcelStyle::Investor));
    mOutlines->setChecked(true);
    mTree->setColumnCount(2);
    mTree->setHeaderLabels({tr("Layer"), tr("Opacity")});
    mTree->header()->setStretchLastSection(false);
    mTree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    mTree->header()->setSectionResizeMode(1, QHeaderView::Fixed);
    // Wide enough for the header in every language ("Непрозрачность", "Мөлдірсіздігі").
    mTree->header()->resizeSection(1, std::max(80, mTree->header()->fontMetrics().horizontalAdvance(tr("Opacity")) + 16));
    mTree->setIconSize(QSize(20, 14));
    mTree->setSelectionMode(QAbstractItemView::NoSelection);
    mTree->setFocusPolicy(Qt::NoFocus);
    mTree->setIndentation(14);

    auto *form = new QFormLayout;
    form->addRow(tr("Colour parcels"), mStyle);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(form);
    layout->addWidget(mOutlines);
    layout->addWidget(mTree, 1);

    connect(mStyle, &QComboBox::currentIndexChanged, this, [this] {
        if (mCanvas)
            mCanvas->setStyle(style());
        refresh();
        Q_EMIT styleChanged(style());
    });
    connect(mOutlines, &QCheckBox::toggled, this, [this](bool on) {
        if (mCanvas)
            mCanvas->setOutlines(on);
        Q_EMIT outlinesToggled(on);
    });
    connect(mTree, &QTreeWidget::itemChanged, this, &LayerPanel::itemChanged);
}

void LayerPanel::setCanvas(MapCanvas *canvas)
{
    if (mCanvas)
        mCanvas->disconnect(this);
    mCanvas = canvas;
    if (mCanvas) {
        connect(mCanvas, &MapCanvas::layersChanged, this, &LayerPanel::refresh);
        // The parcels' legend follows what is on screen, once it is drawn.
        connect(mCanvas, &MapCanvas::rendered, this, &LayerPanel::refresh);
        mCanvas->setStyle(style());
        mCanvas->setOutlines(mOutlines->isChecked());
    }
    rebuild();
}

void LayerPanel::setStore(std::shared_ptr<const ParcelStore> store, std::shared_ptr<const MapStyle> style)
{
    mStore = std::move(store);
    mMapStyle = mStore && !style ? std::make_shared<const MapStyle>(*mStore) : std::move(style);
    rebuild();
}

void LayerPanel::setStyle(ParcelStyle style)
{
    mStyle->setCurrentIndex(mStyle->findData(int(style)));
}

ParcelStyle LayerPanel::style() const
{
    return ParcelStyle(mStyle->currentData().toInt());
}

void LayerPanel::setLayerControls(QHash<QString, std::function<QWidget *()>> makers)
{
    mControls = std::move(makers);
    rebuild();
}

QStringList LayerPanel::legendLabels() const
{
    QStringList labels;
    if (const QTreeWidgetItem *parcels = layerItem(kParcelsLayer))
        for (int i = 0; i < parcels->childCount(); ++i)
            labels << parcels->child(i)->text(0);
    return labels;
}

QStringList LayerPanel::layerTitles() const
{
    QStringList titles;
    for (int i = 0; i < mTree->topLevelItemCount(); ++i)
        titles << mTree->topLevelItem(i)->text(0);
    return titles;
}

QTreeWidgetItem *LayerPanel::layerItem(const QString &id) const
{
    for (int i = 0; i < mTree->topLevelItemCount(); ++i)
        if (mTree->topLevelItem(i)->data(0, kIdRole).toString() == id)
            return mTree->topLevelItem(i);
    return nullptr;
}

QSlider *LayerPanel::opacitySlider(const QString &id) const
{
    QTreeWidgetItem *item = layerItem(id);
    return item ? qobject_cast<QSlider *>(mTree->itemWidget(item, 1)) : nullptr;
}

// Every layer a row, the top one first, each with its opacity slider; the rows' states and
// legends are then filled by refresh().
void LayerPanel::rebuild()
{
    const bool updating = std::exchange(mUpdating, true);
    mTree->clear();   // deletes its item widgets later (a Remove click may come from one)
    mIds.clear();
    if (mCanvas) {
        const MapLayers &layers = mCanvas->layers();
        for (std::size_t i = layers.size(); i-- > 0;) {
            const MapLayer &layer = layers.at(i);
            auto *item = new QTreeWidgetItem(mTree, {layer.title.isEmpty() ? layer.id : layer.title});
            item->setData(0, kIdRole, layer.id);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
            // The whole name too, where a narrow panel cuts it.
            item->setToolTip(0, item->text(0) + QLatin1Char('\n') + tr("Tick to show the layer; the slider sets its opacity"));
            auto *slider = new QSlider(Qt::Horizontal);
            slider->setRange(0, 100);
            slider->setToolTip(tr("Opacity of “%1”").arg(item->text(0)));
            slider->setAccessibleName(slider->toolTip());
            connect(slider, &QSlider::valueChanged, this, [this, id = layer.id](int value) {
                if (!mUpdating && mCanvas)
                    mCanvas->setLayerOpacity(id, value / 100.0);
            });
            mTree->setItemWidget(item, 1, slider);
            const auto make = mControls.constFind(layer.id);
            if (QWidget *controls = make == mControls.constEnd() ? nullptr : (*make)()) {
                auto *host = new QTreeWidgetItem(item);
                host->setFirstColumnSpanned(true);
                host->setFlags(Qt::ItemIsEnabled);
                host->setData(0, kIdRole, QStringLiteral("controls"));
                mTree->setItemWidget(host, 0, controls);
            }
            mIds << layer.id;
        }
    }
    mUpdating = updating;
    refresh();
    // The parcels' legend open, the long ones that repeat it (zones) closed.
    if (QTreeWidgetItem *parcels = layerItem(kParcelsLayer))
        parcels->setExpanded(true);
}

// Brings the rows up to date with the map: shown or not, opacity, legends.
void LayerPanel::refresh()
{
    if (!mCanvas)
        return;
    QStringList ids;
    const MapLayers &layers = mCanvas->layers();
    for (std::size_t i = layers.size(); i-- > 0;)
        ids << layers.at(i).id;
    if (ids != mIds) {
        rebuild();
        return;
    }
    const bool updating = std::exchange(mUpdating, true);
    for (std::size_t i = 0; i < layers.size(); ++i) {
        const MapLayer &layer = layers.at(i);
        QTreeWidgetItem *item = layerItem(layer.id);
        if (!item)
            continue;
        item->setCheckState(0, layer.visible ? Qt::Checked : Qt::Unchecked);
        if (QSlider *slider = opacitySlider(layer.id))
            slider->setValue(int(std::lround(layer.opacity * 100)));
        fillLegend(item, layer.id);
    }
    mUpdating = updating;
}

void LayerPanel::fillLegend(QTreeWidgetItem *item, const QString &id)
{
    const MapLayer *layer = mCanvas->layers().find(id);
    std::vector<LegendEntry> entries;
    if (mStore && mMapStyle && layer && layer->painter) {
        if (id == kParcelsLayer) {
            entries = mMapStyle->legendInView(*mStore, style(), mCanvas->view());
        } else {
            // The emphasis layer's symbols are listed whether or not something is emphasised now.
            const std::vector<bool> any;
            RenderOptions options = mCanvas->renderOptions();
            options.highlight = &any;
            options.selection = &any;
            entries = layer->painter->legend(*mMapStyle, options);
        }
    }
    // A layer of one symbol shows it on its own row; a longer legend is listed under it.
    item->setIcon(0, entries.size() == 1 ? swatch(entries.front().symbol) : QIcon());
    if (entries.size() == 1)
        entries.clear();
    int next = 0;
    for (int i = 0; i < item->childCount(); ++i)
        if (item->child(i)->data(0, kIdRole).toString() == QLatin1String("controls"))
            next = i + 1;   // hosted controls stay first
    for (const LegendEntry &entry : entries) {
        QTreeWidgetItem *child = next < item->childCount() ? item->child(next) : new QTreeWidgetItem(item);
        child->setFlags(Qt::ItemIsEnabled);
        child->setFirstColumnSpanned(true);
        child->setText(0, entry.label);
        child->setToolTip(0, entry.label);
        child->setIcon(0, swatch(entry.symbol));
        ++next;
    }
    while (item->childCount() > next)
        delete item->takeChild(next);
}

void LayerPanel::itemChanged(QTreeWidgetItem *item, int column)
{
    if (mUpdating || column != 0 || !mCanvas || item->parent())
        return;
    mCanvas->setLayerVisible(item->data(0, kIdRole).toString(), item->checkState(0) == Qt::Checked);
}

} // namespace sez
