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

class TextSearch;
class ParcelStore;

/// Zoning questions without the query language: "free industrial or logistics sites of at least
/// 10 ha outside the city within 5 km of a substation". The controls write the query text, which
/// stays visible and editable, so users learn the language and can save what they asked.
class QueryBuilder : public QWidget
{
    Q_OBJECT

public:
    explicit QueryBuilder(QWidget *parent = nullptr);

    void setData(std::shared_ptr<const ParcelStore> store, const TextSearch *search);
    /// The query text the controls describe.
    QString builtQuery() const;
    QString queryText() const;
    void setQueryText(const QString &text);
    /// Runs the text in the query line; false with the error shown when it does not parse.
    bool run();
    const std::vector<qint64> &result() const { return mResult; }
    QString errorText() const;

Q_SIGNALS:
    void resultReady(const std::vector<qint64> &rows, const QString &query);

private:
    void rebuildControls();
    void controlsChanged();
    void loadSavedQueries();
    void saveQuery();
    void deleteQuery();

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
    std::vector<std::pair<QString, QDoubleSpinBox *>> mDistances;
    QGridLayout *mDistanceGrid;
    QLineEdit *mText;
    QLineEdit *mQuery;
    QLabel *mError;
    QLabel *mFigures;
    QComboBox *mSaved;
    std::vector<qint64> mResult;
    bool mUpdating = false;
};

} // namespace sez
