// SPDX-License-Identifier: GPL-3.0-or-later
// Compares a rendered image with a reference PNG kept in the tree (tests/reference/), as QGIS's
// render checker does: a pixel differs when one of its channels is off by more than a tolerance,
// and the image passes while no more than a given number of pixels differ. On failure the rendered
// image and a diff (differing pixels red over a faded reference) are written to a temporary folder
// and named in the message.
//
// To regenerate the references deliberately (after a change to the map's look that was checked by
// eye): run the test with SEZ_UPDATE_REFERENCES=1, look at the new PNGs, and commit them, e.g.
//   SEZ_UPDATE_REFERENCES=1 build/bin/tst_renderer && git diff --stat tests/reference
#pragma once

#include <QDir>
#include <QImage>
#include <QString>
#include <QtGlobal>

#include <algorithm>
#include <cstdlib>

namespace sez::test {

struct RenderCheck
{
    int colourTolerance = 8;          ///< largest difference of a channel (0-255) still taken as equal
    qint64 maxDifferentPixels = 150;  ///< pixels allowed to differ

    /// True when \a rendered matches the reference \a name (tests/reference/<name>.png); otherwise
    /// false with the counts and the paths of the images written in \a message.
    bool matches(const QImage &rendered, const QString &name, QString *message) const
    {
        const QString referencePath = QDir(QStringLiteral(SEZ_REFERENCE_DIR)).filePath(name + QStringLiteral(".png"));
        const QImage image = rendered.convertToFormat(QImage::Format_ARGB32);
        if (qEnvironmentVariableIntValue("SEZ_UPDATE_REFERENCES") == 1) {
            QDir().mkpath(QStringLiteral(SEZ_REFERENCE_DIR));
            if (!image.save(referencePath)) {
                *message = QStringLiteral("could not write %1").arg(referencePath);
                return false;
            }
            qWarning("reference image written: %s", qPrintable(referencePath));
            return true;
        }
        const QImage reference = QImage(referencePath).convertToFormat(QImage::Format_ARGB32);
        const QString outDir = QDir(QDir::tempPath()).filePath(QStringLiteral("sezview-render-check"));
        QDir().mkpath(outDir);
        const QString renderedPath = QDir(outDir).filePath(name + QStringLiteral("-rendered.png"));
        if (reference.isNull()) {
            image.save(renderedPath);
            *message = QStringLiteral("no reference image %1 (rendered: %2; SEZ_UPDATE_REFERENCES=1 writes it)")
                           .arg(referencePath, renderedPath);
            return false;
        }
        if (reference.size() != image.size()) {
            image.save(renderedPath);
            *message = QStringLiteral("%1 is %2x%3, the rendered image (%4) %5x%6")
                           .arg(referencePath).arg(reference.width()).arg(reference.height())
                           .arg(renderedPath).arg(image.width()).arg(image.height());
            return false;
        }
        QImage diff(image.size(), QImage::Format_ARGB32);
        qint64 different = 0;
        int worst = 0;
        for (int y = 0; y < image.height(); ++y) {
            const QRgb *a = reinterpret_cast<const QRgb *>(image.constScanLine(y));
            const QRgb *b = reinterpret_cast<const QRgb *>(reference.constScanLine(y));
            QRgb *d = reinterpret_cast<QRgb *>(diff.scanLine(y));
            for (int x = 0; x < image.width(); ++x) {
                const int delta = std::max({std::abs(qRed(a[x]) - qRed(b[x])), std::abs(qGreen(a[x]) - qGreen(b[x])),
                                            std::abs(qBlue(a[x]) - qBlue(b[x])), std::abs(qAlpha(a[x]) - qAlpha(b[x]))});
                worst = std::max(worst, delta);
                if (delta > colourTolerance) {
                    ++different;
                    d[x] = qRgb(255, 0, 0);
                } else {
                    const int grey = 192 + qGray(b[x]) / 4;
                    d[x] = qRgb(grey, grey, grey);
                }
            }
        }
        if (different <= maxDifferentPixels)
            return true;
        const QString diffPath = QDir(outDir).filePath(name + QStringLiteral("-diff.png"));
        image.save(renderedPath);
        diff.save(diffPath);
        *message = QStringLiteral("%1: %2 pixels differ by more than %3 (at most %4 may; the largest difference is %5); "
                                  "rendered: %6, diff: %7")
                       .arg(name).arg(different).arg(colourTolerance).arg(maxDifferentPixels).arg(worst)
                       .arg(renderedPath, diffPath);
        return false;
    }
};

} // namespace sez::test
