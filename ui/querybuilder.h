// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include <memory>
#include <vector>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QGridLayout;
class QLabel;
class QLineEdit;

namespace sez {

class DistanceBox;
class QueryCompleter;
class TextSearch;
class ParcelStore;
struct QueryStep;

/// Zoning questions without the query language: "free industrial or logistics sites of at least
/// 10 ha outside the city within 5 km of a substation". The controls write the query text, which
/// stays visible and editable, so users learn the language and can save what they asked. After a
/// run it shows how many parcels each condition leaves, so an empty result says which condition
/// emptied it.
class QueryBuilder : public QWidget
{
    Q_OBJECT

public:
    explicit QueryBuilder(QWidget *parent = nullptr);
    ~QueryBuilder() override;

    void setData(std::shared_ptr<const ParcelStore> store, const TextSearch *search);
    /// The full-text index once the cache has prepared it (null before: matches() says it is missing).
    void setSearch(const TextSearch *search) { mSearch = search; }
    /// A new snapshot of the same dataset (the register's values changed, the derived fields came):
    /// queries run on it, and one that waited for the derived fields runs now.
    void replaceStore(std::shared_ptr<const ParcelStore> store);
    /// What a query that needs the derived fields says while they are computed (it runs after).
    static QString waitingMessage();
    /// Why what needs the derived fields (exports, figures) is disabled meanwhile.
    static QString computingMessage();
    /// The query text the controls describe.
    QString builtQuery() const;
    QString queryText() const;
    void setQueryText(const QString &text);
    /// Runs the text in the query line; false with the error shown when it does not parse, or
    /// with waitingMessage() when it needs derived fields still being computed: it then runs
    /// (resultReady()) once replaceStore() brings them, unless the text was changed meanwhile.
    bool run();
    const std::vector<qint64> &result() const { return mResult; }
    /// The last run's conditions and the parcels left after each.
    const std::vector<QueryStep> &steps() const { return *mSteps; }
    QString errorText() const;
    /// The text of the last run's explanation, as shown.
    QString explanationText() const;
    QLineEdit *queryEdit() const { return mQuery; }
    QueryCompleter *completer() const { return mCompleter; }
    /// The distance box of infrastructure kind \a kind ("substation"), or null.
    DistanceBox *distanceBox(const QString &kind) const;

Q_SIGNALS:
    void resultReady(const std::vector<qint64> &rows, const QString &query);

private:
    void rebuildControls();
    void addDistricts();
    void controlsChanged();
    void loadSavedQueries();
    void saveQuery();
    void deleteQuery();
    void showSteps();

    std::shared_ptr<const ParcelStore> mStore;
    const TextSearch *mSearch = nullptr;
    QGridLayout *mZoneGrid;
    QGridLayout *mStatusGrid;
    std::vector<std::pair<QString, QCheckBox *>> mZones;
    std::vector<std::pair<QString, QCheckBox *>> mStatuses;
    QDoubleSpinBox *mMinArea;
    QDoubleSpinBox *mMaxArea;
    QComboBox *mCity;
    QComboBox *mDistrict;
    std::vector<std::pair<QString, DistanceBox *>> mDistances;
    QGridLayout *mDistanceGrid;
    QLineEdit *mText;
    QLineEdit *mQuery;
    QueryCompleter *mCompleter;
    QLabel *mError;
    QLabel *mFigures;
    QLabel *mExplanation;
    QComboBox *mSaved;
    std::vector<qint64> mResult;
    QString mWaiting;   // the query that waits for the derived fields
    std::unique_ptr<std::vector<QueryStep>> mSteps;
    bool mUpdating = false;
};

} // namespace sez
