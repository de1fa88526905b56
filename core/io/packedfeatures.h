// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/geo/geometry.h"

#include <QVariant>

#include <memory>
#include <vector>

namespace sez {

struct Feature;

/// A layer's features packed into flat byte blocks as they are read: the attributes (each value's
/// type and bytes) and the full-precision geometry apart, so that the attributes can be let go once
/// the store's columns are built while the rings stay for the derived fields. A parcel takes about a
/// third of a Feature's memory (no QVariant, vector or QString allocation of its own), and unpacks
/// to exactly the Feature it was packed from: the same types, the same values, the same doubles.
class PackedFeatures
{
public:
    PackedFeatures();
    ~PackedFeatures();
    PackedFeatures(PackedFeatures &&) noexcept;
    PackedFeatures &operator=(PackedFeatures &&) noexcept;

    /// Packs \a feature after the others.
    void append(const Feature &feature);
    /// Packs the geometry of \a feature alone (its values went elsewhere): then hasValues() is false.
    void appendGeometry(const Geometry &geometry);
    /// Moves every feature of \a other after these.
    void append(PackedFeatures &&other);

    qint64 size() const { return mCount; }
    /// False once releaseValues() let the attributes go.
    bool hasValues() const { return !mValuesReleased; }
    /// False once releaseGeometry() let the rings go.
    bool hasGeometry() const { return !mGeometryReleased; }

    /// The attributes of feature \a i into \a values (resized to what was packed).
    void values(qint64 i, std::vector<QVariant> &values) const;
    /// The geometry of feature \a i into \a geometry (its vectors reused).
    void geometry(qint64 i, Geometry &geometry) const;
    /// Lets the attributes go (the geometry stays); values() must not be called after.
    void releaseValues();
    /// Lets the geometry go too; geometry() must not be called after.
    void releaseGeometry();
    /// Lets the blocks go that hold only the geometry of features before \a feature (those are
    /// packed in order); geometry() must then be called only from \a feature on.
    void releaseGeometryBefore(qint64 feature);
    /// The bytes held, blocks included.
    qint64 bytes() const;

    /// Bytes in flat blocks, each feature's bytes in one block, where each starts (a block's index
    /// in the high 32 bits, the offset in the low ones).
    struct Blocks
    {
        std::vector<std::unique_ptr<char[]>> blocks;
        std::vector<quint32> blockSizes;
        std::vector<quint64> starts;
        quint32 used = 0;   // in the last block

        char *reserve(std::size_t bytes);   // room for one feature's bytes, after the last
        const char *at(qint64 i) const;
        std::size_t size() const { return starts.size(); }
        qint64 bytes() const;
    };

private:
    Blocks mValues;
    Blocks mGeometry;
    qint64 mCount = 0;
    bool mValuesReleased = false;
    bool mGeometryReleased = false;
};

} // namespace sez
