// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/imagery/tilesource.h"

#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace sez {

namespace {

// The placeholders a template may use for the column, the row and the zoom, any letter case.
bool hasPlaceholder(const QString &text, std::initializer_list<const char *> names)
{
    return std::any_of(names.begin(), names.end(), [&text](const char *name) {
        return text.contains(QLatin1String(name), Qt::CaseInsensitive);
    });
}

QString replaced(QString text, const char *name, const QString &value)
{
    return text.replace(QLatin1String(name), value, Qt::CaseInsensitive);
}

} // namespace

TileSource TileSource::fromTemplate(const QString &urlTemplate, const QString &attribution, QString *error,
                                    int minZoom, int maxZoom)
{
    const QString text = urlTemplate.trimmed();
    // The placeholders' braces are not valid in a URL: check the address with them filled in.
    QString probe = text;
    probe.replace(QRegularExpression(QStringLiteral("\\{[^}]*\\}")), QStringLiteral("0"));
    const QUrl url(probe, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (text.isEmpty() || !url.isValid() || url.host().isEmpty() || (scheme != QLatin1String("http") && scheme != QLatin1String("https"))) {
        *error = tr("%1 is not a tile address: give an http or https URL such as "
                    "https://tiles.example.kz/{z}/{x}/{y}.png").arg(text);
        return {};
    }
    const bool xyz = hasPlaceholder(text, {"{z}"}) && hasPlaceholder(text, {"{x}"}) && hasPlaceholder(text, {"{y}", "{-y}"});
    const bool wmts = hasPlaceholder(text, {"{TileMatrix}"}) && hasPlaceholder(text, {"{TileCol}"}) && hasPlaceholder(text, {"{TileRow}"});
    if (!xyz && !wmts) {
        *error = tr("%1 does not say which tile to fetch: an XYZ address needs {z}, {x} and {y}, a WMTS "
                    "address {TileMatrix}, {TileCol} and {TileRow}").arg(text);
        return {};
    }
    if (minZoom < 0 || maxZoom > 24 || minZoom > maxZoom) {
        *error = tr("%1: the zoom levels must lie from 0 to 24, the first not above the last").arg(text);
        return {};
    }
    TileSource source;
    source.mTemplate = text;
    source.mAttribution = attribution.trimmed();
    source.mMinZoom = minZoom;
    source.mMaxZoom = maxZoom;
    return source;
}

QString TileSource::attribution() const
{
    return mAttribution.isEmpty() ? tr("Tiles: %1").arg(host()) : mAttribution;
}

QString TileSource::host() const
{
    QString probe = mTemplate;
    probe.replace(QRegularExpression(QStringLiteral("\\{[^}]*\\}")), QStringLiteral("0"));
    const QUrl url(probe);
    return url.port() > 0 ? QStringLiteral("%1:%2").arg(url.host()).arg(url.port()) : url.host();
}

QUrl TileSource::url(const TileKey &key) const
{
    static const QString subdomains[] = {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")};
    const QString x = QString::number(key.x), y = QString::number(key.y), z = QString::number(key.z);
    const QString tmsY = QString::number((1 << key.z) - 1 - key.y);
    QString text = mTemplate;
    text = replaced(text, "{-y}", tmsY);
    for (const auto &[name, value] : {std::pair{"{z}", z}, {"{x}", x}, {"{y}", y}, {"{TileMatrix}", z},
                                      {"{TileCol}", x}, {"{TileRow}", y}})
        text = replaced(text, name, value);
    text = replaced(text, "{s}", subdomains[std::size_t(key.x + key.y) % 3]);
    return QUrl(text);
}

QRectF TileSource::tileBounds(const TileKey &key)
{
    const double size = 2 * kOriginShift / double(1 << key.z);
    const double left = -kOriginShift + key.x * size;
    const double top = kOriginShift - key.y * size;
    return QRectF(left, top - size, size, size);
}

double TileSource::resolution(int zoom)
{
    return 2 * kOriginShift / kTileSize / double(1 << zoom);
}

int TileSource::zoomFor(double metresPerPixel) const
{
    if (!(metresPerPixel > 0))
        return mMaxZoom;
    // A pixel a tenth larger than the view's still reads sharp; the next zoom would quadruple the tiles.
    const double exact = std::log2(resolution(0) / metresPerPixel);
    const int zoom = int(std::ceil(exact - 0.15));
    return std::clamp(zoom, mMinZoom, mMaxZoom);
}

TileKey TileSource::tileAt(const QPointF &mercator, int zoom)
{
    const int count = 1 << zoom;
    const double size = 2 * kOriginShift / count;
    const int x = int(std::floor((mercator.x() + kOriginShift) / size));
    const int y = int(std::floor((kOriginShift - mercator.y()) / size));
    return TileKey{zoom, std::clamp(x, 0, count - 1), std::clamp(y, 0, count - 1)};
}

} // namespace sez
