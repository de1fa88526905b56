// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/geo/placetext.h"

#include <QList>
#include <QObject>
#include <QString>

namespace sez {

/// A named view of the map, kept in lon/lat so that it holds for any dataset of the place.
struct MapBookmark
{
    QString name;
    ViewLink view;
};

/// The user's map bookmarks, kept in the settings between runs (View ▸ Bookmarks).
class MapBookmarks : public QObject
{
    Q_OBJECT

public:
    explicit MapBookmarks(QObject *parent = nullptr);

    const QList<MapBookmark> &all() const { return mBookmarks; }
    /// Adds \a bookmark (one of the same name is replaced) and saves.
    void add(const MapBookmark &bookmark);
    void remove(int index);

Q_SIGNALS:
    void changed();

private:
    void save();

    QList<MapBookmark> mBookmarks;
};

} // namespace sez
