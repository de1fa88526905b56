// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QListWidget;

namespace sez {

/// Which columns the attribute table shows, and in what order: a list to tick and to drag (or
/// move with the buttons), as QGIS's "Organize columns".
class ColumnChooser : public QDialog
{
    Q_OBJECT

public:
    /// One column: the name it is saved under and the header a user reads.
    struct Column
    {
        QString name;
        QString header;
        bool visible = true;
    };

    /// \a columns in their order on screen.
    explicit ColumnChooser(const QList<Column> &columns, QWidget *parent = nullptr);

    /// The names of the ticked columns, in the order chosen.
    QStringList visibleColumns() const;
    QListWidget *list() const { return mList; }

private:
    void move(int by);

    QListWidget *mList;
};

} // namespace sez
