// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QLineEdit;
class QTabWidget;

namespace sez {

/// File ▸ Add imagery: a raster file (an orthophoto, a VRT mosaic, JPEG2000, MBTiles, GeoPackage)
/// or a tile basemap's address and credit. Says where tiles are kept and that nothing is fetched
/// from anywhere but the address given.
class ImageryDialog : public QDialog
{
    Q_OBJECT

public:
    /// \a tileCacheDir: where tiles are kept, as the user is told; \a address and \a attribution:
    /// the basemap configured now, if any.
    ImageryDialog(const QString &tileCacheDir, const QString &address, const QString &attribution, QWidget *parent = nullptr);

    /// True when the basemap tab was chosen.
    bool isBasemap() const;
    QString path() const;
    QString address() const;
    QString attribution() const;

private:
    void browse();

    QTabWidget *mTabs;
    QLineEdit *mPath;
    QLineEdit *mAddress;
    QLineEdit *mAttribution;
};

} // namespace sez
