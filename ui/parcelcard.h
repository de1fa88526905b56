// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include <memory>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace sez {

class ParcelStore;
class CoordinateTransform;

/// Everything about one parcel, in words: "whose is this, how big, what may be built, what is near".
class ParcelCard : public QWidget
{
    Q_OBJECT

public:
    explicit ParcelCard(QWidget *parent = nullptr);
    ~ParcelCard() override;

    void setStore(std::shared_ptr<const ParcelStore> store);
    /// Shows parcel \a row; -1 shows a hint instead.
    void showParcel(qint64 row);
    qint64 parcel() const { return mRow; }
    /// The card as plain "label: value" lines, what "Copy as text" puts on the clipboard.
    QString text() const;

private:
    void addRow(const QString &label, const QString &value, const QString &note = {});

    std::shared_ptr<const ParcelStore> mStore;
    std::unique_ptr<CoordinateTransform> mToLonLat;
    qint64 mRow = -1;
    QLabel *mTitle;
    QTreeWidget *mTree;
    QPushButton *mCopy;
};

} // namespace sez
