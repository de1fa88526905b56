// SPDX-License-Identifier: GPL-3.0-or-later
#include "dashboard.h"

#include "core/model/humanlabels.h"
#include "core/model/parcelstore.h"
#include "core/render/mapstyle.h"

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

QString infrastructureStatus(const QString &status)
{
    return status.isEmpty() ? HumanLabels::value(ParcelField::Status, QString()) : HumanLabels::infrastructureStatus(status);
}

// The values of a coded field in the order of their legend (as the map's legend lists them), each
// with its colour; values the legend lacks after them.
std::vector<std::pair<int, QColor>> legendOrder(const FieldGroups &groups, const std::vector<LegendEntry> &legend,
                                                const QColor &other)
{
    std::vector<std::pair<int, QColor>> order;
    std::vector<bool> placed(std::size_t(groups.values.size()), false);
    for (const LegendEntry &e : legend)
        if (const int code = int(groups.values.indexOf(e.key)); code >= 0 && !placed[std::size_t(code)]) {
            placed[std::size_t(code)] = true;
            order.push_back({code, e.symbol.fill});
        }
    for (int code = 0; code < groups.values.size(); ++code)
        if (!placed[std::size_t(code)])
            order.push_back({code, other});
    return order;
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

// A value axis from 0 that ends just above \a max on a round number (1, 2, 2.5 or 5 times a power
// of ten a step, at most five steps; 2.5 only where its labels stay whole): the longest bar spans most of the chart, not half of it.
void setRoundRange(QValueAxis *axis, double max)
{
    max = max > 0 ? max : 1;
    const double power = std::pow(10.0, std::floor(std::log10(max / 5)));
    double step = power;
    for (double factor : {1.0, 2.0, 2.5, 5.0, 10.0})
        if ((factor != 2.5 || power >= 10) && std::ceil(max / (power * factor) - 1e-9) <= 5) {   // whole labels
            step = power * factor;
            break;
        }
    const int steps = std::max(1, int(std::ceil(max / step - 1e-9)));
    axis->setRange(0, steps * step);
    axis->setTickCount(steps + 1);
}

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
    setRoundRange(valueAxis, max);
    valueAxis->setLabelFormat((wholeNumbers && max >= 4) || max >= 40 ? QStringLiteral("%.0f") : QStringLiteral("%.1f"));
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
std::vector<Bar> topInvestors(const FieldGroups &investors, const std::function<double(const GroupFigures &)> &measure,
                              double scale, const QColor &colour, const QColor &otherColour)
{
    std::vector<int> order;
    for (int i = 0; i < int(investors.byCode.size()); ++i)
        if (!investors.values.at(i).isEmpty() && investors.byCode[std::size_t(i)].count > 0)
            order.push_back(i);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        return measure(investors.byCode[std::size_t(a)]) > measure(investors.byCode[std::size_t(b)]);
    });
    std::vector<Bar> bars;
    double other = 0;
    for (std::size_t k = 0; k < order.size(); ++k) {
        const double v = measure(investors.byCode[std::size_t(order[k])]) / scale;
        if (int(k) < kTopInvestors)
            bars.push_back({investors.values.at(order[k]), v, colour});
        else
            other += v;
    }
    if (order.size() > std::size_t(kTopInvestors))
        bars.push_back({Dashboard::tr("Other"), other, otherColour});
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
    , mMissingNote(new QLabel(this))
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
    mMissingNote->setWordWrap(true);
    mMissingNote->setFont(noteFont);
    mMissingNote->hide();
    layout->addWidget(mMissingNote);
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

    connect(&mWatcher, &QFutureWatcher<std::optional<ParcelStatistics>>::finished, this, [this] {
        const std::optional<ParcelStatistics> figures = mWatcher.result();
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

void Dashboard::setStore(std::shared_ptr<const ParcelStore> store, std::shared_ptr<const MapStyle> style)
{
    if (mCancel)
        *mCancel = true;
    mStore = std::move(store);
    mMapStyle = mStore && !style ? std::make_shared<const MapStyle>(*mStore) : std::move(style);
    mSelectionRows.clear();
    mWholeFigures.reset();
    // The SEZ parts are a handful of polygons: measuring them is instant.
    mSez = mStore ? sezAreas(*mStore) : SezAreas();
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
        mMissingNote->hide();
        return;
    }
    const QStringList missing = ParcelStatistics::missingFigures(*mStore);
    //: %1: the figures, each with why, separated by semicolons
    mMissingNote->setText(tr("Not computed: %1.").arg(missing.join(QStringLiteral("; "))));
    mMissingNote->setVisible(!missing.isEmpty());

    if (mScope->currentIndex() == 0 || !haveSelection) {
        if (!mWholeFigures)
            mWholeFigures = computeStatistics(*mStore);
        showFigures(*mWholeFigures, false);
        return;
    }
    if (qint64(mSelectionRows.size()) <= kWorkerThreshold) {
        showFigures(computeStatistics(*mStore, mSelectionRows), true);
        return;
    }
    mScopeNote->setText(tr("Computing…"));
    mCancel = std::make_shared<std::atomic<bool>>(false);
    mWatcher.setFuture(QtConcurrent::run([store = mStore, rows = mSelectionRows, cancel = mCancel] {
        return computeStatistics(*store, &rows, cancel.get());
    }));
}

void Dashboard::showFigures(const ParcelStatistics &f, bool selection)
{
    mShown = f;
    mShownSelection = selection;
    const MapStyle &style = *mMapStyle;

    mScopeNote->setText(selection ? tr("Figures of the %1 selected.").arg(HumanLabels::parcels(f.total.count))
                                  : tr("Figures of the whole SEZ."));
    mHeadlineValues[std::size_t(Headline::Parcels)]->setText(count(f.total.count));
    mHeadlineValues[std::size_t(Headline::OfficialHa)]->setText(HumanLabels::hectares(f.total.officialHa));
    mHeadlineValues[std::size_t(Headline::ComputedHa)]->setText(HumanLabels::hectares(f.total.computedHa));
    mHeadlineValues[std::size_t(Headline::Investment)]->setText(HumanLabels::tengeInWords(f.total.investmentKzt));
    mHeadlineValues[std::size_t(Headline::Jobs)]->setText(count(f.total.jobs));
    mHeadlineValues[std::size_t(Headline::Projects)]->setText(count(f.projects));

    const auto hectares = [](double ha) { return HumanLabels::hectares(ha); };
    const auto parcels = [](double n) { return HumanLabels::parcels(qint64(std::llround(n))); };
    const auto tenge = [](double bn) { return HumanLabels::tengeInWords(bn * kBillion); };
    const auto jobs = [](double n) { return Dashboard::tr("%1 jobs").arg(QLocale().toString(qint64(std::llround(n)))); };

    auto set = [this](Chart which, QChart *chart, int categories) {
        QChartView *view = mViews[std::size_t(which)];
        QChart *old = view->chart();
        view->setChart(chart);
        delete old;
        view->setFixedHeight(chartHeight(which, categories));
    };

    // The whole SEZ is measured on its boundary (land between parcels included); a selection is
    // the sum of its parcels.
    const double inside = selection ? f.insideCity.computedHa : mSez.insideCityHa;
    const double outside = selection ? f.outsideCity.computedHa : mSez.outsideCityHa;
    set(Chart::CityArea,
        pieChart(tr("SEZ area inside and outside the city"),
                 {{tr("Inside the city"), inside, style.citySideChartColour(CitySide::Inside)},
                  {tr("Outside the city"), outside, style.citySideChartColour(CitySide::Outside)}},
                 hectares),
        2);

    // Zones and statuses in their legends' order and colours, so the dashboard reads like the map.
    std::vector<Bar> zoneArea, sectorInvestment, sectorJobs;
    for (const auto &[code, colour] : legendOrder(f.byZone, style.legend(ParcelStyle::Zone), style.otherBarColour())) {
        const GroupFigures &g = f.byZone.byCode[std::size_t(code)];
        if (g.count == 0)
            continue;
        const QString label = HumanLabels::value(ParcelField::Zone, f.byZone.values.at(code));
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

    std::vector<Bar> statuses;
    for (const auto &[code, colour] : legendOrder(f.byStatus, style.legend(ParcelStyle::Status), style.otherBarColour())) {
        const GroupFigures &g = f.byStatus.byCode[std::size_t(code)];
        if (g.count > 0)
            statuses.push_back({HumanLabels::value(ParcelField::Status, f.byStatus.values.at(code)), double(g.count), colour});
    }
    // Bars rather than a pie: five statuses' labels and counts do not fit a pie's legend in a dock.
    set(Chart::StatusParcels, barChart(tr("Parcels by status"), statuses, tr("parcels"), parcels, true),
        int(statuses.size()));

    const std::vector<Bar> investorInvestment = topInvestors(
        f.byInvestor, [](const GroupFigures &g) { return g.investmentKzt; }, kBillion, style.investmentBarColour(),
        style.otherBarColour());
    const std::vector<Bar> investorJobs = topInvestors(
        f.byInvestor, [](const GroupFigures &g) { return double(g.jobs); }, 1, style.jobsBarColour(), style.otherBarColour());
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
        const QColor colour = mMapStyle->infrastructureStatusColour(statuses.at(s));
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
