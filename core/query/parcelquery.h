// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/query/query.h"

#include <QCoreApplication>
#include <QHash>

#include <map>
#include <memory>
#include <vector>

namespace sez {

class ParcelStore;
class TextSearch;

/// The query language's view of a parcel store: fields, distances, inside/outside the city, the
/// spatial functions (each evaluated once for every parcel when the query is parsed) and a
/// full-text search (the cache's index).
class ParcelQueryContext : public QueryContext
{
    Q_DECLARE_TR_FUNCTIONS(sez::ParcelQueryContext)

public:
    /// \a search may be null: matches() is then an error at parse time.
    ParcelQueryContext(std::shared_ptr<const ParcelStore> store, const TextSearch *search);
    ~ParcelQueryContext() override;

    QList<QueryField> fields() const override;
    QStringList infrastructureKinds() const override;
    QVariant value(qint64 row, int fieldIndex) const override;
    double number(qint64 row, int fieldIndex, bool *isNull) const override;
    const ColumnView *columnView(int fieldIndex) const override;
    QStringView text(qint64 row, int fieldIndex, bool *isNull) const override;
    const QStringList *dictionary(int fieldIndex) const override;
    int code(qint64 row, int fieldIndex) const override;
    bool resolveValue(int fieldIndex, const QString &written, QString *stored, QString *suggestion) override;
    bool insideCity(qint64 row) const override;
    double distanceTo(qint64 row, int kindIndex) const override;
    int prepareSpatial(SpatialRelation relation, const SpatialArgument &argument, QString *error) override;
    bool spatial(qint64 row, int handle) const override;
    int prepareMatch(const QString &text, QString *error) override;
    bool matches(qint64 row, int handle) const override;

private:
    /// What may be written for the values of one coded field.
    struct Spellings
    {
        QHash<QString, QString> byFolded;   ///< ilikeFold(a spelling) -> the stored value
        QStringList shown;                  ///< the spellings a suggestion may name
    };
    const Spellings &spellings(int fieldIndex);

    std::shared_ptr<const ParcelStore> mStore;
    std::map<int, Spellings> mSpellings;
    const TextSearch *mSearch;
    std::vector<std::vector<bool>> mSets;   // one per prepared spatial argument or text search
};

/// The rows of \a store that \a query selects (an empty query text selects all), in row order,
/// evaluated in parallel on the shared thread pool. \a search serves matches(); it may be null.
/// Returns false with a one-line \a error when the text does not parse.
bool selectParcels(const std::shared_ptr<const ParcelStore> &store, const TextSearch *search, const QString &where,
                   std::vector<qint64> *rows, QString *error);

/// True when \a where needs a derived field (FieldOrigin::Derived: the computed area, inside or
/// outside the city, the district, a distance) that \a store does not hold yet: a source store, whose
/// derived fields are still being computed (ParcelCache::Options::deferWrite). False for a text that
/// does not parse: running it says why.
bool needsDerivedFields(const std::shared_ptr<const ParcelStore> &store, const QString &where);

/// One condition of a query and the parcels it leaves.
struct QueryStep
{
    QString condition;      ///< as Query::conditions() prints it
    qint64 alone = 0;       ///< parcels that meet this condition
    qint64 remaining = 0;   ///< parcels that meet it and every condition before it
};

/// selectParcels(), and how the query narrowed the parcels down: a step for each condition of
/// its top-level "and", in written order, so that a user sees which condition emptied the list.
/// An empty query has no steps.
bool explainParcels(const std::shared_ptr<const ParcelStore> &store, const TextSearch *search, const QString &where,
                    std::vector<qint64> *rows, std::vector<QueryStep> *steps, QString *error);

} // namespace sez
