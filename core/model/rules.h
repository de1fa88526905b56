// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointF>
#include <QString>

#include <vector>

namespace sez {

struct ContextFeature;

/// Which side of the city limits a SEZ part or a parcel lies on; Unknown when the dataset has no
/// city limits.
enum class CitySide : quint8 { Unknown, Inside, Outside };

// The SEZ's business rules, each written once. Sides of the city are decided from geometry when a
// dataset is imported and stored with the features; everything else reads the stored fact.

/// The side of the city limits \a point lies on. A parcel is on the side of its label point (a point
/// inside it), so a parcel cut by the limits counts wholly on one side.
CitySide citySideAt(const QPointF &point, const std::vector<ContextFeature> &cityLimits);

/// The SEZ's parts, each with its side of the city limits set. A part that lies on both sides is cut
/// into its pieces inside and outside the limits (each keeping the part's name), so that areas by
/// side are exact; a part with less than kCitySideNoiseShare of its area across the limits (the two
/// layers' digitising and reprojection differences along a shared boundary) stays whole on its
/// main side.
std::vector<ContextFeature> divideAtCityLimits(std::vector<ContextFeature> parts,
                                               const std::vector<ContextFeature> &cityLimits);
inline constexpr double kCitySideNoiseShare = 1e-4;

/// True for the statuses of a project being implemented: under construction or operating.
bool isUnderImplementation(const QString &status);

/// True for infrastructure that is only planned (in design), drawn and counted apart from the built.
bool isPlannedInfrastructure(const QString &status);

/// The official area's difference from the computed (ellipsoidal) one, as a share of the computed
/// area: positive when the computed area is larger; 0 without a computed area. The computed area is
/// the reference because it is measured from the geometry the map shows and is known for every
/// parcel, where an official area may be missing.
double areaDifferenceShare(double officialHa, double computedHa);
/// True when the official and the computed area differ by more than kAreaMismatchShare of the
/// computed area: the card, the summary and the reports flag such parcels.
bool hasAreaMismatch(double officialHa, double computedHa);
inline constexpr double kAreaMismatchShare = 0.01;

} // namespace sez
