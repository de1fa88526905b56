// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/statistics.h"
#include "core/model/summary.h"

#include <QFutureWatcher>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QWidget>

#include <array>
#include <atomic>
#include <memory>
#include <optional>
#include <vector>

class QChart;
class QChartView;
class QComboBox;
class QGridLayout;
class QLabel;

namespace sez {

class MapStyle;
class ParcelStore;

/// Charts and headline figures of the whole SEZ or of the selection: area inside and outside the
/// city, area by zone, parcels by status, investment and jobs by investor and by sector (zone), and
/// the infrastructure objects by kind and status, in the map's colours. The figures are the
/// statistics' own (ParcelStatistics); those of large sets are computed on a worker.
class Dashboard : public QWidget
{
    Q_OBJECT

public:
    enum class Headline { Parcels, OfficialHa, ComputedHa, Investment, Jobs, Projects };
    enum class Chart {
        CityArea,            ///< pie, ha
        ZoneArea,            ///< bars, computed ha
        StatusParcels,       ///< bars, parcels
        InvestorInvestment,  ///< bars, billion ₸; top 10 and "Other"
        InvestorJobs,        ///< bars, jobs; top 10 and "Other"
        SectorInvestment,    ///< bars, billion ₸
        SectorJobs,          ///< bars, jobs
        Infrastructure,      ///< stacked bars, objects; kind x status
    };

    explicit Dashboard(QWidget *parent = nullptr);
    ~Dashboard() override;

    /// Shows \a store's figures in the colours of \a style, the style built for it (one is built when null).
    void setStore(std::shared_ptr<const ParcelStore> store, std::shared_ptr<const MapStyle> style = {});
    /// The selection's rows; with \a isSelection false (or no rows) the dashboard shows the whole SEZ.
    void setRows(const std::vector<qint64> &rows, bool isSelection);

    /// True while the selection's figures are being computed on a worker.
    bool isBusy() const { return mWatcher.isRunning(); }
    /// True when the figures shown are the selection's, false for the whole SEZ.
    bool showsSelection() const;

    // What the dashboard shows, for tests.
    QString headlineText(Headline headline) const;
    QStringList chartCategories(Chart chart) const;
    /// The value of each category (summed over the stacks of a stacked chart), in the chart's units.
    QList<qreal> chartValues(Chart chart) const;
    QString chartTitle(Chart chart) const;

Q_SIGNALS:
    /// The charts show new figures.
    void updated();

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void refresh();
    void showFigures(const ParcelStatistics &figures, bool selection);
    void showInfrastructure();
    void arrangeCharts();
    void retranslate();

    std::shared_ptr<const ParcelStore> mStore;
    std::shared_ptr<const MapStyle> mMapStyle;
    std::vector<qint64> mSelectionRows;
    std::optional<ParcelStatistics> mWholeFigures;    // cached per store: the whole SEZ rarely changes
    SezAreas mSez;
    std::optional<ParcelStatistics> mShown;
    bool mShownSelection = false;

    QComboBox *mScope;
    QLabel *mScopeNote;
    QLabel *mMissingNote;   ///< the figures the data cannot give, and why
    std::array<QLabel *, 6> mHeadlineValues{};
    std::array<QLabel *, 6> mHeadlineCaptions{};
    std::array<QChartView *, 8> mViews{};
    QGridLayout *mChartGrid;
    int mColumns = 0;

    QFutureWatcher<std::optional<ParcelStatistics>> mWatcher;
    std::shared_ptr<std::atomic<bool>> mCancel;
};

} // namespace sez
