// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/mappingdialog.h"

#include "core/io/manifest.h"
#include "core/io/mappingguess.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace sez {

namespace {

enum Column { Name, Source, Confidence, Values };

QString confidenceText(double c)
{
    //: a confidence in per cent
    return MappingDialog::tr("%1 %").arg(QLocale().toString(qRound(c * 100)));
}

QString geometryLabel(const QString &geometry)
{
    if (geometry == QLatin1String("polygons")) return MappingDialog::tr("polygons");
    if (geometry == QLatin1String("lines")) return MappingDialog::tr("lines");
    if (geometry == QLatin1String("points")) return MappingDialog::tr("points");
    if (geometry == QLatin1String("mixed")) return MappingDialog::tr("mixed geometry");
    return MappingDialog::tr("no geometry");
}

} // namespace

MappingDialog::MappingDialog(std::unique_ptr<MappingGuess> guess, QWidget *parent)
    : QDialog(parent)
    , mGuess(std::move(guess))
    , mIntro(new QLabel(this))
    , mTree(new QTreeWidget(this))
{
    setWindowTitle(tr("What the data holds"));
    mIntro->setWordWrap(true);
    mIntro->setText(tr("%1 has no manifest, so sezview guessed what each layer and column holds. Check the guesses "
                       "(the least sure first), correct what is wrong and confirm: the mapping is saved with the data "
                       "and not asked again.\nMap coordinate system: EPSG:%2 (%3).")
                        .arg(QDir::toNativeSeparators(mGuess->path()))
                        .arg(mGuess->mapEpsg())
                        .arg(mGuess->mapCrsReason()));
    mTree->setColumnCount(4);
    mTree->setHeaderLabels({tr("Layer or field"), tr("Comes from"), tr("Confidence"), tr("First values")});
    mTree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    mTree->setRootIsDecorated(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Confirm and open"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(mIntro);
    layout->addWidget(mTree, 1);
    if (!mGuess->warnings().isEmpty()) {
        auto *warnings = new QLabel(mGuess->warnings().join(QLatin1Char('\n')), this);
        warnings->setWordWrap(true);
        layout->addWidget(warnings);
    }
    layout->addWidget(buttons);
    resize(900, 600);
    fill();
}

MappingDialog::~MappingDialog() = default;

std::unique_ptr<MappingGuess> MappingDialog::takeGuess()
{
    return std::move(mGuess);
}

QString MappingDialog::roleEditorName(std::size_t layer)
{
    return QStringLiteral("role:%1").arg(layer);
}

QString MappingDialog::fieldEditorName(std::size_t layer, const QString &field)
{
    return QStringLiteral("field:%1:%2").arg(layer).arg(field);
}

void MappingDialog::fill()
{
    mTree->clear();
    const auto &layers = mGuess->layers();
    for (std::size_t i = 0; i < layers.size(); ++i) {
        auto *item = new QTreeWidgetItem(mTree);
        fillLayer(i, item);
        item->setExpanded(layers[i].spec.role != QLatin1String("other"));
    }
}

void MappingDialog::fillLayer(std::size_t layer, QTreeWidgetItem *item)
{
    const LayerGuess &l = mGuess->layers()[layer];
    qDeleteAll(item->takeChildren());
    item->setText(Name, l.spec.name);
    item->setToolTip(Name, l.spec.path);
    item->setText(Values, tr("%1, %2 features").arg(geometryLabel(l.geometry), QLocale().toString(l.featureCount)));
    item->setText(Confidence, confidenceText(l.roleConfidence));
    item->setToolTip(Confidence, l.roleReason);

    auto *role = new QComboBox(mTree);
    role->setObjectName(roleEditorName(layer));
    for (const QString &r : featureRoles())   // a vector layer cannot be imagery
        role->addItem(MappingGuess::roleLabel(r), r);
    role->setCurrentIndex(role->findData(l.spec.role));
    role->setToolTip(l.roleReason);
    mTree->setItemWidget(item, Source, role);
    connect(role, &QComboBox::activated, this, [this, layer, role] { roleChosen(layer, role->currentData().toString()); });

    for (const FieldGuess &f : l.fields) {
        auto *child = new QTreeWidgetItem(item);
        child->setText(Name, MappingGuess::fieldLabel(l.spec.role, f.field));
        child->setToolTip(Name, f.field);
        QString values = f.firstValues.join(QStringLiteral("; "));
        for (const ValueGuess &v : l.values)
            if (v.field == f.field && v.code.isEmpty()) {
                //: a category value matched to no known code: it is kept as a category of its own
                values += QLatin1Char(' ') + tr("(\"%1\" is a category of its own)").arg(v.value);
                break;
            }
        if (f.converted())
            //: %1: the unit the column's values are in ("m2"), converted as they are read
            values = tr("in %1, converted: %2").arg(f.unit, values);
        child->setText(Values, values);
        child->setText(Confidence, f.source.isEmpty() ? QString() : confidenceText(f.confidence));
        child->setToolTip(Confidence, f.reason);

        auto *source = new QComboBox(mTree);
        source->setObjectName(fieldEditorName(layer, f.field));
        source->addItem(tr("(none)"), QString());
        for (const QString &c : l.columns)
            source->addItem(c, c);
        source->setCurrentIndex(std::max(0, source->findData(f.source)));
        mTree->setItemWidget(child, Source, source);
        const QString field = f.field;
        connect(source, &QComboBox::activated, this,
                [this, layer, field, source] { sourceChosen(layer, field, source->currentData().toString()); });
    }
}

void MappingDialog::roleChosen(std::size_t layer, const QString &role)
{
    mGuess->setRole(layer, role);
    fillLayer(layer, mTree->topLevelItem(int(layer)));
    mTree->topLevelItem(int(layer))->setExpanded(true);
}

void MappingDialog::sourceChosen(std::size_t layer, const QString &field, const QString &source)
{
    mGuess->setFieldSource(layer, field, source);
    // Another field may have lost the column: the layer's rows are made again.
    fillLayer(layer, mTree->topLevelItem(int(layer)));
    mTree->topLevelItem(int(layer))->setExpanded(true);
}

} // namespace sez
