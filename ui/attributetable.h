// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include <memory>
#include <vector>

class QCheckBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace sez {

class TextSearch;
class ParcelSelection;
class ParcelStore;
class ParcelTableModel;

/// The attribute table: the parcels a query selects (or all, or the selection) as rows, sortable by
/// any column, with its selection shared with the map both ways and an export of it to CSV.
class AttributeTable : public QWidget
{
    Q_OBJECT

public:
    explicit AttributeTable(ParcelSelection *selection, QWidget *parent = nullptr);

    void setData(std::shared_ptr<const ParcelStore> store, const TextSearch *search);
    /// Shows these rows (a query's result) with the query text that produced them.
    void showRows(std::vector<qint64> rows, const QString &query = {});
    /// Runs the query in the line edit; false (and the error shown inline) when it does not parse.
    bool runQuery();
    void setQueryText(const QString &text);
    void setSelectedOnly(bool on);
    bool exportSelection(const QString &path, QString *error);

    ParcelTableModel *model() const { return mModel; }
    QTableView *view() const { return mView; }
    QString errorText() const;

Q_SIGNALS:
    /// A query typed here ran; its rows are what it selected.
    void queryRan(const std::vector<qint64> &rows);
    void parcelActivated(qint64 row);
    void currentParcelChanged(qint64 row);

private:
    void selectionFromTable();
    void selectionToTable();
    void updateCount();
    void exportClicked();

    ParcelSelection *mSelection;
    std::shared_ptr<const ParcelStore> mStore;
    const TextSearch *mSearch = nullptr;
    ParcelTableModel *mModel;
    QTableView *mView;
    QLineEdit *mQuery;
    QLabel *mError;
    QLabel *mCount;
    QCheckBox *mSelectedOnly;
    std::vector<qint64> mShown;   // what the table shows when not "selected only"
    bool mSyncing = false;
};

} // namespace sez
