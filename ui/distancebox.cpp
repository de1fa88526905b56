// SPDX-License-Identifier: GPL-3.0-or-later
#include "distancebox.h"

#include "core/model/fieldtable.h"

#include <QLocale>
#include <QRegularExpression>

#include <cmath>

namespace sez {

namespace {

constexpr int kMaxMetres = 100000;

// The kilometre and metre words users may type, whatever the window's language.
bool isKilometres(const QString &unit)
{
    static const QStringList words = {QStringLiteral("km"), QStringLiteral("км"), QStringLiteral("kilometres"), QStringLiteral("kilometers")};
    return words.contains(unit, Qt::CaseInsensitive) || unit.compare(DistanceBox::tr("km"), Qt::CaseInsensitive) == 0;
}

bool isMetres(const QString &unit)
{
    static const QStringList words = {QStringLiteral("m"), QStringLiteral("м"), QStringLiteral("metres"), QStringLiteral("meters")};
    return unit.isEmpty() || words.contains(unit, Qt::CaseInsensitive)
           || unit.compare(FieldTable::unit(FieldUnit::Metre), Qt::CaseInsensitive) == 0;
}

} // namespace

DistanceBox::DistanceBox(QWidget *parent)
    : QSpinBox(parent)
{
    setRange(0, kMaxMetres);
    setSingleStep(500);
    setSuffix(QLatin1Char(' ') + FieldTable::unit(FieldUnit::Metre));
    setSpecialValueText(tr("any"));
    setGroupSeparatorShown(true);
    setToolTip(tr("In metres: 2000 is 2 km. You may also type “2 km”."));
}

int DistanceBox::metresFromText(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^\\s*([0-9][0-9\\s\\x{00a0}\\x{202f},.]*)\\s*(\\p{L}*)\\s*$"));
    const QRegularExpressionMatch m = pattern.match(text);
    if (!m.hasMatch())
        return -1;
    QString number = m.captured(1);
    number.remove(QRegularExpression(QStringLiteral("[\\s\\x{00a0}\\x{202f}]")));
    const QString unit = m.captured(2);
    const QLocale locale;
    bool ok = false;
    double value = locale.toDouble(number, &ok);
    if (!ok) {   // the other decimal separator than the locale's, e.g. "2.5" in Russian
        QString swapped = number;
        swapped.replace(QLatin1Char(','), QLatin1Char('.'));
        value = QLocale::c().toDouble(swapped, &ok);
    }
    if (!ok)
        return -1;
    if (isKilometres(unit))
        return int(std::lround(value * 1000));
    if (isMetres(unit))
        return int(std::lround(value));
    return -1;
}

QValidator::State DistanceBox::validate(QString &text, int &) const
{
    if (text.isEmpty() || text == specialValueText())
        return QValidator::Acceptable;
    const int metres = metresFromText(text);
    if (metres >= 0 && metres <= maximum())
        return QValidator::Acceptable;
    // A unit being typed ("2 k") or a number still to come.
    static const QRegularExpression partial(QStringLiteral("^\\s*[0-9][0-9\\s\\x{00a0}\\x{202f},.]*\\s*\\p{L}{0,10}\\s*$"));
    return partial.match(text).hasMatch() && metres <= maximum() ? QValidator::Intermediate : QValidator::Invalid;
}

int DistanceBox::valueFromText(const QString &text) const
{
    if (text.isEmpty() || text == specialValueText())
        return 0;
    return std::max(metresFromText(text), 0);
}

} // namespace sez
