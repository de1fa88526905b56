// SPDX-License-Identifier: GPL-3.0-or-later
// GDAL handles owned by std::unique_ptr, so no error path leaks a dataset or a feature.
#pragma once

#include <gdal.h>
#include <ogr_api.h>
#include <ogr_srs_api.h>

#include <memory>

namespace sez::detail {

struct DatasetCloser { void operator()(GDALDatasetH h) const { if (h) GDALClose(h); } };
struct FeatureCloser { void operator()(OGRFeatureH h) const { if (h) OGR_F_Destroy(h); } };
struct GeometryCloser { void operator()(OGRGeometryH h) const { if (h) OGR_G_DestroyGeometry(h); } };
struct SrsCloser { void operator()(OGRSpatialReferenceH h) const { if (h) OSRRelease(h); } };
struct TransformCloser { void operator()(OGRCoordinateTransformationH h) const { if (h) OCTDestroyCoordinateTransformation(h); } };

using DatasetPtr = std::unique_ptr<std::remove_pointer_t<GDALDatasetH>, DatasetCloser>;
using FeaturePtr = std::unique_ptr<std::remove_pointer_t<OGRFeatureH>, FeatureCloser>;
using GeometryPtr = std::unique_ptr<std::remove_pointer_t<OGRGeometryH>, GeometryCloser>;
using SrsPtr = std::unique_ptr<std::remove_pointer_t<OGRSpatialReferenceH>, SrsCloser>;
using TransformPtr = std::unique_ptr<std::remove_pointer_t<OGRCoordinateTransformationH>, TransformCloser>;

/// Registers GDAL's drivers once and routes its errors away from stderr.
void ensureGdal();

/// A spatial reference for an EPSG code, in lon/lat (x = easting) axis order.
SrsPtr srsFromEpsg(int epsg);

} // namespace sez::detail
