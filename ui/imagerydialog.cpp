// SPDX-License-Identifier: GPL-3.0-or-later
#include "imagerydialog.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QTabWidget>
#include <QVBoxLayout>

namespace sez {

namespace {

const QString kLastFolder = QStringLiteral("imagery/lastFolder");

} // namespace

ImageryDialog::ImageryDialog(const QString &tileCacheDir, const QString &address, const QString &attribution, QWidget *parent)
    : QDialog(parent), mTabs(new QTabWidget(this)), mPath(new QLineEdit(this)), mAddress(new QLineEdit(address, this)),
      mAttribution(new QLineEdit(attribution, this))
{
    setWindowTitle(tr("Add imagery"));

    auto *file = new QWidget(this);
    auto *fileLayout = new QVBoxLayout(file);
    auto *row = new QHBoxLayout;
    auto *browseButton = new QPushButton(tr("Browse…"), file);
    row->addWidget(mPath, 1);
    row->addWidget(browseButton);
    fileLayout->addLayout(row);
    auto *fileNote = new QLabel(tr("An orthophoto or other georeferenced image: GeoTIFF, a VRT mosaic, JPEG2000, MBTiles or "
                                   "GeoPackage. It is drawn under the parcels in the map's coordinate system and "
                                   "remembered for this dataset."), file);
    fileNote->setWordWrap(true);
    fileLayout->addWidget(fileNote);
    fileLayout->addStretch();
    connect(browseButton, &QPushButton::clicked, this, &ImageryDialog::browse);

    auto *basemap = new QWidget(this);
    auto *form = new QFormLayout(basemap);
    mAddress->setPlaceholderText(QStringLiteral("https://tiles.example.kz/{z}/{x}/{y}.png"));
    mAttribution->setPlaceholderText(tr("© the tiles' provider"));
    form->addRow(tr("Tile address:"), mAddress);
    form->addRow(tr("Credit on the map:"), mAttribution);
    auto *basemapNote = new QLabel(tr("An XYZ or WMTS address of Web Mercator tiles with {z}, {x} and {y} (or {TileMatrix}, "
                                      "{TileCol} and {TileRow}), e.g. your organisation's tile server. Tiles are fetched "
                                      "from this address only, while you look at the map, and kept in %1 (up to 512 MB), "
                                      "so an area seen once is shown offline later. Nothing is fetched until you give an "
                                      "address.").arg(QDir::toNativeSeparators(tileCacheDir)), basemap);
    basemapNote->setWordWrap(true);
    form->addRow(basemapNote);

    mTabs->addTab(file, tr("Raster file"));
    mTabs->addTab(basemap, tr("Tile basemap"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(mTabs);
    layout->addWidget(buttons);
    resize(560, 260);
}

void ImageryDialog::browse()
{
    QSettings settings;
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Add a raster file"), settings.value(kLastFolder).toString(),
        tr("Rasters (*.tif *.tiff *.vrt *.jp2 *.mbtiles *.gpkg *.img *.ecw *.png *.jpg);;All files (*)"));
    if (path.isEmpty())
        return;
    settings.setValue(kLastFolder, QFileInfo(path).absolutePath());
    mPath->setText(QDir::toNativeSeparators(path));
}

bool ImageryDialog::isBasemap() const
{
    return mTabs->currentIndex() == 1;
}

QString ImageryDialog::path() const
{
    return QDir::fromNativeSeparators(mPath->text().trimmed());
}

QString ImageryDialog::address() const
{
    return mAddress->text().trimmed();
}

QString ImageryDialog::attribution() const
{
    return mAttribution->text().trimmed();
}

} // namespace sez
