// SPDX-License-Identifier: GPL-3.0-or-later
#include "mapbookmarks.h"

#include <QSettings>

namespace sez {

namespace {

const QString kGroup = QStringLiteral("bookmarks");

} // namespace

MapBookmarks::MapBookmarks(QObject *parent)
    : QObject(parent)
{
    QSettings settings;
    const int n = settings.beginReadArray(kGroup);
    for (int i = 0; i < n; ++i) {
        settings.setArrayIndex(i);
        const auto view = ViewLink::parse(settings.value(QStringLiteral("view")).toString());
        const QString name = settings.value(QStringLiteral("name")).toString();
        if (view && !name.isEmpty())
            mBookmarks.append({name, *view});
    }
    settings.endArray();
}

void MapBookmarks::add(const MapBookmark &bookmark)
{
    for (MapBookmark &b : mBookmarks)
        if (b.name == bookmark.name) {
            b.view = bookmark.view;
            save();
            return;
        }
    mBookmarks.append(bookmark);
    save();
}

void MapBookmarks::remove(int index)
{
    if (index < 0 || index >= mBookmarks.size())
        return;
    mBookmarks.removeAt(index);
    save();
}

void MapBookmarks::save()
{
    QSettings settings;
    settings.remove(kGroup);
    settings.beginWriteArray(kGroup, int(mBookmarks.size()));
    for (int i = 0; i < mBookmarks.size(); ++i) {
        settings.setArrayIndex(i);
        settings.setValue(QStringLiteral("name"), mBookmarks.at(i).name);
        settings.setValue(QStringLiteral("view"), mBookmarks.at(i).view.toString());
    }
    settings.endArray();
    Q_EMIT changed();
}

} // namespace sez
