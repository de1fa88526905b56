// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/geo/geometry.h"
#include "core/render/mapview.h"

#include <QImage>
#include <QPainter>
#include <QPaintEngine>
#include <QRegion>

#include <algorithm>
#include <cmath>
#ifdef __SSE2__
#include <emmintrin.h>
#endif
#include <mutex>
#include <optional>
#include <unordered_map>
#include <vector>

namespace sez::detail {

// One pixel per small parcel, written straight into an image when the painter draws on pixels, or
// as tiny rectangles on vector devices (PDF, SVG) where there are no pixels to write.
class DotLayer
{
public:
    DotLayer(QPainter &painter, const MapView &view) : mPainter(painter), mView(view)
    {
        QPaintDevice *device = painter.device();
        const QTransform t = painter.deviceTransform();
        mRaster = device && painter.paintEngine() && painter.paintEngine()->type() == QPaintEngine::Raster
                  && t.type() <= QTransform::TxScale;
        if (mRaster) {
            // Pixels are written in device pixels; an image's size already is in them.
            mDeviceTransform = t;
            mTranslateOnly = t.type() <= QTransform::TxTranslate;
            mDevicePixelRatio = device->devicePixelRatioF();
            const bool image = device->devType() == QInternal::Image;
            mWidth = image ? static_cast<QImage *>(device)->width() : int(std::lround(device->width() * mDevicePixelRatio));
            mHeight = image ? static_cast<QImage *>(device)->height() : int(std::lround(device->height() * mDevicePixelRatio));
        }
    }

    /// One pixel at \a logical.
    void add(const QPointF &logical, QRgb colour)
    {
        addRect(dotRect(logical, 1.0 / mView.devicePixelRatio()), colour);
    }

    /// Every pixel \a logical touches: a sliver's bounds, which at this size is its shape.
    Q_ALWAYS_INLINE void addRect(const QRectF &logical, QRgb colour)
    {
        if (!mRaster) {
            mRects[colour].push_back(logical);
            return;
        }
        // QTransform::mapRect() is a call per parcel; without scaling it only adds the translation.
        Pixels(*this).addDeviceRect(mTranslateOnly ? logical.translated(mDeviceTransform.dx(), mDeviceTransform.dy())
                                                   : mDeviceTransform.mapRect(logical),
                                    colour);
    }

    bool isRaster() const { return mRaster; }

    /// The layer's pixels, for a painter's loop over many parcels on a raster device without
    /// scaling: add() and addRect() with the same arithmetic and the same pixels, from a copy the
    /// loop keeps in registers. The layer's own members are reached through `this`, which the
    /// stores into the image could alias, so the compiler reloads them after every pixel.
    class Pixels
    {
    public:
        explicit Pixels(DotLayer &layer)
            : mLayer(&layer), mBits(layer.mBits), mStride(layer.mStride), mWidth(layer.mWidth), mHeight(layer.mHeight), mDx(layer.mDeviceTransform.dx()),
              mDy(layer.mDeviceTransform.dy()), mSide(1.0 / layer.mView.devicePixelRatio())
        {
        }

        /// DotLayer::add().
        Q_ALWAYS_INLINE void add(const QPointF &logical, QRgb colour)
        {
            addRect(dotRect(logical, mSide), colour);
        }

        /// DotLayer::addRect().
        Q_ALWAYS_INLINE void addRect(const QRectF &logical, QRgb colour) { addDeviceRect(logical.translated(mDx, mDy), colour); }

        /// Every pixel \a d (device pixels) touches.
        Q_ALWAYS_INLINE void addDeviceRect(const QRectF &d, QRgb colour)
        {
            const double left = d.left() + 0.25, top = d.top() + 0.25, right = d.right() - 0.25, bottom = d.bottom() - 0.25;
            int x0, y0, x1, y1;
#ifdef __SSE2__
            // The four floors two at a time (SSE2 is x86-64's baseline): the same truncations and
            // comparisons as truncatedFloor(), so the same integers, in half the instructions.
            const __m128d topLeft = _mm_set_pd(top, left), bottomRight = _mm_set_pd(bottom, right);
            const bool near = _mm_movemask_pd(_mm_and_pd(_mm_cmpgt_pd(topLeft, _mm_set1_pd(-kNear)),
                                                         _mm_cmplt_pd(bottomRight, _mm_set1_pd(kNear))))
                              == 3;
            if (near) {
                const __m128i from = truncatedFloor2(topLeft), to = truncatedFloor2(bottomRight);
                x0 = std::max(0, _mm_cvtsi128_si32(from));
                y0 = std::max(0, _mm_cvtsi128_si32(_mm_shuffle_epi32(from, 1)));
                x1 = std::min(mWidth - 1, _mm_cvtsi128_si32(to));
                y1 = std::min(mHeight - 1, _mm_cvtsi128_si32(_mm_shuffle_epi32(to, 1)));
            } else
#endif
            {
                // Parcels in view are near it; only a long sliver at a deep zoom needs clamping.
                const bool nearView = left > -kNear && top > -kNear && right < kNear && bottom < kNear;
                x0 = std::max(0, nearView ? truncatedFloor(left) : floorToInt(left));
                y0 = std::max(0, nearView ? truncatedFloor(top) : floorToInt(top));
                x1 = std::min(mWidth - 1, nearView ? truncatedFloor(right) : floorToInt(right));
                y1 = std::min(mHeight - 1, nearView ? truncatedFloor(bottom) : floorToInt(bottom));
            }
            const QRgb solid = colour | 0xff000000u;
            if (x0 > x1 || y0 > y1) {
                // Narrower than half a pixel: the pixel under its centre.
                const QPointF c = d.center();
                const int x = floorToInt(c.x()), y = floorToInt(c.y());
                if (x >= 0 && y >= 0 && x < mWidth && y < mHeight) {
                    QRgb *const image = bits();   // before mStride is read: it sets it
                    image[qsizetype(y) * mStride + x] = solid;
                }
                return;
            }
            QRgb *const image = bits();
            fill(image + qsizetype(y0) * mStride + x0, x1 - x0 + 1, y1 - y0 + 1, mStride, solid);
        }

    private:
        QRgb *bits()
        {
            if (!mBits) {
                mBits = mLayer->pixels();
                mStride = mLayer->mStride;
            }
            return mBits;
        }

        DotLayer *mLayer;
        QRgb *mBits;
        qsizetype mStride;
        int mWidth, mHeight;
        double mDx, mDy, mSide;
    };

    /// Pixels for this layer when it writes them (isRaster()) and the device only translates;
    /// otherwise add() and addRect() are the way.
    std::optional<Pixels> directPixels()
    {
        if (!mRaster || !mTranslateOnly)
            return std::nullopt;
        return Pixels(*this);
    }

    /// Writes the pixels straight into the painter's image, not into an image of the layer's own
    /// laid over it at flush(), when that gives the same pixels: an opaque pixel laid over with
    /// SourceOver at full opacity replaces what is there, and a pixel the layer leaves transparent
    /// changes nothing, so where every pixel written is opaque and nothing else is painted before
    /// flush() both ways end the same. That holds while only add() and addRect() (opaque) write;
    /// the caller leaves the device (leaveDevice()) before anything else is painted, and then
    /// writes again into the layer's own image what it wrote here. Saves the layer's 8 MB (at
    /// 1920x1080) filled, read and laid over the map. False, and nothing changes, when the
    /// painter draws on anything but a whole, unshared, premultiplied image at full opacity.
    bool startOnDevice()
    {
        if (!mRaster || !mTranslateOnly || mBits || !mPainter.device() || mPainter.device()->devType() != QInternal::Image)
            return false;
        auto *image = static_cast<QImage *>(mPainter.device());
        if (image->format() != QImage::Format_ARGB32_Premultiplied || !image->isDetached() || image->width() != mWidth
            || image->height() != mHeight || mPainter.opacity() != 1.0
            || mPainter.compositionMode() != QPainter::CompositionMode_SourceOver)
            return false;
        if (mPainter.hasClipping()) {
            // The clip in device pixels must hold the whole image, as the layer's image is laid
            // over it through that clip.
            const QRectF whole(0, 0, mWidth, mHeight);
            const QTransform toDevice = QTransform::fromTranslate(mDeviceTransform.dx(), mDeviceTransform.dy());
            if (!toDevice.mapRect(mPainter.clipBoundingRect()).contains(whole)
                || !(QRegion(whole.toRect()) - toDevice.map(mPainter.clipRegion())).isEmpty())
                return false;
        }
        mBits = reinterpret_cast<QRgb *>(image->bits());
        mStride = image->bytesPerLine() / 4;
        mOnDevice = true;
        return true;
    }
    bool isOnDevice() const { return mOnDevice; }
    /// From here on, pixels go into the layer's own image (laid over the map at flush()).
    void leaveDevice()
    {
        if (!mOnDevice)
            return;
        mOnDevice = false;
        mBits = nullptr;
        mStride = 0;
    }

    /// A small polygon (with holes, even-odd), scan-converted at pixel centres, optionally with a
    /// one-pixel outline. Qt's rasterizer costs about a microsecond to set up per polygon, which
    /// is most of the time when tens of thousands of parcels of a few pixels are on screen. The
    /// rings are ParcelGeometry::rings()'s: the points, and each ring's end.
    void fillPolygon(const std::vector<QPointF> &points, const std::vector<std::size_t> &ringEnds, QRgb colour, QRgb outline)
    {
        mEdges.clear();
        double top = 1e300, bottom = -1e300;
        std::size_t begin = 0;
        for (const std::size_t end : ringEnds) {
            const std::size_t n = end - begin;
            if (n >= 3) {
                QPointF prev = toDevice(mView.toPixel(points[end - 1]));
                for (std::size_t i = begin; i < end; ++i) {
                    const QPointF cur = toDevice(mView.toPixel(points[i]));
                    mEdges.push_back({prev, cur});
                    top = std::min(top, cur.y());
                    bottom = std::max(bottom, cur.y());
                    prev = cur;
                }
            }
            begin = end;
        }
        if (mEdges.empty())
            return;
        QRgb *bits = pixels();
        const QRgb solid = colour | 0xff000000u;
        const int y0 = std::max(0, ceilToInt(top - 0.5)), y1 = std::min(mHeight - 1, floorToInt(bottom - 0.5));
        for (int y = y0; y <= y1; ++y) {
            const double yc = y + 0.5;
            mCrossings.clear();
            for (const auto &[a, b] : mEdges)
                if ((a.y() > yc) != (b.y() > yc))
                    mCrossings.push_back(a.x() + (yc - a.y()) * (b.x() - a.x()) / (b.y() - a.y()));
            std::sort(mCrossings.begin(), mCrossings.end());
            QRgb *line = bits + qsizetype(y) * mStride;
            for (std::size_t k = 0; k + 1 < mCrossings.size(); k += 2) {
                const int x0 = std::max(0, ceilToInt(mCrossings[k] - 0.5));
                const int x1 = std::min(mWidth - 1, ceilToInt(mCrossings[k + 1] - 0.5) - 1);
                if (x0 <= x1)
                    std::fill_n(line + x0, x1 - x0 + 1, solid);
            }
        }
        if (qAlpha(outline) == 0)
            return;
        for (const auto &[a, b] : mEdges)
            blendLine(a, b, outline);
    }

    void flush()
    {
        if (!mImage.isNull()) {
            // Device pixel for device pixel: the device's own scale (its pixel ratio) stays after
            // the world transform is reset, so the image carries the same ratio.
            mImage.setDevicePixelRatio(mDevicePixelRatio);
            mPainter.save();
            mPainter.resetTransform();
            mPainter.drawImage(QPointF(0, 0), mImage);
            mPainter.restore();
            keepSpareImage(std::move(mImage));
            mImage = QImage();
            mBits = nullptr;
        }
        if (mOnDevice) {
            mOnDevice = false;
            mBits = nullptr;
        }
        if (!mRects.empty()) {
            mPainter.save();
            mPainter.setPen(Qt::NoPen);
            mPainter.setRenderHint(QPainter::Antialiasing, false);
            for (const auto &[colour, rects] : mRects) {
                mPainter.setBrush(QColor::fromRgb(colour));
                mPainter.drawRects(rects.data(), int(rects.size()));
            }
            mPainter.restore();
            mRects.clear();
        }
    }

private:
    // std::floor() as an int for a pixel coordinate: std::floor() is a call or a long sequence on
    // x86-64's baseline, and there are four a parcel. Values far outside any image are clamped
    // first, which changes nothing after the callers' own clamping to the image (or their test of
    // it), and keeps the conversion defined.
    static int floorToInt(double v) { return truncatedFloor(v < -16.0 ? -16.0 : (v > 1e9 ? 1e9 : v)); }
    // The same for -kNear < v < kNear, without the clamp.
    static constexpr double kNear = 1e9;
    static int truncatedFloor(double v)
    {
        const int i = int(v);
        return i - (double(i) > v ? 1 : 0);
    }
#ifdef __SSE2__
    // truncatedFloor() of both lanes, in the low two of the result's: cvttpd2dq truncates as int()
    // does, and where the truncation is above the value (a negative fraction) one is taken off.
    static __m128i truncatedFloor2(__m128d v)
    {
        const __m128i truncated = _mm_cvttpd_epi32(v);
        const __m128i above = _mm_castpd_si128(_mm_cmpgt_pd(_mm_cvtepi32_pd(truncated), v));   // all ones where so
        return _mm_add_epi32(truncated, _mm_shuffle_epi32(above, _MM_SHUFFLE(3, 3, 2, 0)));
    }
#endif
    static int ceilToInt(double v)
    {
        v = v < -16.0 ? -16.0 : (v > 1e9 ? 1e9 : v);
        const int i = int(v);
        return i + (double(i) < v ? 1 : 0);
    }

    // The square of one device pixel (\a side logical pixels) centred on \a logical.
    static QRectF dotRect(const QPointF &logical, double side)
    {
        return QRectF(logical.x() - side / 2, logical.y() - side / 2, side, side);
    }

    // \a rows lines of \a n pixels from \a line. These are a few pixels (a dot is one or two a
    // side): plain stores, where std::fill_n's or a vectorised loop's set-up for long runs would
    // cost more than the pixels.
    static Q_ALWAYS_INLINE void fill(QRgb *line, int n, int rows, qsizetype stride, QRgb solid)
    {
        if (n == 1) {
            for (int y = 0; y < rows; ++y, line += stride)
                line[0] = solid;
        } else if (n == 2) {
            for (int y = 0; y < rows; ++y, line += stride)
                line[0] = line[1] = solid;
        } else {
            for (int y = 0; y < rows; ++y, line += stride)
                std::fill_n(line, n, solid);
        }
    }

    // Bresenham, blending a (non-premultiplied) colour over what is there.
    void blendLine(const QPointF &from, const QPointF &to, QRgb colour)
    {
        const QRgb premultiplied = qPremultiply(colour);
        const int alpha = qAlpha(colour);
        int x = int(std::floor(from.x())), y = int(std::floor(from.y()));
        const int x1 = int(std::floor(to.x())), y1 = int(std::floor(to.y()));
        const int dx = std::abs(x1 - x), dy = -std::abs(y1 - y);
        const int sx = x < x1 ? 1 : -1, sy = y < y1 ? 1 : -1;
        int err = dx + dy;
        QRgb *bits = pixels();
        for (;;) {
            if (x >= 0 && y >= 0 && x < mWidth && y < mHeight) {
                QRgb &d = bits[qsizetype(y) * mStride + x];
                const int inverse = 255 - alpha;
                auto channel = [inverse](int s, int t) { return s + (t * inverse + 127) / 255; };
                d = qRgba(channel(qRed(premultiplied), qRed(d)), channel(qGreen(premultiplied), qGreen(d)),
                          channel(qBlue(premultiplied), qBlue(d)), channel(alpha, qAlpha(d)));
            }
            if (x == x1 && y == y1)
                break;
            const int e2 = 2 * err;
            if (e2 >= dy) {
                err += dy;
                x += sx;
            }
            if (e2 <= dx) {
                err += dx;
                y += sy;
            }
        }
    }

    // QTransform::map() is a call per vertex; without scaling it only adds the translation.
    QPointF toDevice(const QPointF &logical) const
    {
        return mTranslateOnly ? QPointF(logical.x() + mDeviceTransform.dx(), logical.y() + mDeviceTransform.dy())
                              : mDeviceTransform.map(logical);
    }

    QRgb *pixels()
    {
        if (!mBits) {
            mImage = takeSpareImage(mWidth, mHeight);
            if (mImage.isNull())
                mImage = QImage(mWidth, mHeight, QImage::Format_ARGB32_Premultiplied);
            mImage.fill(Qt::transparent);
            mBits = reinterpret_cast<QRgb *>(mImage.bits());
            mStride = mImage.bytesPerLine() / 4;
        }
        return mBits;
    }

    // The layers' images, kept for the next renders. A fresh one each render came from a fresh mmap
    // (glibc's choice for 8 MB at 1920x1080): about 1,800 page faults, each page zeroed by the
    // kernel, before the fill above wrote it again. Shared by the threads, not one a thread: renders
    // run on whichever pool thread is free, and an image a thread, used every other render, had left
    // the cache by its next use (1M district zoom: 105,000 more simulated LL write misses a render).
    static constexpr std::size_t kSpareImages = 2;   // renders at once that keep theirs
    static std::mutex &sparesMutex()
    {
        static std::mutex mutex;
        return mutex;
    }
    static std::vector<QImage> &spareImages()
    {
        static std::vector<QImage> spares;
        return spares;
    }
    static QImage takeSpareImage(int width, int height)
    {
        const std::lock_guard lock(sparesMutex());
        std::vector<QImage> &spares = spareImages();
        for (auto it = spares.rbegin(); it != spares.rend(); ++it)
            if (it->width() == width && it->height() == height) {
                QImage image = std::move(*it);
                spares.erase(std::next(it).base());
                return image;
            }
        return {};
    }
    static void keepSpareImage(QImage image)
    {
        const std::lock_guard lock(sparesMutex());
        std::vector<QImage> &spares = spareImages();
        if (spares.size() == kSpareImages)
            spares.erase(spares.begin());   // the oldest goes: a new size (a resized window) replaces it
        spares.push_back(std::move(image));
    }

    QPainter &mPainter;
    const MapView &mView;
    bool mRaster = false;
    bool mOnDevice = false;   // mBits are the painter's image's (startOnDevice())
    QTransform mDeviceTransform;
    bool mTranslateOnly = false;
    double mDevicePixelRatio = 1.0;
    int mWidth = 0, mHeight = 0;
    QImage mImage;
    QRgb *mBits = nullptr;
    qsizetype mStride = 0;
    std::unordered_map<QRgb, std::vector<QRectF>> mRects;
    std::vector<std::pair<QPointF, QPointF>> mEdges;
    std::vector<double> mCrossings;
};

} // namespace sez::detail
