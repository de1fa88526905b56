// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QPointF>

class QComboBox;
class QLabel;
class QLineEdit;

namespace sez {

/// View ▸ Go to a place: a coordinate as land records and maps write it, in longitude and latitude
/// (decimal or degrees, minutes and seconds), in the map's UTM zone, or in Pulkovo 1942
/// Gauss-Krüger (the zone read from the easting's leading digits), or a view another user copied
/// ("lon,lat,scale"). The point is resolved to the map's CRS.
class GoToDialog : public QDialog
{
    Q_OBJECT

public:
    enum class System { LonLat, Map, PulkovoGaussKruger };

    /// For a map in \a mapEpsg now at the scale 1:\a scale.
    GoToDialog(int mapEpsg, double scale, QWidget *parent = nullptr);

    void setSystem(System system);
    void setCoordinates(const QString &first, const QString &second);
    void setScaleText(const QString &text);
    void setViewText(const QString &text);

    /// The point (map CRS) and scale the input names; false with \a error in words when it names none.
    bool resolve(QPointF *map, double *scale, QString *error) const;

    void accept() override;

private:
    void systemChanged();

    int mMapEpsg;
    QComboBox *mSystem;
    QLabel *mFirstLabel;
    QLabel *mSecondLabel;
    QLineEdit *mFirst;
    QLineEdit *mSecond;
    QLineEdit *mScale;
    QLineEdit *mView;
    QLabel *mError;
};

} // namespace sez
