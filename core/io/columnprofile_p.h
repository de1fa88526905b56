// SPDX-License-Identifier: GPL-3.0-or-later
// What the first features of a layer say about each of its columns, and how well a column fits a
// canonical field: the content half of MappingGuess.
#pragma once

#include "core/io/layerreader.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <vector>

namespace sez::detail {

/// One column of a layer's sample.
struct ColumnProfile
{
    QString name;
    FieldType type = FieldType::String;
    int index = -1;
    qint64 nonEmpty = 0;
    QList<QPair<QString, qint64>> distinct;   ///< value -> how often, in the order first seen
    double cadastralShare = 0;                ///< of the values: like a cadastral number
    double distinctShare = 0;                 ///< distinct values / values

    static std::vector<ColumnProfile> of(const LayerData &sample);
    QStringList firstValues(int count) const;
    bool isNumeric() const { return type == FieldType::Integer || type == FieldType::Real; }
};

/// How well a column fits a canonical field, why, and the unit its values are in.
struct FieldFit
{
    double score = 0;
    QString reason;
    QString unit;
};

/// Scores columns for the canonical fields of a layer of one role.
class FieldFitter
{
    Q_DECLARE_TR_FUNCTIONS(sez::MappingGuess)

public:
    /// \a computedHa: each sample feature's ellipsoidal area (0 for none), to find an area's unit.
    FieldFitter(QString role, const LayerData &sample, std::vector<double> computedHa);

    FieldFit fit(const QString &field, const ColumnProfile &column) const;
    /// Share of a column's values (weighted by count) that a code list's dictionary matches.
    static double matchedShare(const QString &role, const QString &field, const ColumnProfile &column);

private:
    FieldFit byName(const QString &field, const ColumnProfile &column) const;
    FieldFit areaUnit(const ColumnProfile &column) const;
    bool typeFits(const QString &field, const ColumnProfile &column) const;

    QString mRole;
    const LayerData &mSample;
    std::vector<double> mComputedHa;
};

/// True for a value that looks like a cadastral number: 03-047-125-001, 03047125001, 03:047:125:001.
bool looksLikeCadastralNumber(const QString &value);

} // namespace sez::detail
