// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QPointF>
#include <QString>
#include <QVariant>

#include <atomic>
#include <functional>
#include <memory>
#include <vector>

namespace sez {

class Dataset;
class Feedback;
class ParcelStore;
struct Geometry;
struct LayerData;

/// Makes a ParcelStore from a dataset read into memory, in two steps that can run apart:
/// buildSource() gives the geometry, the context layers and the source's columns (canonical fields
/// through the field table's mapping, other columns as extra fields), with the derived fields
/// still null; derive() computes the derived fields (ellipsoidal area, inside the city, district,
/// distance to each infrastructure kind) into a new snapshot that shares everything else.
/// The dataset must outlive the builder.
///
/// Both steps run their loops on the thread pool, count parcels into the current phase of
/// \a feedback (a third of each parcel in buildSource(), the rest in derive(), so that the count
/// reaches the number of parcels when both are through) and stop with an error when it is cancelled.
class StoreBuilder
{
    Q_DECLARE_TR_FUNCTIONS(sez::StoreBuilder)

public:
    /// Both steps: the store the viewer and the cache use. Sets the phase's total.
    static std::shared_ptr<ParcelStore> build(const Dataset &dataset, QString *error, Feedback *feedback = nullptr);
    /// The parcels of \a dataset, the total both steps count to.
    static qint64 parcelCount(const Dataset &dataset);

    explicit StoreBuilder(const Dataset &dataset);
    ~StoreBuilder();

    std::shared_ptr<ParcelStore> buildSource(QString *error, Feedback *feedback = nullptr);
    /// \a source must come from this builder's buildSource().
    std::shared_ptr<ParcelStore> derive(const ParcelStore &source, QString *error, Feedback *feedback = nullptr);
    /// From here on, counts only buildSource()'s (or derive()'s) work into the feedback: it reaches
    /// the number of parcels at that step's end. For steps reported apart, each in a phase of its own.
    void countSourceApart();
    void countDeriveApart();
    /// Lets \a dataset (this builder's) drop its packed parcels' rings as soon as derive() has the
    /// areas: nothing after them reads the rings, so the distances and what runs beside them do not
    /// hold them too. \a then runs right after (on derive()'s thread): what an import starts there
    /// (the full-text index) never holds its memory while the rings are held.
    void releaseRingsAfterAreas(Dataset *dataset, std::function<void()> then = {})
    {
        mReleaseRings = dataset;
        mAfterRings = std::move(then);
    }
    /// With releaseRingsAfterAreas(), and where the columns were filled while reading (one packed
    /// parcel layer): buildSource() computes the areas too, batch by batch as it builds the geometry
    /// store, and lets each batch's rings go behind it, so that the rings and the geometry store are
    /// never held whole at once. For an import that waits for derive() anyway: the source store
    /// then comes later by the areas' time.
    /// \a batch: parcels a batch (tests take small ones, so that several are).
    void computeAreasWithSource(std::size_t batch = std::size_t(1) << 18) { mAreasBatch = batch; }

private:
    /// Counts \a steps (three a parcel over both steps) into \a feedback.
    void count(Feedback *feedback, qint64 steps);

    struct Source
    {
        quint32 layerIndex;         // among the dataset's parcel layers (mLayers)
        quint32 feature;            // in the layer, packed or not
    };
    /// A parcel's full-precision geometry: its feature's own, or unpacked into \a scratch.
    static const Geometry &geometryOf(const LayerData &layer, qint64 feature, Geometry &scratch);
    const Geometry &geometryOf(std::size_t parcel, Geometry &scratch) const;
    /// computeAreasWithSource()'s batches: the areas of each on every core, then \a addBatch(begin,
    /// end) adds them to the geometry store, then their rings go. False when cancelled.
    bool computeAreasAlong(const std::function<void(std::size_t, std::size_t)> &addBatch, Feedback *feedback);
    /// A parcel's attributes: its feature's own, or unpacked into \a scratch.
    const std::vector<QVariant> &valuesOf(std::size_t parcel, std::vector<QVariant> &scratch) const;

    const Dataset &mDataset;
    Dataset *mReleaseRings = nullptr;
    std::function<void()> mAfterRings;
    std::size_t mAreasBatch = 0;    // computeAreasWithSource(), when not 0
    std::vector<float> mAreas;      // computed by buildSource() (computeAreasWithSource()), in row order
    std::vector<const LayerData *> mLayers;   // the parcel layers
    std::vector<Source> mParcels;   // in row order
    std::vector<QPointF> mLabels;   // full precision, for the derived fields' point tests
    std::atomic<qint64> mSteps{0};
    qint64 mCountedBefore = 0;   // steps not counted into the feedback (countDeriveApart())
    qint64 mStepsAParcel;        // steps that count as one parcel
};

} // namespace sez
