// SPDX-License-Identifier: GPL-3.0-or-later
#include "dashboard.h"

#include "core/geo/crs.h"
#include "core/geo/geodesic.h"
#include "core/model/humanlabels.h"
#include "core/render/maprenderer.h"
#include "core/model/parcelstore.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QCursor>
#include <QEvent>
#include <QFont>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHorizontalStackedBarSeries>
#include <QLabel>
#include <QLegendMarker>
#include <QPieSeries>
#include <QPieSlice>
#include <QScrollArea>
#include <QToolTip>
#include <QValueAxis>
#include <QVBoxLayout>
#include <QtConcurrent>

#include <algorithm>
#include <cmath>
#include <functional>
#include <numeric>

namespace sez {

namespace {

// The bar names down the left, a little smaller than the chart's text; returns their font for the
// value axis to share.
QFont attachCategoryAxis(QChart *chart, QAbstractBarSeries *series, const QStringList &categories)
{
    auto *axis = new QBarCategoryAxis;
    axis->append(categories);
    QFont labels = axis->labelsFont();
    labels.setPointSizeF(labels.pointSizeF() * 0.9);
    axis->setLabelsFont(labels);
    chart->addAxis(axis, Qt::AlignLeft);
    series->attachAxis(axis);
    return labels;
}

// Below this many rows the figures are computed at once: 25,000 rows take a few milliseconds, less
// than a worker's round trip through the event loop.
constexpr qint64 kWorkerThreshold = 100000;
constexpr int kTopInvestors = 10;
constexpr double kBillion = 1e9;
constexpr int kTwoColumnWidth = 900;

// Infrastructure statuses have no entry in HumanLabels (parcels never carry them).
QString infrastructureStatus(const QString &status)
{
    if (status == QLatin1String("design")) return Dashboard::tr("Design");
    if (status == QLatin1String("construction")) return Dashboard::tr("Construction");
    if (status == QLatin1String("reconstruction")) return Dashboard::tr("Reconstruction");
    return status.isEmpty() ? HumanLabels::value(ParcelField::Status, QString()) : status;
}

QColor infrastructureStatusColour(const QString &status)
{
    if (status == QLatin1String("design")) return QColor(120, 160, 215);
    if (status == QLatin1String("construction")) return QColor(240, 150, 40);
    if (status == QLatin1String("reconstruction")) return QColor(150, 90, 170);
    return QColor(150, 150, 150);
}

QColor legendColour(const std::vector<LegendEntry> &legend, const QString &key, const QColor &fallback)
{
    for (const LegendEntry &e : legend)
        if (e.key == key)
            return e.fill;
    return fallback;
}

QString count(qint64 n)
{
    return QLocale().toString(n);
}

// One bar of a chart: its label, value (in the chart's units) and colour.
struct Bar
{
    QString label;
    double value = 0;
    QColor colour;
};

QChart *newChart(const QString &title)
{
    auto *chart = new QChart;
    chart->setTitle(title);
    QFont font = chart->titleFont();
    font.setBold(true);
    chart->setTitleFont(font);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(2, 2, 2, 2));
    chart->setLocalizeNumbers(true);
    chart->setLocale(QLocale());
    return chart;
}

// Horizontal bars, the first at the top. One stack per bar so each bar keeps its own colour (a
// QBarSet has one), the zero stacks taking no room.
QChart *barChart(const QString &title, const std::vector<Bar> &bars, const QString &unit,
                 const std::function<QString(double)> &tip, bool wholeNumbers)
{
    QChart *chart = newChart(title);
    auto *series = new QHorizontalStackedBarSeries;
    series->setBarWidth(0.7);
    QStringList categories;
    const int n = int(bars.size());
    for (int i = n - 1; i >= 0; --i)
        categories << bars[std::size_t(i)].label;
    double max = 0;
    for (int i = 0; i < n; ++i) {
        const Bar &bar = bars[std::size_t(i)];
        auto *set = new QBarSet(bar.label);
        for (int c = 0; c < n; ++c)
            *set << (c == n - 1 - i ? bar.value : 0.0);
        set->setColor(bar.colour);
        set->setBorderColor(bar.colour.darker(115));
        series->append(set);
        max = std::max(max, bar.value);
    }
    chart->addSeries(series);
    chart->legend()->hide();

    const QFont labels = attachCategoryAxis(chart, series, categories);

    auto *valueAxis = new QValueAxis;
    valueAxis->setRange(0, max > 0 ? max : 1);
    valueAxis->setLabelFormat((wholeNumbers && max >= 4) || max >= 40 ? QStringLiteral("%.0f") : QStringLiteral("%.1f"));
    valueAxis->setTickCount(4);
    valueAxis->applyNiceNumbers();
    valueAxis->setLabelsFont(labels);
    valueAxis->setTitleText(unit);
    QFont unitFont = valueAxis->titleFont();
    unitFont.setBold(false);
    unitFont.setPointSizeF(labels.pointSizeF());
    valueAxis->setTitleFont(unitFont);
    chart->addAxis(valueAxis, Qt::AlignBottom);
    series->attachAxis(valueAxis);

    QObject::connect(series, &QHorizontalStackedBarSeries::hovered, chart, [tip](bool on, int index, QBarSet *set) {
        if (on && index >= 0 && index < set->count() && set->at(index) != 0)
            QToolTip::showText(QCursor::pos(), QStringLiteral("%1: %2").arg(set->label(), tip(set->at(index))));
        else
            QToolTip::hideText();
    });
    return chart;
}

// A pie whose legend, on the right, carries each slice's label and formatted value.
QChart *pieChart(const QString &title, const std::vector<Bar> &slices, const std::function<QString(double)> &format)
{
    QChart *chart = newChart(title);
    auto *series = new QPieSeries;
    series->setPieSize(0.85);
    for (const Bar &s : slices) {
        if (s.value <= 0)
            continue;
        QPieSlice *slice = series->append(QStringLiteral("%1: %2").arg(s.label, format(s.value)), s.value);
        QColor colour = s.colour;
        colour.setAlpha(255);   // the map's fills are translucent; on white they would wash out
        slice->setColor(colour);
        slice->setBorderColor(Qt::white);
        // The value alone, for chartValues(); the label is for people.
        slice->setProperty("sezCategory", s.label);
    }
    chart->addSeries(series);
    // Below the pie, so long labels ("Under construction: 2,345 parcels") keep their full width.
    chart->legend()->setAlignment(Qt::AlignBottom);
    QFont font = chart->legend()->font();
    font.setPointSizeF(font.pointSizeF() * 0.9);
    chart->legend()->setFont(font);
    QObject::connect(series, &QPieSeries::hovered, chart, [](QPieSlice *slice, bool on) {
        slice->setExploded(on);
        slice->setExplodeDistanceFactor(0.05);
    });
    return chart;
}

// Investors, largest first: the top ten and the rest summed as "Other".
std::vector<Bar> topInvestors(const ParcelStore &store, const std::vector<Dashboard::Group> &groups,
                              const std::function<double(const Dashboard::Group &)> &measure, double scale,
                              const QColor &colour)
{
    const QStringList &names = store.dictionary(ParcelField::Investor);
    std::vector<int> order;
    for (int i = 0; i < int(groups.size()); ++i)
        if (i < names.size() && !names.at(i).isEmpty() && groups[std::size_t(i)].count > 0)
            order.push_back(i);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        return measure(groups[std::size_t(a)]) > measure(groups[std::size_t(b)]);
    });
    std::vector<Bar> bars;
    double other = 0;
    for (std::size_t k = 0; k < order.size(); ++k) {
        const double v = measure(groups[std::size_t(order[k])]) / scale;
        if (int(k) < kTopInvestors)
            bars.push_back({names.at(order[k]), v, colour});
        else
            other += v;
    }
    if (order.size() > std::size_t(kTopInvestors))
        bars.push_back({Dashboard::tr("Other"), other, QColor(170, 170, 170)});
    return bars;
}

int chartHeight(Dashboard::Chart chart, int categories)
{
    switch (chart) {
    case Dashboard::Chart::CityArea:
        return 190 + 20 * categories;   // the pie, and one legend line per slice
    default:
        return std::max(160, 105 + 26 * categories);   // bars of a readable, constant thickness
    }
}

} // namespace

Dashboard::Dashboard(QWidget *parent)
    : QWidget(parent)
    , mScope(new QComboBox(this))
    , mScopeNote(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);

    auto *scopeRow = new QHBoxLayout;
    mScope->addItem(QString());
    mScope->addItem(QString());
    scopeRow->addWidget(mScope);
    mScopeNote->setWordWrap(true);
    QFont noteFont = mScopeNote->font();
    noteFont.setPointSizeF(noteFont.pointSizeF() * 0.9);
    mScopeNote->setFont(noteFont);
    scopeRow->addWidget(mScopeNote, 1);
    layout->addLayout(scopeRow);
    connect(mScope, &QComboBox::activated, this, &Dashboard::refresh);

    auto *content = new QWidget;
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);

    // Headline figures: two columns, so the longest (investment in tenge) fits a narrow dock.
    auto *headlines = new QGridLayout;
    headlines->setHorizontalSpacing(12);
    headlines->setVerticalSpacing(2);
    for (std::size_t i = 0; i < mHeadlineValues.size(); ++i) {
        mHeadlineValues[i] = new QLabel(content);
        mHeadlineCaptions[i] = new QLabel(content);
        QFont big = mHeadlineValues[i]->font();
        big.setPointSizeF(big.pointSizeF() * 1.45);
        big.setBold(true);
        mHeadlineValues[i]->setFont(big);
        mHeadlineValues[i]->setTextInteractionFlags(Qt::TextSelectableByMouse);
        mHeadlineCaptions[i]->setForegroundRole(QPalette::PlaceholderText);
        const int row = int(i / 2) * 2, column = int(i % 2);
        headlines->addWidget(mHeadlineValues[i], row, column);
        headlines->addWidget(mHeadlineCaptions[i], row + 1, column);
    }
    headlines->setColumnStretch(0, 1);
    headlines->setColumnStretch(1, 1);
    contentLayout->addLayout(headlines);

    mChartGrid = new QGridLayout;
    mChartGrid->setSpacing(4);
    for (QChartView *&view : mViews) {
        view = new QChartView(content);
        view->setRenderHint(QPainter::Antialiasing);
        view->setFrameShape(QFrame::NoFrame);
        view->setMinimumWidth(300);
    }
    contentLayout->addLayout(mChartGrid);
    contentLayout->addStretch(1);

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidget(content);
    layout->addWidget(scroll, 1);

    connect(&mWatcher, &QFutureWatcher<std::optional<Figures>>::finished, this, [this] {
        const std::optional<Figures> figures = mWatcher.result();
        if (figures)
            showFigures(*figures, true);
    });

    retranslate();
    arrangeCharts();
}

Dashboard::~Dashboard()
{
    if (mCancel)
        *mCancel = true;
    mWatcher.waitForFinished();
}

void Dashboard::setStore(std::shared_ptr<const ParcelStore> store)
{
    if (mCancel)
        *mCancel = true;
    mStore = std::move(store);
    mSelectionRows.clear();
    mWholeFigures.reset();
    mSezInsideHa = mSezOutsideHa = 0;
    if (mStore) {
        // The SEZ parts are a handful of polygons: measuring them is instant.
        const CoordinateTransform toLonLat(mStore->mapEpsg(), kWgs84Epsg);
        if (toLonLat.isValid()) {
            for (const ContextFeature &part : mStore->sezParts()) {
                const double ha = geodesicAreaHa(part.geometry, toLonLat);
                (part.name == QLatin1String("inside_city") ? mSezInsideHa : mSezOutsideHa) += ha;
            }
        }
    }
    refresh();
}

void Dashboard::setRows(const std::vector<qint64> &rows, bool isSelection)
{
    const bool hadSelection = !mSelectionRows.empty();
    mSelectionRows = isSelection ? rows : std::vector<qint64>();
    // A new selection is what the user wants to see; an emptied one leaves only the whole SEZ.
    if (!mSelectionRows.empty() && !hadSelection)
        mScope->setCurrentIndex(1);
    refresh();
}

bool Dashboard::showsSelection() const
{
    return mShownSelection;
}

void Dashboard::refresh()
{
    if (mCancel)
        *mCancel = true;
    const bool haveSelection = !mSelectionRows.empty();
    mScope->setEnabled(haveSelection);
    if (!haveSelection)
        mScope->setCurrentIndex(0);
    if (!mStore) {
        mShown.reset();
        for (QChartView *view : mViews) {
            QChart *old = view->chart();
            view->setChart(new QChart);
            delete old;
        }
        for (QLabel *label : mHeadlineValues)
            label->setText(QStringLiteral("—"));
        mScopeNote->clear();
        return;
    }

    const std::atomic<bool> never{false};
    if (mScope->currentIndex() == 0 || !haveSelection) {
        if (!mWholeFigures)
            mWholeFigures = compute(*mStore, nullptr, never);
        showFigures(*mWholeFigures, false);
        return;
    }
    if (qint64(mSelectionRows.size()) <= kWorkerThreshold) {
        showFigures(*compute(*mStore, &mSelectionRows, never), true);
        return;
    }
    mScopeNote->setText(tr("Computing…"));
    mCancel = std::make_shared<std::atomic<bool>>(false);
    mWatcher.setFuture(QtConcurrent::run([store = mStore, rows = mSelectionRows, cancel = mCancel] {
        return compute(*store, &rows, *cancel);
    }));
}

std::optional<Dashboard::Figures> Dashboard::compute(const ParcelStore &store, const std::vector<qint64> *rows,
                                                     const std::atomic<bool> &cancel)
{
    Figures f;
    f.byZone.resize(std::size_t(store.dictionary(ParcelField::Zone).size()));
    f.byStatus.resize(std::size_t(store.dictionary(ParcelField::Status).size()));
    f.byInvestor.resize(std::size_t(store.dictionary(ParcelField::Investor).size()));
    const QStringList &projects = store.dictionary(ParcelField::Project);
    std::vector<bool> seenProject(std::size_t(projects.size()), false);

    const qint64 n = rows ? qint64(rows->size()) : store.size();
    for (qint64 i = 0; i < n; ++i) {
        if ((i & 0xffff) == 0 && cancel)
            return std::nullopt;
        const qint64 row = rows ? (*rows)[std::size_t(i)] : i;
        const double computed = store.computedAreaHa(row);
        const double investment = store.value(row, ParcelField::InvestmentKzt).toDouble();
        const qint64 jobs = store.value(row, ParcelField::Jobs).toLongLong();
        ++f.parcels;
        f.officialHa += store.officialAreaHa(row);
        f.computedHa += computed;
        f.investmentKzt += investment;
        f.jobs += jobs;
        (store.insideCity(row) ? f.insideCityHa : f.outsideCityHa) += computed;
        auto add = [&](std::vector<Group> &groups, ParcelField field) {
            const int c = store.code(row, field);
            if (c < 0 || c >= int(groups.size()))
                return;
            Group &g = groups[std::size_t(c)];
            ++g.count;
            g.computedHa += computed;
            g.investmentKzt += investment;
            g.jobs += jobs;
        };
        add(f.byZone, ParcelField::Zone);
        add(f.byStatus, ParcelField::Status);
        add(f.byInvestor, ParcelField::Investor);
        const int p = store.code(row, ParcelField::Project);
        if (p >= 0 && std::size_t(p) < seenProject.size() && !seenProject[std::size_t(p)] && !projects.at(p).isEmpty()) {
            seenProject[std::size_t(p)] = true;
            ++f.projects;
        }
    }
    return f;
}

void Dashboard::showFigures(const Figures &f, bool selection)
{
    mShown = f;
    mShownSelection = selection;
    const ParcelStore &store = *mStore;

    mScopeNote->setText(selection ? tr("Figures of the %1 selected.").arg(HumanLabels::parcels(f.parcels))
                                  : tr("Figures of the whole SEZ."));
    mHeadlineValues[std::size_t(Headline::Parcels)]->setText(count(f.parcels));
    mHeadlineValues[std::size_t(Headline::OfficialHa)]->setText(HumanLabels::hectares(f.officialHa));
    mHeadlineValues[std::size_t(Headline::ComputedHa)]->setText(HumanLabels::hectares(f.computedHa));
    mHeadlineValues[std::size_t(Headline::Investment)]->setText(HumanLabels::tenge(f.investmentKzt));
    mHeadlineValues[std::size_t(Headline::Jobs)]->setText(count(f.jobs));
    mHeadlineValues[std::size_t(Headline::Projects)]->setText(count(f.projects));

    const auto hectares = [](double ha) { return HumanLabels::hectares(ha); };
    const auto parcels = [](double n) { return HumanLabels::parcels(qint64(std::llround(n))); };
    const auto tenge = [](double bn) { return HumanLabels::tenge(bn * kBillion); };
    const auto jobs = [](double n) { return Dashboard::tr("%1 jobs").arg(QLocale().toString(qint64(std::llround(n)))); };

    auto set = [this](Chart which, QChart *chart, int categories) {
        QChartView *view = mViews[std::size_t(which)];
        QChart *old = view->chart();
        view->setChart(chart);
        delete old;
        view->setFixedHeight(chartHeight(which, categories));
    };

    const std::vector<LegendEntry> context = MapRenderer::contextLegend();
    // The whole SEZ is measured on its boundary (land between parcels included); a selection is
    // the sum of its parcels.
    const double inside = selection ? f.insideCityHa : mSezInsideHa;
    const double outside = selection ? f.outsideCityHa : mSezOutsideHa;
    // The map's SEZ fills are pale backgrounds: darkened, they keep their hue and show on white.
    const QColor insideColour = legendColour(context, QStringLiteral("sez_inside_city"), QColor(238, 233, 218)).darker(135);
    const QColor outsideColour = legendColour(context, QStringLiteral("sez_outside_city"), QColor(218, 233, 222)).darker(135);
    set(Chart::CityArea,
        pieChart(tr("SEZ area inside and outside the city"),
                 {{tr("Inside the city"), inside, insideColour}, {tr("Outside the city"), outside, outsideColour}}, hectares),
        2);

    const QStringList &zoneCodes = store.dictionary(ParcelField::Zone);
    const std::vector<LegendEntry> zoneLegend = MapRenderer::legend(store, ParcelStyle::Zone);
    // Zones in the legend's order, so the dashboard reads like the map's legend.
    std::vector<int> zoneOrder;
    for (const LegendEntry &e : zoneLegend) {
        const int c = int(zoneCodes.indexOf(e.key));
        if (c >= 0)
            zoneOrder.push_back(c);
    }
    for (int c = 0; c < zoneCodes.size(); ++c)
        if (std::find(zoneOrder.begin(), zoneOrder.end(), c) == zoneOrder.end())
            zoneOrder.push_back(c);
    std::vector<Bar> zoneArea, sectorInvestment, sectorJobs;
    for (int c : zoneOrder) {
        const Group &g = f.byZone[std::size_t(c)];
        if (g.count == 0)
            continue;
        const QString label = HumanLabels::value(ParcelField::Zone, zoneCodes.at(c));
        const QColor colour = legendColour(zoneLegend, zoneCodes.at(c), QColor(150, 150, 150));
        zoneArea.push_back({label, g.computedHa, colour});
        if (g.investmentKzt > 0 || g.jobs > 0) {
            sectorInvestment.push_back({label, g.investmentKzt / kBillion, colour});
            sectorJobs.push_back({label, double(g.jobs), colour});
        }
    }
    set(Chart::ZoneArea, barChart(tr("Area by zone"), zoneArea, tr("ha"), hectares, false), int(zoneArea.size()));
    set(Chart::SectorInvestment, barChart(tr("Investment by sector (zone)"), sectorInvestment, tr("billion ₸"), tenge, false),
        int(sectorInvestment.size()));
    set(Chart::SectorJobs, barChart(tr("Jobs by sector (zone)"), sectorJobs, tr("jobs"), jobs, true), int(sectorJobs.size()));

    const QStringList &statusCodes = store.dictionary(ParcelField::Status);
    const std::vector<LegendEntry> statusLegend = MapRenderer::legend(store, ParcelStyle::Status);
    std::vector<Bar> statuses;
    std::vector<bool> placed(std::size_t(statusCodes.size()), false);
    auto addStatus = [&](int c) {
        placed[std::size_t(c)] = true;
        const Group &g = f.byStatus[std::size_t(c)];
        if (g.count > 0)
            statuses.push_back({HumanLabels::value(ParcelField::Status, statusCodes.at(c)), double(g.count),
                                legendColour(statusLegend, statusCodes.at(c), QColor(150, 150, 150))});
    };
    for (const LegendEntry &e : statusLegend)
        if (const int c = int(statusCodes.indexOf(e.key)); c >= 0)
            addStatus(c);
    for (int c = 0; c < statusCodes.size(); ++c)
        if (!placed[std::size_t(c)])
            addStatus(c);
    // Bars rather than a pie: five statuses' labels and counts do not fit a pie's legend in a dock.
    set(Chart::StatusParcels, barChart(tr("Parcels by status"), statuses, tr("parcels"), parcels, true),
        int(statuses.size()));

    const QColor investorColour(52, 120, 190), jobsColour(46, 150, 110);
    const std::vector<Bar> investorInvestment = topInvestors(
        store, f.byInvestor, [](const Group &g) { return g.investmentKzt; }, kBillion, investorColour);
    const std::vector<Bar> investorJobs = topInvestors(
        store, f.byInvestor, [](const Group &g) { return double(g.jobs); }, 1, jobsColour);
    set(Chart::InvestorInvestment,
        barChart(tr("Investment by investor (top 10)"), investorInvestment, tr("billion ₸"), tenge, false),
        int(investorInvestment.size()));
    set(Chart::InvestorJobs, barChart(tr("Jobs by investor (top 10)"), investorJobs, tr("jobs"), jobs, true),
        int(investorJobs.size()));

    showInfrastructure();
    arrangeCharts();
    Q_EMIT updated();
}

// The infrastructure is the SEZ's, whatever parcels are selected: it serves them all.
void Dashboard::showInfrastructure()
{
    QStringList kinds = infrastructureKinds();
    QStringList statuses = {QStringLiteral("design"), QStringLiteral("construction"), QStringLiteral("reconstruction")};
    for (const ContextFeature &f : mStore->infrastructure()) {
        if (!kinds.contains(f.kind))
            kinds << f.kind;
        if (!statuses.contains(f.status))
            statuses << f.status;
    }
    std::vector<std::vector<int>> counts(std::size_t(statuses.size()), std::vector<int>(std::size_t(kinds.size()), 0));
    for (const ContextFeature &f : mStore->infrastructure())
        ++counts[std::size_t(statuses.indexOf(f.status))][std::size_t(kinds.indexOf(f.kind))];
    // Kinds the dataset has none of would only be empty rows.
    std::vector<int> shownKinds;
    for (int k = 0; k < kinds.size(); ++k) {
        int total = 0;
        for (const auto &row : counts)
            total += row[std::size_t(k)];
        if (total > 0)
            shownKinds.push_back(k);
    }
    std::reverse(shownKinds.begin(), shownKinds.end());   // the first kind at the top

    QChart *chart = newChart(tr("Infrastructure objects by kind and status"));
    auto *series = new QHorizontalStackedBarSeries;
    series->setBarWidth(0.7);
    int max = 0;
    for (int k : shownKinds) {
        int total = 0;
        for (const auto &row : counts)
            total += row[std::size_t(k)];
        max = std::max(max, total);
    }
    for (int s = 0; s < statuses.size(); ++s) {
        int total = 0;
        auto *set = new QBarSet(infrastructureStatus(statuses.at(s)));
        for (int k : shownKinds) {
            *set << counts[std::size_t(s)][std::size_t(k)];
            total += counts[std::size_t(s)][std::size_t(k)];
        }
        const QColor colour = infrastructureStatusColour(statuses.at(s));
        set->setColor(colour);
        set->setBorderColor(colour.darker(115));
        if (total > 0)
            series->append(set);
        else
            delete set;
    }
    chart->addSeries(series);
    QStringList kindLabels;
    for (int k : shownKinds)
        kindLabels << HumanLabels::infrastructureKind(kinds.at(k));
    const QFont labels = attachCategoryAxis(chart, series, kindLabels);
    auto *valueAxis = new QValueAxis;
    valueAxis->setRange(0, std::max(max, 1));
    valueAxis->setLabelFormat(QStringLiteral("%.0f"));
    valueAxis->setTickCount(std::min(std::max(max, 1), 5) + 1);
    valueAxis->setLabelsFont(labels);
    chart->addAxis(valueAxis, Qt::AlignBottom);
    series->attachAxis(valueAxis);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->legend()->setFont(labels);
    QObject::connect(series, &QHorizontalStackedBarSeries::hovered, chart,
                     [kindLabels](bool on, int index, QBarSet *set) {
        if (on && index >= 0 && index < set->count())
            QToolTip::showText(QCursor::pos(), QStringLiteral("%1, %2: %3")
                                                   .arg(kindLabels.at(index), set->label(), QLocale().toString(qRound(set->at(index)))));
        else
            QToolTip::hideText();
    });

    QChartView *view = mViews[std::size_t(Chart::Infrastructure)];
    QChart *old = view->chart();
    view->setChart(chart);
    delete old;
    view->setFixedHeight(std::max(200, 100 + 26 * int(shownKinds.size())));
}

QString Dashboard::headlineText(Headline headline) const
{
    return mHeadlineValues[std::size_t(headline)]->text();
}

QString Dashboard::chartTitle(Chart chart) const
{
    return mViews[std::size_t(chart)]->chart()->title();
}

QStringList Dashboard::chartCategories(Chart chart) const
{
    QStringList out;
    for (QAbstractSeries *series : mViews[std::size_t(chart)]->chart()->series()) {
        if (auto *pie = qobject_cast<QPieSeries *>(series)) {
            for (QPieSlice *slice : pie->slices())
                out << slice->property("sezCategory").toString();
        } else if (auto *bars = qobject_cast<QAbstractBarSeries *>(series)) {
            for (QAbstractAxis *axis : bars->attachedAxes())
                if (auto *categories = qobject_cast<QBarCategoryAxis *>(axis))
                    out << categories->categories();
        }
    }
    return out;
}

QList<qreal> Dashboard::chartValues(Chart chart) const
{
    QList<qreal> out;
    for (QAbstractSeries *series : mViews[std::size_t(chart)]->chart()->series()) {
        if (auto *pie = qobject_cast<QPieSeries *>(series)) {
            for (QPieSlice *slice : pie->slices())
                out << slice->value();
        } else if (auto *bars = qobject_cast<QAbstractBarSeries *>(series)) {
            for (QBarSet *set : bars->barSets()) {
                if (out.size() < set->count())
                    out.resize(set->count(), 0.0);
                for (int i = 0; i < set->count(); ++i)
                    out[i] += set->at(i);
            }
        }
    }
    return out;
}

void Dashboard::arrangeCharts()
{
    // Two columns when the dock is pulled wide (or the dashboard floats), one in a narrow dock.
    const int columns = width() >= kTwoColumnWidth ? 2 : 1;
    if (columns == mColumns)
        return;
    mColumns = columns;
    for (QChartView *view : mViews)
        mChartGrid->removeWidget(view);
    for (std::size_t i = 0; i < mViews.size(); ++i)
        mChartGrid->addWidget(mViews[i], int(i) / columns, int(i) % columns);
}

void Dashboard::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    arrangeCharts();
}

void Dashboard::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        if (mShown)
            showFigures(*mShown, mShownSelection);
    }
}

void Dashboard::retranslate()
{
    mScope->setItemText(0, tr("Whole SEZ"));
    mScope->setItemText(1, tr("Selection"));
    const std::array<QString, 6> captions = {tr("parcels"), tr("official area"), tr("computed area"),
                                             tr("investment"), tr("jobs"), tr("projects")};
    for (std::size_t i = 0; i < captions.size(); ++i)
        mHeadlineCaptions[i]->setText(captions[i]);
}

} // namespace sez
