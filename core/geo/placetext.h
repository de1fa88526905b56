// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace sez {

/// An angle as people write one: decimal degrees ("77.0512", "77,0512"), degrees and minutes, or
/// degrees, minutes and seconds ("77°03'04.3\"", "77 3 4.3"), with an optional hemisphere letter
/// in Latin or Cyrillic (N S E W, С Ю В З) before or after it; S and W are negative. Nothing when
/// the text is not an angle or a part is out of range (minutes or seconds of 60 and over).
std::optional<double> parseAngle(const QString &text);

/// A length in metres as written in land records: "500123.45", "500 123,45", "5 001 234".
std::optional<double> parseMetres(const QString &text);

/// The Pulkovo 1942 Gauss-Kruger zone (EPSG:28404..28432) of an easting written with its zone
/// number in front (13 500 000 is zone 13: EPSG:28413); 0 when it carries no zone.
int pulkovoEpsgFromEasting(double easting);

/// A view one user sends another: the centre in WGS 84 and the scale, written "lon,lat,scale"
/// ("77.05120,43.79230,25000"), the text of `sezview --view` and of View ▸ Copy the view.
struct ViewLink
{
    double longitude = 0;
    double latitude = 0;
    double scaleDenominator = 0;

    /// Parses "lon,lat,scale" (spaces allowed, "1:25000" too); nothing when malformed or out of range.
    static std::optional<ViewLink> parse(const QString &text);
    /// "lon,lat,scale" with five decimals (about a metre) and a whole scale.
    QString toString() const;
};

} // namespace sez
