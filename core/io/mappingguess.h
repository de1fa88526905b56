// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/io/manifest.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

namespace sez {

class Feedback;
struct LayerData;

/// One canonical field of a layer and the column guessed to carry it.
struct FieldGuess
{
    QString field;              ///< canonical name (cadastral_number, area_ha, zone, ...)
    QString source;             ///< the file's column; empty when none was found
    double confidence = 0;      ///< 0..1
    QString reason;             ///< why, in the user's language
    QString unit;               ///< the unit the column's values are in, when not the field's own ("m2")
    QStringList firstValues;    ///< the column's first distinct values, as the file has them

    /// The column's values are in another unit than the field's and are converted as they are read.
    bool converted() const { return !unit.isEmpty() && unit != QLatin1String("ha"); }
};

/// A category value of the file and the canonical code it was matched to.
struct ValueGuess
{
    QString field;
    QString value;              ///< as the file has it
    QString code;               ///< empty: no code fits; the value is a category of its own
    double confidence = 0;
    qint64 count = 0;           ///< how often it is in the sample
};

/// One layer: its role and mapping (in spec), how sure each part is, and the sample it came from.
struct LayerGuess
{
    LayerSpec spec;
    double roleConfidence = 0;
    QString roleReason;
    QString geometry;           ///< "polygons", "lines", "points", "mixed" or "none"
    qint64 featureCount = 0;
    QStringList columns;        ///< the layer's columns, in the file's order
    std::vector<FieldGuess> fields;   ///< one a canonical field of the role
    std::vector<ValueGuess> values;
    std::shared_ptr<const LayerData> sample;   ///< the first features, in lon/lat
};

/// A mapping for data that came without a manifest: the layers of a folder, a file or a .zip
/// (DataSource), the role of each (by its name in Russian, Kazakh or English, its geometry and its
/// columns), which column carries which canonical field (by well-known names and by content:
/// cadastral-number-like values, areas compared with the computed ones to find their unit, category
/// values matched to the field table's codes), and the map CRS, each with a confidence. It is read
/// from the first features of each layer, in lon/lat. The viewer's mapping dialog shows it and
/// takes corrections; the confirmed mapping is saved as a dataset.json (save()).
class MappingGuess
{
    Q_DECLARE_TR_FUNCTIONS(sez::MappingGuess)

public:
    /// Guesses the mapping of the data at \a path; nullptr and *error when it holds no readable layer.
    /// Counts layers in the phase "guessing" of \a feedback.
    static std::unique_ptr<MappingGuess> guess(const QString &path, QString *error, Feedback *feedback = nullptr);
    ~MappingGuess();

    QString path() const { return mPath; }
    QString name() const { return mName; }
    int mapEpsg() const { return mMapEpsg; }
    QString mapCrsReason() const { return mMapCrsReason; }
    const std::vector<LayerGuess> &layers() const { return mLayers; }
    /// Layers that could not be read, each a one-line message; they are left out.
    const QStringList &warnings() const { return mWarnings; }

    /// A correction: the layer's role (its fields are guessed again for it).
    void setRole(std::size_t layer, const QString &role);
    /// A correction: the column that carries \a field (empty: none); its unit and values follow.
    void setFieldSource(std::size_t layer, const QString &field, const QString &source);

    /// The manifest to read the data with.
    std::unique_ptr<DatasetManifest> manifest() const;
    /// Saves the mapping as the data's dataset.json: beside the data when that is possible and no
    /// one else's manifest is there, else in the user's config directory (DataSource). *writtenTo
    /// gets the file written.
    bool save(QString *writtenTo, QString *error) const;
    /// Saves it as \a manifestPath; refused when that is a file sezview did not write.
    bool saveAs(const QString &manifestPath, QString *error) const;

    /// Every guess with its confidence, as sezview-cli init prints it.
    QString reportText() const;
    QJsonObject reportJson() const;

    /// The role a layer's name says (Russian, Kazakh or English words), or an empty string.
    static QString roleFromName(const QString &name);
    /// The canonical fields a layer of \a role is mapped to, in the order the dialog shows them.
    static QStringList fieldsOfRole(const QString &role);
    /// A role or the name of a canonical field as a user reads it.
    static QString roleLabel(const QString &role);
    static QString fieldLabel(const QString &role, const QString &field);

private:
    MappingGuess() = default;
    void guessRoles();
    void guessFields(LayerGuess &layer) const;
    void chooseMapCrs();

    QString mPath;
    QString mName;
    int mMapEpsg = 0;
    QString mMapCrsReason;
    std::vector<LayerGuess> mLayers;
    std::vector<LayerSpec> mImagery;   ///< a folder's rasters (DataSource::imageryFilesOf), drawn under the map
    QStringList mWarnings;
};

} // namespace sez
