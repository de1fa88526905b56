// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/nearestinfrastructure.h"
#include "core/query/query.h"
#include "core/render/rendercontext.h"

#include <QCoreApplication>

namespace sez {

/// A query's distance conditions drawn as the area they allow: every point within the distance of
/// an object of the kind (a disc around a point, a band along a line), one tint a condition.
/// The painter of the map's kDistanceBuffersLayer while a query with such conditions is shown.
class DistanceBuffersPainter : public LayerPainter
{
    Q_DECLARE_TR_FUNCTIONS(sez::DistanceBuffersPainter)

public:
    explicit DistanceBuffersPainter(QList<QueryDistanceLimit> limits) : mLimits(std::move(limits)) {}
    const QList<QueryDistanceLimit> &limits() const { return mLimits; }
    bool paint(QPainter &painter, const RenderContext &context, const ParcelsInView &parcels) const override;
    std::vector<LegendEntry> legend(const MapStyle &style, const RenderOptions &options) const override;

private:
    QList<QueryDistanceLimit> mLimits;
};

/// The lines from one parcel to its nearest object of each kind, with their lengths: the painter
/// of the map's kNearestLayer while a parcel's card asks for it.
class NearestLinesPainter : public LayerPainter
{
    Q_DECLARE_TR_FUNCTIONS(sez::NearestLinesPainter)

public:
    explicit NearestLinesPainter(std::vector<NearestInfrastructure> links) : mLinks(std::move(links)) {}
    const std::vector<NearestInfrastructure> &links() const { return mLinks; }
    bool paint(QPainter &painter, const RenderContext &context, const ParcelsInView &parcels) const override;
    std::vector<LegendEntry> legend(const MapStyle &style, const RenderOptions &options) const override;

private:
    std::vector<NearestInfrastructure> mLinks;
};

} // namespace sez
