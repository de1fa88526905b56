// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSpinBox>

namespace sez {

/// A distance in metres, the unit the query language uses, shown with its unit ("2,000 m"), so
/// that what is typed is what is meant: "2000" is two kilometres, and "2 km" or "2,5 км" are read
/// as kilometres. 0 is "any" (no limit).
class DistanceBox : public QSpinBox
{
    Q_OBJECT

public:
    explicit DistanceBox(QWidget *parent = nullptr);

    /// The metres \a text says, reading a kilometre or metre unit in any of the program's
    /// languages; -1 when it says no distance.
    static int metresFromText(const QString &text);

protected:
    QValidator::State validate(QString &text, int &pos) const override;
    int valueFromText(const QString &text) const override;
};

} // namespace sez
