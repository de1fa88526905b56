// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QWidget>

#include <memory>

class QGridLayout;
class QLabel;
class QScrollArea;

namespace sez {

class CoordinateTransform;

/// What the parcel card and the feature card share: a title in large bold type, and a body of
/// rows, a name and a value each, every value a label of its own that wraps, so long values are
/// read whole in every language. The body is made anew for each thing shown: an item view kept
/// the last rows on screen after a click into it (issue 12, defect 1).
class CardView : public QWidget
{
    Q_OBJECT

public:
    ~CardView() override;

    /// The card as plain "label: value" lines under the title, what "Copy as text" copies.
    QString text() const;
    /// The labels that show the values, in the card's order.
    QList<QLabel *> valueLabels() const;

protected:
    explicit CardView(QWidget *parent = nullptr);

    QLabel *title() const { return mTitle; }
    /// The scrolling area the rows are shown in; the card lays it out.
    QScrollArea *body() const { return mBody; }
    /// The rows shown: name, value, and where a value comes from.
    QGridLayout *rows() const { return mRows; }
    /// The map CRS of what is shown, for positions in longitude and latitude; 0 for none.
    void setMapEpsg(int epsg);
    int mapEpsg() const { return mMapEpsg; }
    const CoordinateTransform *toLonLat() const { return mToLonLat.get(); }

    /// Starts a new, empty body; rows are added to it, and it is shown by showRows().
    void beginRows();
    /// A row, unless \a value is empty; \a note marks the value as a warning, \a origin says where
    /// it comes from.
    void addRow(const QString &label, const QString &value, const QString &note = {}, const QString &origin = {});
    /// Rows for a point of the map: in longitude and latitude, and in the map CRS.
    void addPositionRows(const QString &lonLatLabel, const QString &mapLabel, QPointF map);
    /// Shows the body begun last; \a stretch keeps the rows at the top.
    void showRows(bool stretch = true);

private:
    QLabel *mTitle;
    QScrollArea *mBody;
    QWidget *mPending = nullptr;    // the body being filled
    QGridLayout *mRows = nullptr;   // of the body being filled or shown
    QStringList mLines;             // "label: value", as text() gives them
    int mMapEpsg = 0;
    std::unique_ptr<CoordinateTransform> mToLonLat;
};

} // namespace sez
