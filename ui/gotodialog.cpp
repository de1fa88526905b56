// SPDX-License-Identifier: GPL-3.0-or-later
#include "gotodialog.h"

#include "core/geo/crs.h"
#include "core/geo/placetext.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QVBoxLayout>

#include <cmath>

namespace sez {

GoToDialog::GoToDialog(int mapEpsg, double scale, QWidget *parent)
    : QDialog(parent)
    , mMapEpsg(mapEpsg)
    , mSystem(new QComboBox(this))
    , mFirstLabel(new QLabel(this))
    , mSecondLabel(new QLabel(this))
    , mFirst(new QLineEdit(this))
    , mSecond(new QLineEdit(this))
    , mScale(new QLineEdit(this))
    , mView(new QLineEdit(this))
    , mError(new QLabel(this))
{
    setWindowTitle(tr("Go to a place"));
    const CrsInfo map = crsFromEpsg(mapEpsg);
    mSystem->addItem(tr("Longitude and latitude (WGS 84)"), int(System::LonLat));
    mSystem->addItem(tr("Map coordinates: %1 (EPSG:%2)").arg(map.name.isEmpty() ? tr("the map's CRS") : map.name).arg(mapEpsg),
                     int(System::Map));
    mSystem->addItem(tr("Pulkovo 1942, Gauss-Krüger (the zone from the easting)"), int(System::PulkovoGaussKruger));
    mScale->setText(QLocale().toString(qint64(std::llround(scale))));
    mView->setPlaceholderText(tr("or paste a copied view: 77.05120,43.79230,25000"));
    mError->setStyleSheet(QStringLiteral("color: #b00020"));
    mError->setWordWrap(true);
    mError->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("Coordinates in"), mSystem);
    form->addRow(mFirstLabel, mFirst);
    form->addRow(mSecondLabel, mSecond);
    form->addRow(tr("Scale 1:"), mScale);
    form->addRow(tr("Copied view"), mView);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(mError);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &GoToDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &GoToDialog::reject);
    connect(mSystem, &QComboBox::currentIndexChanged, this, &GoToDialog::systemChanged);
    systemChanged();
}

void GoToDialog::setSystem(System system)
{
    mSystem->setCurrentIndex(mSystem->findData(int(system)));
}

void GoToDialog::setCoordinates(const QString &first, const QString &second)
{
    mFirst->setText(first);
    mSecond->setText(second);
}

void GoToDialog::setScaleText(const QString &text)
{
    mScale->setText(text);
}

void GoToDialog::setViewText(const QString &text)
{
    mView->setText(text);
}

void GoToDialog::systemChanged()
{
    if (System(mSystem->currentData().toInt()) == System::LonLat) {
        mFirstLabel->setText(tr("Longitude (east)"));
        mSecondLabel->setText(tr("Latitude (north)"));
        mFirst->setPlaceholderText(tr("77.0512 or 77°03'04\""));
        mSecond->setPlaceholderText(tr("43.7923 or 43°47'32\""));
    } else {
        // Russian land records write X for the northing and Y for the easting.
        mFirstLabel->setText(tr("Easting (Y)"));
        mSecondLabel->setText(tr("Northing (X)"));
        const bool pulkovo = System(mSystem->currentData().toInt()) == System::PulkovoGaussKruger;
        mFirst->setPlaceholderText(pulkovo ? tr("13 504 230,50") : tr("504 230,50"));
        mSecond->setPlaceholderText(tr("4 849 870,25"));
    }
}

bool GoToDialog::resolve(QPointF *map, double *scale, QString *error) const
{
    if (!mView->text().trimmed().isEmpty()) {
        const auto view = ViewLink::parse(mView->text());
        if (!view) {
            *error = tr("“%1” is not a view: it reads longitude,latitude,scale, e.g. 77.05120,43.79230,25000.").arg(mView->text());
            return false;
        }
        QPointF p(view->longitude, view->latitude);
        if (!CoordinateTransform(kWgs84Epsg, mMapEpsg).transform(p)) {
            *error = tr("The view's place cannot be shown on this map.");
            return false;
        }
        *map = p;
        *scale = view->scaleDenominator;
        return true;
    }
    const System system = System(mSystem->currentData().toInt());
    std::optional<double> first, second;
    if (system == System::LonLat) {
        first = parseAngle(mFirst->text());
        second = parseAngle(mSecond->text());
        if (!first || !second || std::abs(*first) > 180 || std::abs(*second) > 90) {
            *error = tr("Write the longitude and latitude in degrees, e.g. 77.0512 and 43.7923, or 77°03'04\" and 43°47'32\".");
            return false;
        }
    } else {
        first = parseMetres(mFirst->text());
        second = parseMetres(mSecond->text());
        if (!first || !second) {
            *error = tr("Write the easting and northing in metres, e.g. 504 230,50 and 4 849 870,25.");
            return false;
        }
    }
    int from = system == System::LonLat ? kWgs84Epsg : mMapEpsg;
    if (system == System::PulkovoGaussKruger) {
        from = pulkovoEpsgFromEasting(*first);
        if (from == 0) {
            *error = tr("A Gauss-Krüger easting starts with its zone number (13 for the SEZ): 13 504 230, not 504 230.");
            return false;
        }
    }
    QPointF p(*first, *second);
    if (!CoordinateTransform(from, mMapEpsg).transform(p)) {
        *error = tr("These coordinates cannot be shown on this map.");
        return false;
    }
    QString scaleText = mScale->text();
    scaleText.remove(QLatin1Char(' ')).remove(QChar(0x00a0)).remove(QChar(0x202f)).remove(QLocale().groupSeparator());
    bool ok = false;
    const double denominator = QLocale().toDouble(scaleText, &ok);
    if (!ok || denominator < 100 || denominator > 1e8) {
        *error = tr("The scale is a number from 100 to 100,000,000.");
        return false;
    }
    *map = p;
    *scale = denominator;
    return true;
}

void GoToDialog::accept()
{
    QPointF map;
    double scale = 0;
    QString error;
    if (!resolve(&map, &scale, &error)) {
        mError->setText(error);
        mError->show();
        return;
    }
    QDialog::accept();
}

} // namespace sez
