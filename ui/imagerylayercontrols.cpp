// SPDX-License-Identifier: GPL-3.0-or-later
#include "imagerylayercontrols.h"

#include "core/imagery/imagerysource.h"
#include "core/imagery/rasterimagery.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QPushButton>
#include <QSlider>
#include <QVBoxLayout>

namespace sez {

namespace {

QSlider *slider(int minimum, int maximum, int value, QWidget *parent)
{
    auto *s = new QSlider(Qt::Horizontal, parent);
    s->setRange(minimum, maximum);
    s->setValue(value);
    s->setPageStep(10);
    return s;
}

} // namespace

ImageryLayerControls::ImageryLayerControls(MapImagery *imagery, const MapImagery::Entry &entry, QWidget *parent)
    : QWidget(parent), mImagery(imagery), mId(entry.id)
{
    mBrightness = slider(-100, 100, entry.look.brightness, this);
    mContrast = slider(-100, 100, entry.look.contrast, this);
    mOverviews = new QPushButton(tr("Build overviews…"), this);
    mOverviews->setToolTip(tr("The file is large and has no overviews, so it is slow to draw zoomed out. Overviews are "
                              "written to a new file beside it (.ovr); the file itself is not changed."));
    const auto *raster = dynamic_cast<const RasterImagery *>(entry.source.get());
    mOverviews->setVisible(raster && raster->needsOverviews());
    auto *remove = new QPushButton(tr("Remove"), this);
    remove->setEnabled(entry.kind != MapImagery::Kind::Manifest);   // the manifest's: hide it instead

    auto *form = new QFormLayout;
    form->addRow(tr("Brightness"), mBrightness);
    form->addRow(tr("Contrast"), mContrast);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(mOverviews);
    buttons->addStretch();
    buttons->addWidget(remove);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 4);
    layout->addLayout(form);
    layout->addLayout(buttons);

    connect(mBrightness, &QSlider::valueChanged, this, &ImageryLayerControls::lookChanged);
    connect(mContrast, &QSlider::valueChanged, this, &ImageryLayerControls::lookChanged);
    connect(remove, &QPushButton::clicked, this, [this] { mImagery->remove(mId); });
    connect(mOverviews, &QPushButton::clicked, this, [this, location = entry.location] { Q_EMIT overviewsRequested(mId, location); });
}

void ImageryLayerControls::lookChanged()
{
    mImagery->setLook(mId, ImageryLook{mBrightness->value(), mContrast->value()});
}

} // namespace sez
