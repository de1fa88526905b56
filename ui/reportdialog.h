// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/report/report.h"

#include <QDialog>

class QComboBox;
class QListWidget;
class QSpinBox;

namespace sez {

class ParcelStore;

/// What a report made in the viewer is to be: its kind, language, the parcel table's columns (any
/// field of the store, extra source columns too) and the paper; or, for one parcel's extract, its
/// language and an extra coordinate system for the catalogue. The language starts as the window's.
class ReportDialog : public QDialog
{
    Q_OBJECT

public:
    /// A report of parcels of \a store.
    explicit ReportDialog(const ParcelStore &store, QWidget *parent = nullptr);
    /// The extract of parcel \a row of \a store (the parent is named so that a row is never taken
    /// for one).
    ReportDialog(const ParcelStore &store, qint64 extractRow, QWidget *parent);
    ~ReportDialog() override;

    ReportKind kind() const;
    void setKind(ReportKind kind);
    /// "en", "ru" or "kk".
    QString language() const;
    void setLanguage(const QString &code);
    /// The checked columns as store field names, in the list's order (the kind's default first).
    QStringList columns() const;
    /// Checks exactly \a names (store field names); the others are unchecked.
    void setColumns(const QStringList &names);
    ReportPaper paper() const;
    /// The extract's extra coordinate columns: 0 none, kPulkovoZoneEpsg, or an EPSG code.
    int extraEpsg() const;

    /// The report options the choices make (kind, columns, paper); the caller adds the rows' query.
    ReportOptions reportOptions() const;

private:
    void build(const ParcelStore &store, qint64 extractRow);
    QWidget *reportChoices(const ParcelStore &store);
    QWidget *extractChoices();
    void kindChanged();

    QComboBox *mKind = nullptr;
    QComboBox *mLanguage = nullptr;
    QListWidget *mColumns = nullptr;
    QComboBox *mPaper = nullptr;
    QComboBox *mOrientation = nullptr;
    QComboBox *mCrs = nullptr;
    QSpinBox *mEpsg = nullptr;
    bool mColumnsEdited = false;
};

} // namespace sez
