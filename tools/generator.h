// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMap>
#include <QString>
#include <QStringList>

namespace sez {

class Feedback;

/// The most parcels the generator makes: a national register's size. Cadastral numbers give a district
/// 999 quarters of 999 parcels; the largest district holds about 40 %, so beyond about 2.5 million its
/// quarter numbers take 4 digits.
inline constexpr qint64 kMaxGeneratedParcels = 10'000'000;

/// What to generate: how many parcels, from which seed, where to.
struct GeneratorOptions
{
    qint64 parcels = 25000;
    quint64 seed = 20251121;
    QString outDir;
    /// The parcels as a GeoPackage layer at any size (its tests); beyond the DBF's 2 GB they are one anyway.
    bool parcelsInGeoPackage = false;
};

/// What was generated: the actual parcel count (within 2 % of the request), the SEZ's ellipsoidal
/// area and its part outside the city limits, and the files written (absolute paths).
struct GeneratorResult
{
    qint64 parcels = 0;
    double sezAreaHa = 0;
    double outsideCityHa = 0;
    bool parcelsInGeoPackage = false;   ///< parcels.gpkg, not parcels.shp: its DBF would pass 2 GB (beyond ~3.6M parcels)
    QStringList files;
};

/// Writes a synthetic Alatau SEZ dataset (shapefiles + dataset.json + README.md) into options.outDir,
/// the parcels as a GeoPackage layer instead when their DBF would pass the 2 GB that dBase and Esri read,
/// deterministically from the seed. Reports the phase "generating" (parcels written) to \a feedback,
/// which may be null, and stops when it is cancelled. Returns false and fills *error on failure;
/// writes into a temporary sibling directory and renames it into place. An existing non-empty
/// outDir is replaced only when it holds an earlier generator output.
bool generateDataset(const GeneratorOptions &options, GeneratorResult *result, QString *error, Feedback *feedback = nullptr);

/// Figures measured on a generated dataset, so tests can check it without GDAL of their own.
struct DatasetCheck
{
    qint64 parcels = 0;
    qint64 invalidGeometries = 0;
    qint64 uniqueCadastralNumbers = 0;
    double overlapHa = 0;              ///< total pairwise overlap between parcels (planar, map CRS)
    double parcelAreaHa = 0;           ///< planar, map CRS
    double zoneAreaHa = 0;             ///< planar, map CRS
    double partsWith4To12Vertices = 0; ///< share (0..1) of parcel parts whose exterior has 4-12 distinct vertices
    qint64 parcelsWithHoles = 0;
    qint64 multiPartParcels = 0;
    qint64 officialAreaOffByMoreThan1Percent = 0; ///< PLOSHAD against the ellipsoidal area
    int projects = 0;                  ///< distinct non-empty PROEKT values
    qint64 jobs = 0;                   ///< sum of RAB_MESTA
    int projectsUnderImplementation = 0; ///< projects whose parcels are строится / действует
    double investmentUnderImplementationKzt = 0;
    int infrastructureObjects = 0;     ///< infra_objects + infra_networks features
    double sezAreaHa = 0;              ///< ellipsoidal, all sez_boundary features
    double sezInsideCityHa = 0;        ///< ellipsoidal area of SEZ ∩ city limits, computed with GEOS
    double sezOutsideCityHa = 0;       ///< ellipsoidal, the features marked "за чертой города"
    double cityAreaHa = 0;             ///< ellipsoidal
    QMap<QString, double> districtAreaHa; ///< by the NAME column
    QMap<QString, int> layerEpsg;      ///< layer name -> EPSG code identified from its .prj
};

/// Reads a generated dataset back with GDAL/GEOS and measures it. Returns false and fills *error when
/// a layer cannot be read.
bool checkGeneratedDataset(const QString &dir, DatasetCheck *out, QString *error);

} // namespace sez
