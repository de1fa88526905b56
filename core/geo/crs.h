// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QPointF>
#include <QString>

#include <memory>
#include <vector>

namespace sez {

/// EPSG code of the default map CRS, WGS 84 / UTM zone 43N.
inline constexpr int kDefaultMapEpsg = 32643;
inline constexpr int kWgs84Epsg = 4326;

/// A coordinate reference system: its EPSG code where one is known, its name and its WKT.
struct CrsInfo
{
    int epsg = 0;
    QString name;
    QByteArray wkt;
    bool geographic = false;    ///< coordinates in degrees (lon/lat) rather than metres
    bool isValid() const { return !wkt.isEmpty(); }
};

/// Looks up an EPSG code in PROJ's database.
CrsInfo crsFromEpsg(int epsg);
/// Reads a WKT or .prj text (ESRI dialect accepted) and identifies its EPSG code.
CrsInfo crsFromWkt(const QByteArray &wkt);

/// A move-only PROJ transformation between two CRSs, always in easting/northing (lon/lat) order.
/// Each point reports whether it could be transformed.
class CoordinateTransform
{
public:
    CoordinateTransform(const CrsInfo &source, const CrsInfo &target);
    CoordinateTransform(int sourceEpsg, int targetEpsg);
    ~CoordinateTransform();
    CoordinateTransform(CoordinateTransform &&) noexcept;
    CoordinateTransform &operator=(CoordinateTransform &&) noexcept;
    CoordinateTransform(const CoordinateTransform &) = delete;
    CoordinateTransform &operator=(const CoordinateTransform &) = delete;

    bool isValid() const;
    QString errorString() const;

    /// Transforms in place; returns false (and leaves the point) where PROJ cannot.
    bool transform(QPointF &point) const;
    /// Transforms in place; returns how many points failed, marking each in \a ok when given.
    std::size_t transform(std::vector<QPointF> &points, std::vector<bool> *ok = nullptr) const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

/// The Pulkovo 1942 / Gauss-Kruger 6-degree zone (EPSG:28404..28432) for a longitude in degrees,
/// the system of Soviet-era and many current Kazakh land records; 0 outside the zones' range.
int pulkovo1942GaussKrugerEpsg(double longitude);

/// True when a box can be one of longitudes and latitudes: every bound finite, within ±180° and ±90°.
bool isLonLatExtent(double minX, double minY, double maxX, double maxY);

/// Guesses the CRS of coordinates that came without one, from their range: lon/lat, UTM 42N/43N
/// or Pulkovo 1942 Gauss-Kruger (zone-prefixed eastings). Returns 0 where nothing fits.
int guessEpsgFromExtent(double minX, double minY, double maxX, double maxY);

} // namespace sez
