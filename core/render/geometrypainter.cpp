// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/render/geometrypainter_p.h"

#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace sez::detail {

namespace {

constexpr double kSimplifyPx = 0.5;   // vertices closer than this to the last kept one are dropped

// Appends a ring in pixels to \a out, dropping vertices closer than kSimplifyPx to the last kept one.
void simplifiedRing(const Path &ring, const MapView &view, std::vector<QPointF> &out)
{
    out.clear();
    const double minStep = kSimplifyPx / view.devicePixelRatio();
    for (const QPointF &p : ring) {
        const QPointF q = view.toPixel(p);
        if (!out.empty()) {
            const QPointF &last = out.back();
            if (std::abs(q.x() - last.x()) + std::abs(q.y() - last.y()) < minStep)
                continue;
        }
        out.push_back(q);
    }
    if (out.size() < 3 && ring.size() >= 3) {   // collapsed: keep the shape rather than nothing
        out.clear();
        for (const QPointF &p : ring)
            out.push_back(view.toPixel(p));
    }
}

bool within(const std::vector<QPointF> &points, const QRectF &rect)
{
    return std::all_of(points.begin(), points.end(), [&rect](const QPointF &p) { return rect.contains(p); });
}

// Sutherland-Hodgman: a ring cut to \a rect, still a ring, so fills stay right. A road crossing
// a street-level view spans kilometres of pixels off screen; the stroker and the rasterizer would
// walk all of them (and every dash of a dashed pen) if it were not cut first.
void clipRing(std::vector<QPointF> &ring, const QRectF &rect, std::vector<QPointF> &scratch)
{
    auto edge = [&](auto inside, auto cross) {
        scratch.clear();
        const std::size_t n = ring.size();
        for (std::size_t i = 0; i < n; ++i) {
            const QPointF &cur = ring[i], &prev = ring[(i + n - 1) % n];
            const bool in = inside(cur);
            if (in != inside(prev))
                scratch.push_back(cross(prev, cur));
            if (in)
                scratch.push_back(cur);
        }
        ring.swap(scratch);
    };
    auto atX = [](double x) {
        return [x](const QPointF &a, const QPointF &b) {
            return QPointF(x, a.y() + (b.y() - a.y()) * (x - a.x()) / (b.x() - a.x()));
        };
    };
    auto atY = [](double y) {
        return [y](const QPointF &a, const QPointF &b) {
            return QPointF(a.x() + (b.x() - a.x()) * (y - a.y()) / (b.y() - a.y()), y);
        };
    };
    const double l = rect.left(), r = rect.right(), t = rect.top(), b = rect.bottom();
    edge([l](const QPointF &p) { return p.x() >= l; }, atX(l));
    edge([r](const QPointF &p) { return p.x() <= r; }, atX(r));
    edge([t](const QPointF &p) { return p.y() >= t; }, atY(t));
    edge([b](const QPointF &p) { return p.y() <= b; }, atY(b));
}

// Liang-Barsky per segment: the pieces of a polyline inside \a rect, each handed to \a emit.
template<typename Emit>
void clipPolyline(const std::vector<QPointF> &line, const QRectF &rect, std::vector<QPointF> &piece, Emit emit)
{
    piece.clear();
    for (std::size_t i = 1; i < line.size(); ++i) {
        const QPointF a = line[i - 1], b = line[i];
        const double dx = b.x() - a.x(), dy = b.y() - a.y();
        double t0 = 0, t1 = 1;
        const double p[4] = {-dx, dx, -dy, dy};
        const double q[4] = {a.x() - rect.left(), rect.right() - a.x(), a.y() - rect.top(), rect.bottom() - a.y()};
        bool visible = true;
        for (int k = 0; k < 4 && visible; ++k) {
            if (p[k] == 0) {
                visible = q[k] >= 0;
            } else {
                const double t = q[k] / p[k];
                if (p[k] < 0)
                    t0 = std::max(t0, t);
                else
                    t1 = std::min(t1, t);
                visible = t0 <= t1;
            }
        }
        if (!visible) {
            if (piece.size() >= 2)
                emit(piece);
            piece.clear();
            continue;
        }
        const QPointF from = a + QPointF(dx, dy) * t0, to = a + QPointF(dx, dy) * t1;
        if (piece.empty() || t0 > 0) {
            if (piece.size() >= 2)
                emit(piece);
            piece.clear();
            piece.push_back(from);
        }
        piece.push_back(to);
        if (t1 < 1) {
            emit(piece);
            piece.clear();
        }
    }
    if (piece.size() >= 2)
        emit(piece);
}

} // namespace

GeometryPainter::GeometryPainter(QPainter &painter, const MapView &view)
    : mPainter(painter), mView(view), mClip(QRectF(QPointF(0, 0), QSizeF(view.size())).adjusted(-16, -16, 16, 16))
{
}

void GeometryPainter::drawPolygons(const Geometry &g)
{
    const bool simple = g.polygons.size() == 1 && g.polygons.front().rings.size() == 1;
    if (simple) {
        simplifiedRing(g.polygons.front().rings.front(), mView, mBuffer);
        if (!within(mBuffer, mClip))
            clipRing(mBuffer, mClip, mScratch);
        if (mBuffer.size() >= 2)
            mPainter.drawPolygon(mBuffer.data(), int(mBuffer.size()));
        return;
    }
    QPainterPath path;
    path.setFillRule(Qt::OddEvenFill);
    for (const Polygon &poly : g.polygons)
        for (const Path &ring : poly.rings) {
            simplifiedRing(ring, mView, mBuffer);
            if (!within(mBuffer, mClip))
                clipRing(mBuffer, mClip, mScratch);
            if (mBuffer.size() < 2)
                continue;
            path.moveTo(mBuffer.front());
            for (std::size_t i = 1; i < mBuffer.size(); ++i)
                path.lineTo(mBuffer[i]);
            path.closeSubpath();
        }
    mPainter.drawPath(path);
}

void GeometryPainter::drawLines(const Geometry &g)
{
    for (const Path &line : g.lines) {
        simplifiedRing(line, mView, mBuffer);
        strokeBuffer();
    }
    // Polygon features drawn as lines (e.g. a boundary given as a polygon): their rings.
    for (const Polygon &poly : g.polygons)
        for (const Path &ring : poly.rings) {
            simplifiedRing(ring, mView, mBuffer);
            if (mBuffer.size() >= 2) {
                mBuffer.push_back(mBuffer.front());
                strokeBuffer();
            }
        }
}

void GeometryPainter::strokeBuffer()
{
    if (mBuffer.size() < 2)
        return;
    if (within(mBuffer, mClip)) {
        mPainter.drawPolyline(mBuffer.data(), int(mBuffer.size()));
        return;
    }
    clipPolyline(mBuffer, mClip, mScratch, [this](const std::vector<QPointF> &piece) {
        mPainter.drawPolyline(piece.data(), int(piece.size()));
    });
}

} // namespace sez::detail
