// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/geo/placetext.h"

#include <QRegularExpression>
#include <QStringList>

#include <cmath>

namespace sez {

namespace {

// A number with either a point or a comma as its decimal separator.
std::optional<double> number(QString text)
{
    text.replace(QLatin1Char(','), QLatin1Char('.'));
    bool ok = false;
    const double v = text.toDouble(&ok);
    return ok && std::isfinite(v) ? std::optional<double>(v) : std::nullopt;
}

} // namespace

std::optional<double> parseAngle(const QString &input)
{
    QString text = input.trimmed().toUpper();
    if (text.isEmpty())
        return std::nullopt;
    // The hemisphere: a letter at either end.
    static const QString negative = QStringLiteral("SWЮЗ"), positive = QStringLiteral("NEСВ");
    double sign = 1;
    for (const QChar end : {text.front(), text.back()}) {
        if (negative.contains(end) || positive.contains(end)) {
            sign = negative.contains(end) ? -1 : 1;
            text = (end == text.front() ? text.mid(1) : text.chopped(1)).trimmed();
            break;
        }
    }
    // Degrees, minutes, seconds: the symbols or plain spaces between them.
    text.replace(QRegularExpression(QStringLiteral("[°º˚'′’\"″”]")), QStringLiteral(" "));
    const QStringList parts = text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (parts.isEmpty() || parts.size() > 3)
        return std::nullopt;
    double value = 0, scale = 1;
    for (int i = 0; i < parts.size(); ++i) {
        const std::optional<double> v = number(parts.at(i));
        if (!v || (i > 0 && (*v < 0 || *v >= 60)) || (i + 1 < parts.size() && *v != std::floor(*v)))
            return std::nullopt;
        value += std::abs(*v) / scale;
        if (i == 0 && *v < 0)
            sign = -sign;
        scale *= 60;
    }
    return sign * value;
}

std::optional<double> parseMetres(const QString &input)
{
    QString text = input.trimmed();
    text.remove(QLatin1Char(' ')).remove(QChar(0x00a0)).remove(QChar(0x202f)).remove(QLatin1Char('\''));
    if (text.endsWith(QLatin1Char('m')) || text.endsWith(QStringLiteral("м")))
        text.chop(1);
    // With both separators, the last one is the decimal one and the other groups thousands.
    const qsizetype point = text.lastIndexOf(QLatin1Char('.')), comma = text.lastIndexOf(QLatin1Char(','));
    if (point >= 0 && comma >= 0)
        text.remove(point > comma ? QLatin1Char(',') : QLatin1Char('.'));
    return number(text);
}

int pulkovoEpsgFromEasting(double easting)
{
    const int zone = int(std::floor(easting / 1e6));
    return zone >= 4 && zone <= 32 ? 28400 + zone : 0;
}

std::optional<ViewLink> ViewLink::parse(const QString &input)
{
    QString text = input.trimmed();
    text.remove(QStringLiteral("1:"));
    const QStringList parts = text.split(QRegularExpression(QStringLiteral("[,;\\s]+")), Qt::SkipEmptyParts);
    if (parts.size() != 3)
        return std::nullopt;
    bool ok[3] = {false, false, false};
    ViewLink link{parts.at(0).toDouble(&ok[0]), parts.at(1).toDouble(&ok[1]), parts.at(2).toDouble(&ok[2])};
    if (!ok[0] || !ok[1] || !ok[2] || std::abs(link.longitude) > 180 || std::abs(link.latitude) > 90
        || !(link.scaleDenominator >= 1) || link.scaleDenominator > 1e9)
        return std::nullopt;
    return link;
}

QString ViewLink::toString() const
{
    return QStringLiteral("%1,%2,%3")
        .arg(longitude, 0, 'f', 5)
        .arg(latitude, 0, 'f', 5)
        .arg(std::llround(scaleDenominator));
}

} // namespace sez
