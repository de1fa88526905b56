// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/geo/crs.h"

#include "core/geo/gdalhandles_p.h"
#include "core/geo/quietmemo_p.h"

#include <cpl_conv.h>
#include <cpl_error.h>
#include <ogr_spatialref.h>
#include <proj.h>

#include <cmath>
#include <mutex>

namespace sez {

namespace detail {

void ensureGdal()
{
    static std::once_flag once;
    std::call_once(once, [] {
        GDALAllRegister();
        // Errors are collected by the reader and reported with the file's name, not printed.
        CPLSetErrorHandler(CPLQuietErrorHandler);
    });
}

SrsPtr srsFromEpsg(int epsg)
{
    ensureGdal();
    SrsPtr srs(OSRNewSpatialReference(nullptr));
    if (OSRImportFromEPSG(srs.get(), epsg) != OGRERR_NONE)
        return {};
    OSRSetAxisMappingStrategy(srs.get(), OAMS_TRADITIONAL_GIS_ORDER);
    return srs;
}

} // namespace detail

namespace {

CrsInfo infoFromSrs(OGRSpatialReferenceH srs)
{
    CrsInfo info;
    const char *authority = OSRGetAuthorityName(srs, nullptr);
    const char *code = OSRGetAuthorityCode(srs, nullptr);
    if (authority && code && QByteArray(authority).compare("EPSG", Qt::CaseInsensitive) == 0)
        info.epsg = QByteArray(code).toInt();
    info.name = QString::fromUtf8(OSRGetName(srs) ? OSRGetName(srs) : "");
    info.geographic = OSRIsGeographic(srs) != 0;
    char *wkt = nullptr;
    const char *options[] = {"FORMAT=WKT2_2019", nullptr};
    if (OSRExportToWktEx(srs, &wkt, options) == OGRERR_NONE && wkt)
        info.wkt = wkt;
    CPLFree(wkt);
    return info;
}

} // namespace

CrsInfo crsFromEpsg(int epsg)
{
    auto srs = detail::srsFromEpsg(epsg);
    if (!srs)
        return {};
    return infoFromSrs(srs.get());
}

namespace {

// The most candidates a bound CRS may have for PROJ to search it (see boundCrsCandidates).
constexpr int kMostBoundCandidates = 8;

// How many candidates PROJ's identification of a CRS bound to WGS 84 by a datum shift (a .prj's
// TOWGS84, a MapInfo table's own datum) goes through: those of its base CRS, for each of which it
// builds the transformations to WGS 84 to compare the shift. A known datum has a few (Pulkovo 1942 /
// Gauss-Kruger zone 13: one); an unknown datum on a common ellipsoid has hundreds, and the search then
// takes 8-30 s with no way to interrupt it (issue 11, fuzz finding 5). The base alone is identified
// without a transformation (0.1 s for those hundreds). -1 for a CRS that is not bound.
int boundCrsCandidates(const QByteArray &wkt)
{
    int candidates = -1;
    PJ_CONTEXT *ctx = proj_context_create();
    proj_log_level(ctx, PJ_LOG_NONE);   // PROJ would print to stderr; the CLI's errors are one line
    if (PJ *crs = proj_create(ctx, wkt.constData())) {
        if (proj_get_type(crs) == PJ_TYPE_BOUND_CRS) {
            candidates = 0;
            if (PJ *base = proj_get_source_crs(ctx, crs)) {
                if (PJ_OBJ_LIST *list = proj_identify(ctx, base, nullptr, nullptr, nullptr)) {
                    candidates = proj_list_get_count(list);
                    proj_list_destroy(list);
                }
                proj_destroy(base);
            }
        }
        proj_destroy(crs);
    }
    proj_context_destroy(ctx);
    return candidates;
}

CrsInfo identifyWkt(const QByteArray &wkt)
{
    detail::ensureGdal();
    detail::SrsPtr srs(OSRNewSpatialReference(nullptr));
    // SetFromUserInput understands ESRI .prj dialect as well as WKT1/WKT2.
    if (OSRSetFromUserInput(srs.get(), wkt.constData()) != OGRERR_NONE)
        return {};
    CrsInfo info = infoFromSrs(srs.get());
    // A bound CRS with too many candidates keeps its own definition, unidentified: it is read and
    // transformed all the same, with its own datum shift.
    if (info.epsg != 0 || boundCrsCandidates(info.wkt) > kMostBoundCandidates)
        return info;
    // Identify against PROJ's database; accept only a confident single match.
    int count = 0;
    int *confidence = nullptr;
    OGRSpatialReferenceH *matches = OSRFindMatches(srs.get(), nullptr, &count, &confidence);
    for (int i = 0; i < count; ++i) {
        if (confidence[i] >= 70) {
            CrsInfo matched = infoFromSrs(matches[i]);
            if (matched.epsg != 0) {
                info.epsg = matched.epsg;
                if (confidence[i] == 100)
                    info.name = matched.name;
                break;
            }
        }
    }
    OSRFreeSRSArray(matches);
    CPLFree(confidence);
    return info;
}

} // namespace

CrsInfo crsFromWkt(const QByteArray &wkt)
{
    static detail::QuietMemo<CrsInfo> known;
    return known.get(wkt, [&wkt] { return identifyWkt(wkt); });
}

struct CoordinateTransform::Private
{
    detail::TransformPtr transform;
    QString error;
};

CoordinateTransform::CoordinateTransform(const CrsInfo &source, const CrsInfo &target)
    : d(std::make_unique<Private>())
{
    detail::ensureGdal();
    detail::SrsPtr src(OSRNewSpatialReference(nullptr));
    detail::SrsPtr dst(OSRNewSpatialReference(nullptr));
    auto load = [](OGRSpatialReferenceH srs, const CrsInfo &info) {
        if (info.epsg != 0 && OSRImportFromEPSG(srs, info.epsg) == OGRERR_NONE)
            return true;
        return OSRSetFromUserInput(srs, info.wkt.constData()) == OGRERR_NONE;
    };
    if (!load(src.get(), source) || !load(dst.get(), target)) {
        d->error = QStringLiteral("unknown coordinate reference system");
        return;
    }
    OSRSetAxisMappingStrategy(src.get(), OAMS_TRADITIONAL_GIS_ORDER);
    OSRSetAxisMappingStrategy(dst.get(), OAMS_TRADITIONAL_GIS_ORDER);
    CPLErrorReset();
    d->transform.reset(OCTNewCoordinateTransformation(src.get(), dst.get()));
    if (!d->transform)
        d->error = QString::fromUtf8(CPLGetLastErrorMsg());
}

CoordinateTransform::CoordinateTransform(int sourceEpsg, int targetEpsg)
    : CoordinateTransform(crsFromEpsg(sourceEpsg), crsFromEpsg(targetEpsg))
{
}

CoordinateTransform::~CoordinateTransform() = default;
CoordinateTransform::CoordinateTransform(CoordinateTransform &&) noexcept = default;
CoordinateTransform &CoordinateTransform::operator=(CoordinateTransform &&) noexcept = default;

bool CoordinateTransform::isValid() const { return d && d->transform; }
QString CoordinateTransform::errorString() const { return d ? d->error : QString(); }

bool CoordinateTransform::transform(QPointF &point) const
{
    if (!isValid())
        return false;
    double x = point.x(), y = point.y(), z = 0;
    int ok = 0;
    if (!OCTTransformEx(d->transform.get(), 1, &x, &y, &z, &ok) || !ok || !std::isfinite(x) || !std::isfinite(y))
        return false;
    point = QPointF(x, y);
    return true;
}

std::size_t CoordinateTransform::transform(std::vector<QPointF> &points, std::vector<bool> *okFlags) const
{
    const std::size_t n = points.size();
    if (okFlags)
        okFlags->assign(n, false);
    if (!isValid())
        return n;
    std::vector<double> xs(n), ys(n), zs(n, 0.0);
    std::vector<int> ok(n, 0);
    for (std::size_t i = 0; i < n; ++i) {
        xs[i] = points[i].x();
        ys[i] = points[i].y();
    }
    OCTTransformEx(d->transform.get(), int(n), xs.data(), ys.data(), zs.data(), ok.data());
    std::size_t failed = 0;
    for (std::size_t i = 0; i < n; ++i) {
        const bool good = ok[i] && std::isfinite(xs[i]) && std::isfinite(ys[i]);
        if (good)
            points[i] = QPointF(xs[i], ys[i]);
        else
            ++failed;
        if (okFlags)
            (*okFlags)[i] = good;
    }
    return failed;
}

int pulkovo1942GaussKrugerEpsg(double longitude)
{
    if (!std::isfinite(longitude))
        return 0;
    // Zone n spans 6(n-1)..6n degrees east; zones 31 and 32 continue across the antimeridian.
    const double east = longitude < 0 ? longitude + 360 : longitude;
    const int zone = int(std::floor(east / 6)) + 1;
    return zone >= 4 && zone <= 32 ? 28400 + zone : 0;
}

bool isLonLatExtent(double minX, double minY, double maxX, double maxY)
{
    // Comparisons are false for NaN, so a box with one is refused too.
    return minX >= -180 && minX <= 180 && maxX >= -180 && maxX <= 180 && minY >= -90 && minY <= 90 && maxY >= -90 && maxY <= 90;
}

int guessEpsgFromExtent(double minX, double minY, double maxX, double maxY)
{
    if (!(minX <= maxX && minY <= maxY))
        return 0;
    if (isLonLatExtent(minX, minY, maxX, maxY))
        return kWgs84Epsg;
    // Kazakhstan's latitudes (40-56 N) in metres of northing.
    const bool kzNorthing = minY >= 4'400'000 && maxY <= 6'300'000;
    if (!kzNorthing)
        return 0;
    // Gauss-Kruger 3-degree zones prefix the easting with the zone number (zone 26 -> 26 500 000).
    const double zone = std::floor(minX / 1'000'000.0);
    if (zone >= 17 && zone <= 30 && std::floor(maxX / 1'000'000.0) == zone) {
        // EPSG:2523 is zone 7 of the 3-degree series; the codes run consecutively from there.
        return 2516 + int(zone);
    }
    // 6-degree Gauss-Kruger: zone 13 covers 72-78 E with an easting prefix of 13.
    if (minX >= 13'100'000 && maxX <= 13'900'000)
        return 28413;
    if (minX >= 100'000 && maxX <= 900'000) {
        // UTM: the SEZ lies at 77 E, in zone 43; data from western Kazakhstan would be 42N,
        // which the coordinates alone cannot tell apart, so the project's own zone is assumed.
        return kDefaultMapEpsg;
    }
    return 0;
}

} // namespace sez
