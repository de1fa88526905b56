// SPDX-License-Identifier: GPL-3.0-or-later
#include "querybuilder.h"

#include "distancebox.h"
#include "querycompleter.h"

#include "core/model/humanlabels.h"

#include "core/query/parcelquery.h"
#include "core/model/parcelstore.h"
#include "core/model/statistics.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QTextDocument>
#include <QVBoxLayout>

namespace sez {

namespace {

const QString kSavedGroup = QStringLiteral("savedQueries");

// "zone in ('a', 'b')" when some but not all boxes are ticked; nothing ticked or all ticked means any.
QString membership(const QString &field, const std::vector<std::pair<QString, QCheckBox *>> &boxes)
{
    QStringList ticked;
    for (const auto &[code, box] : boxes)
        if (box->isChecked())
            ticked << quotedLiteral(code);
    if (ticked.isEmpty() || ticked.size() == qsizetype(boxes.size()))
        return {};
    if (ticked.size() == 1)
        return field + QStringLiteral(" = ") + ticked.front();
    return field + QStringLiteral(" in (") + ticked.join(QStringLiteral(", ")) + QLatin1Char(')');
}

QDoubleSpinBox *anySpinBox(QWidget *parent, double max, const QString &suffix)
{
    auto *box = new QDoubleSpinBox(parent);
    box->setRange(0, max);
    box->setDecimals(1);
    box->setSuffix(suffix);
    box->setSpecialValueText(QueryBuilder::tr("any"));   // 0 means no limit
    return box;
}

} // namespace

QueryBuilder::QueryBuilder(QWidget *parent)
    : QWidget(parent)
    , mZoneGrid(new QGridLayout)
    , mStatusGrid(new QGridLayout)
    , mCity(new QComboBox(this))
    , mDistrict(new QComboBox(this))
    , mDistanceGrid(new QGridLayout)
    , mText(new QLineEdit(this))
    , mQuery(new QLineEdit(this))
    , mError(new QLabel(this))
    , mFigures(new QLabel(this))
    , mExplanation(new QLabel(this))
    , mSaved(new QComboBox(this))
    , mSteps(std::make_unique<std::vector<QueryStep>>())
{
    mMinArea = anySpinBox(this, 100000, tr(" ha"));
    mMaxArea = anySpinBox(this, 100000, tr(" ha"));
    mCity->addItem(tr("anywhere"));
    mCity->addItem(tr("inside the city limits"));
    mCity->addItem(tr("outside the city limits"));
    mText->setPlaceholderText(tr("investor, project or address words"));
    mQuery->setPlaceholderText(tr("query text, e.g. status = 'free' and area_ha >= 10"));
    mCompleter = new QueryCompleter(mQuery);
    mError->setStyleSheet(QStringLiteral("color: #b00020"));
    mError->setWordWrap(true);
    mError->hide();
    mFigures->setWordWrap(true);
    mExplanation->setWordWrap(true);
    mExplanation->setObjectName(QStringLiteral("explanation"));
    mExplanation->setTextFormat(Qt::RichText);
    mExplanation->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *zoneBox = new QGroupBox(tr("Zone"), this);
    zoneBox->setLayout(mZoneGrid);
    auto *statusBox = new QGroupBox(tr("Status"), this);
    statusBox->setLayout(mStatusGrid);
    auto *areaRow = new QHBoxLayout;
    areaRow->addWidget(mMinArea);
    areaRow->addWidget(new QLabel(tr("to"), this));
    areaRow->addWidget(mMaxArea);
    auto *where = new QFormLayout;
    where->addRow(tr("Area from"), areaRow);
    where->addRow(tr("Location"), mCity);
    where->addRow(tr("District"), mDistrict);
    where->addRow(tr("Contains words"), mText);
    auto *distanceBox = new QGroupBox(tr("At most this far from the nearest"), this);
    distanceBox->setLayout(mDistanceGrid);

    auto *controls = new QWidget(this);
    auto *controlsLayout = new QVBoxLayout(controls);
    controlsLayout->setContentsMargins(0, 0, 0, 0);
    controlsLayout->addWidget(zoneBox);
    controlsLayout->addWidget(statusBox);
    controlsLayout->addLayout(where);
    controlsLayout->addWidget(distanceBox);
    controlsLayout->addStretch(1);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(controls);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    auto *run = new QPushButton(tr("Find parcels"), this);
    run->setDefault(true);
    auto *reset = new QPushButton(tr("Reset"), this);
    auto *save = new QPushButton(tr("Save…"), this);
    auto *remove = new QPushButton(tr("Delete"), this);
    mSaved->setPlaceholderText(tr("Saved queries"));
    auto *savedRow = new QHBoxLayout;
    savedRow->addWidget(mSaved, 1);
    savedRow->addWidget(save);
    savedRow->addWidget(remove);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(reset);
    buttons->addStretch(1);
    buttons->addWidget(run);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(scroll, 1);
    layout->addWidget(new QLabel(tr("Query"), this));
    layout->addWidget(mQuery);
    layout->addWidget(mError);
    layout->addLayout(buttons);
    layout->addWidget(mFigures);
    layout->addWidget(mExplanation);
    layout->addLayout(savedRow);

    for (QDoubleSpinBox *box : {mMinArea, mMaxArea})
        connect(box, &QDoubleSpinBox::valueChanged, this, &QueryBuilder::controlsChanged);
    connect(mCity, &QComboBox::currentIndexChanged, this, &QueryBuilder::controlsChanged);
    connect(mDistrict, &QComboBox::currentIndexChanged, this, &QueryBuilder::controlsChanged);
    connect(mText, &QLineEdit::textChanged, this, &QueryBuilder::controlsChanged);
    connect(mQuery, &QLineEdit::returnPressed, this, &QueryBuilder::run);
    connect(mQuery, &QLineEdit::textEdited, mError, &QWidget::hide);
    connect(run, &QPushButton::clicked, this, &QueryBuilder::run);
    connect(reset, &QPushButton::clicked, this, &QueryBuilder::rebuildControls);
    connect(save, &QPushButton::clicked, this, &QueryBuilder::saveQuery);
    connect(remove, &QPushButton::clicked, this, &QueryBuilder::deleteQuery);
    connect(mSaved, &QComboBox::activated, this, [this](int index) {
        if (index >= 0)
            setQueryText(mSaved->itemData(index).toString());
    });
    loadSavedQueries();
}

QueryBuilder::~QueryBuilder() = default;

void QueryBuilder::setData(std::shared_ptr<const ParcelStore> store, const TextSearch *search)
{
    mStore = std::move(store);
    mSearch = search;
    mWaiting.clear();
    mCompleter->setStore(mStore);
    mResult.clear();
    mSteps->clear();
    mFigures->clear();
    mExplanation->clear();
    rebuildControls();
}

void QueryBuilder::replaceStore(std::shared_ptr<const ParcelStore> store)
{
    mStore = std::move(store);   // the same dataset: the user's choices stay
    mCompleter->setStore(mStore);   // its values (the districts come with the derived fields)
    if (mDistrict->count() <= 1) {
        const bool updating = std::exchange(mUpdating, true);
        addDistricts();
        mUpdating = updating;
    }
    if (!mWaiting.isEmpty() && mWaiting == queryText() && !needsDerivedFields(mStore, mWaiting))
        run();
}

// The districts are a derived field: a source store has none yet, the complete one brings them.
void QueryBuilder::addDistricts()
{
    QStringList districts = mStore->dictionary(ParcelField::District);
    districts.removeAll(QString());
    districts.sort(Qt::CaseInsensitive);
    for (const QString &d : std::as_const(districts))
        mDistrict->addItem(d, d);
}

QString QueryBuilder::computingMessage()
{
    return tr("Areas and distances are still being computed");
}

QString QueryBuilder::waitingMessage()
{
    return tr("Areas and distances are still being computed: the query runs as soon as they are ready.");
}

void QueryBuilder::rebuildControls()
{
    mUpdating = true;
    for (auto *list : {&mZones, &mStatuses}) {
        for (auto &entry : *list)
            delete entry.second;
        list->clear();
    }
    for (auto &entry : mDistances)
        delete entry.second;
    mDistances.clear();
    while (QLayoutItem *item = mDistanceGrid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    mDistrict->clear();
    mDistrict->addItem(tr("any"));
    mMinArea->setValue(0);
    mMaxArea->setValue(0);
    mCity->setCurrentIndex(0);
    mText->clear();

    if (mStore) {
        const auto addBoxes = [this](ParcelField field, QGridLayout *grid, std::vector<std::pair<QString, QCheckBox *>> &boxes) {
            QStringList codes = mStore->dictionary(field);
            codes.removeAll(QString());
            for (const QString &code : std::as_const(codes)) {
                auto *box = new QCheckBox(HumanLabels::value(field, code), this);
                box->setToolTip(code);
                const int i = int(boxes.size());
                grid->addWidget(box, i / 2, i % 2);
                boxes.emplace_back(code, box);
                connect(box, &QCheckBox::toggled, this, &QueryBuilder::controlsChanged);
            }
        };
        addBoxes(ParcelField::Zone, mZoneGrid, mZones);
        addBoxes(ParcelField::Status, mStatusGrid, mStatuses);
        addDistricts();
        const QStringList &kinds = infrastructureKinds();
        for (int i = 0; i < kinds.size(); ++i) {
            auto *box = new DistanceBox(this);
            mDistanceGrid->addWidget(new QLabel(HumanLabels::infrastructureKind(kinds[i]), this), i, 0);
            mDistanceGrid->addWidget(box, i, 1);
            mDistances.emplace_back(kinds[i], box);
            connect(box, &QSpinBox::valueChanged, this, &QueryBuilder::controlsChanged);
        }
    }
    mUpdating = false;
    controlsChanged();
}

QString QueryBuilder::builtQuery() const
{
    QStringList terms;
    const QString zones = membership(QStringLiteral("zone"), mZones);
    if (!zones.isEmpty())
        terms << zones;
    const QString statuses = membership(QStringLiteral("status"), mStatuses);
    if (!statuses.isEmpty())
        terms << statuses;
    const QLocale c = QLocale::c();
    if (mMinArea->value() > 0)
        terms << QStringLiteral("area_ha >= ") + c.toString(mMinArea->value(), 'g', 10);
    if (mMaxArea->value() > 0)
        terms << QStringLiteral("area_ha <= ") + c.toString(mMaxArea->value(), 'g', 10);
    if (mCity->currentIndex() == 1)
        terms << QStringLiteral("inside_city");
    else if (mCity->currentIndex() == 2)
        terms << QStringLiteral("outside_city");
    if (mDistrict->currentIndex() > 0)
        terms << QStringLiteral("district = ") + quotedLiteral(mDistrict->currentData().toString());
    for (const auto &[kind, box] : mDistances)
        if (box->value() > 0)
            terms << QStringLiteral("distance(%1) <= %2").arg(quotedLiteral(kind)).arg(box->value());
    if (!mText->text().trimmed().isEmpty())
        terms << QStringLiteral("matches(%1)").arg(quotedLiteral(mText->text().trimmed()));
    return terms.join(QStringLiteral(" and "));
}

void QueryBuilder::controlsChanged()
{
    if (mUpdating)
        return;
    mQuery->setText(builtQuery());
    mError->hide();
}

QString QueryBuilder::queryText() const
{
    return mQuery->text().trimmed();
}

void QueryBuilder::setQueryText(const QString &text)
{
    mQuery->setText(text);
    mError->hide();
}

QString QueryBuilder::errorText() const
{
    return mError->isHidden() ? QString() : mError->text();
}

bool QueryBuilder::run()
{
    if (!mStore)
        return false;
    mWaiting.clear();
    if (needsDerivedFields(mStore, queryText())) {
        mWaiting = queryText();
        mError->setText(waitingMessage());
        mError->show();
        return false;
    }
    std::vector<qint64> rows;
    QString error;
    if (!explainParcels(mStore, mSearch, queryText(), &rows, mSteps.get(), &error)) {
        mError->setText(error);
        mError->show();
        mSteps->clear();
        mExplanation->clear();
        return false;
    }
    mError->hide();
    mResult = std::move(rows);
    const ParcelStatistics stats = computeStatistics(*mStore, mResult);
    mFigures->setText(tr("%1, %2 (official), %3 (computed)")
                          .arg(HumanLabels::parcels(stats.total.count), HumanLabels::hectares(stats.total.officialHa), HumanLabels::hectares(stats.total.computedHa)));
    showSteps();
    Q_EMIT resultReady(mResult, queryText());
    return true;
}

// Each condition with the parcels left after it: where the count falls to none is the answer to
// "why is the list empty?".
void QueryBuilder::showSteps()
{
    if (mSteps->size() < 2 && !(mSteps->size() == 1 && mResult.empty())) {
        mExplanation->clear();
        return;
    }
    QString html = QStringLiteral("<table cellspacing=\"0\" cellpadding=\"1\">");
    html += QStringLiteral("<tr><td colspan=\"2\"><b>%1</b></td></tr>").arg(tr("Parcels left after each condition:").toHtmlEscaped());
    html += QStringLiteral("<tr><td>%1</td><td align=\"right\">%2</td></tr>")
                .arg(tr("all parcels").toHtmlEscaped(), QLocale().toString(mStore->size()));
    bool emptied = false;
    for (const QueryStep &step : *mSteps) {
        const bool first = step.remaining == 0 && !emptied;
        emptied = emptied || step.remaining == 0;
        const QString count = QLocale().toString(step.remaining);
        const QString row = first ? QStringLiteral("<tr><td><font color=\"#b00020\">%1</font></td>"
                                                   "<td align=\"right\"><font color=\"#b00020\"><b>%2</b></font></td></tr>")
                                  : QStringLiteral("<tr><td>%1</td><td align=\"right\">%2</td></tr>");
        html += row.arg(step.condition.toHtmlEscaped(), count);
    }
    html += QStringLiteral("</table>");
    for (const QueryStep &step : *mSteps)
        if (step.remaining == 0) {
            html += QStringLiteral("<p>%1</p>").arg(tr("No parcel is left after “%1” (%2 alone).")
                                                      .arg(step.condition, HumanLabels::parcels(step.alone))
                                                      .toHtmlEscaped());
            break;
        }
    mExplanation->setText(html);
}

QString QueryBuilder::explanationText() const
{
    QTextDocument document;
    document.setHtml(mExplanation->text());
    return document.toPlainText();
}

DistanceBox *QueryBuilder::distanceBox(const QString &kind) const
{
    for (const auto &[k, box] : mDistances)
        if (k == kind)
            return box;
    return nullptr;
}

void QueryBuilder::loadSavedQueries()
{
    mSaved->clear();
    QSettings settings;
    settings.beginGroup(kSavedGroup);
    const QStringList names = settings.childKeys();
    for (const QString &name : names)
        mSaved->addItem(name, settings.value(name).toString());
    mSaved->setCurrentIndex(-1);
}

void QueryBuilder::saveQuery()
{
    if (queryText().isEmpty())
        return;
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Save query"), tr("Name:"), QLineEdit::Normal, mSaved->currentText(), &ok).trimmed();
    if (!ok || name.isEmpty())
        return;
    QSettings settings;
    settings.beginGroup(kSavedGroup);
    settings.setValue(name, queryText());
    settings.endGroup();
    loadSavedQueries();
    mSaved->setCurrentIndex(mSaved->findText(name));
}

void QueryBuilder::deleteQuery()
{
    if (mSaved->currentIndex() < 0)
        return;
    QSettings settings;
    settings.beginGroup(kSavedGroup);
    settings.remove(mSaved->currentText());
    settings.endGroup();
    loadSavedQueries();
}

} // namespace sez
