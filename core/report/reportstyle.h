// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>

namespace sez {

/// The colours of printed reports and extracts that the map does not have: the tables' greys, rules
/// and inks, and the extract plan's own symbols. Written once here, apart from the map's style (whose
/// colours the printed maps and legends take), and used by every report and extract.
class ReportStyle
{
public:
    /// A table's header row.
    static QColor tableHeader() { return {230, 234, 240}; }
    /// Every other row of a table, and of the extract's list of facts.
    static QColor tableStripe() { return {247, 247, 247}; }
    /// A row that heads a group of rows (the extract's neighbours by side).
    static QColor tableGroupRow() { return {245, 241, 228}; }
    /// The lines between a table's cells.
    static QColor tableRule() { return {150, 150, 150}; }
    /// Page numbers, dates and the other small print at a page's foot.
    static QColor footerInk() { return {90, 90, 90}; }
    /// Text and lines below the main ones: fact labels, notes, neighbours' outlines, map frames.
    static QColor secondaryInk() { return {70, 70, 70}; }
    /// The extract plan: the parcel itself, the parcels that are not its neighbours, the point
    /// numbers and their halo.
    static QColor planParcelFill() { return {255, 236, 179}; }
    static QColor planOtherParcel() { return {185, 185, 185}; }
    static QColor planLabelInk() { return {40, 40, 40}; }
    static QColor planLabelHalo() { return {255, 255, 255, 215}; }
    /// Where the main map lies on the overview inset.
    static QColor overviewMark() { return {200, 0, 0}; }
};

} // namespace sez
