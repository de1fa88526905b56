// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/register/allocationcheck.h"

#include "core/register/allocationfields.h"

#include "core/model/humanlabels.h"
#include "core/model/parcelstore.h"
#include "core/query/query.h"

namespace sez {

AllocationCheck::AllocationCheck(const ParcelStore &store, const QStringList &registerInvestors)
    : mStore(store)
{
    for (const QString &name : store.dictionary(ParcelField::Investor) + registerInvestors)
        if (!name.trimmed().isEmpty() && !mInvestors.contains(name))
            mInvestors << name;
}

bool AllocationCheck::resolveCode(ParcelField field, QVariant *value, QString *error) const
{
    const QString given = value->toString().trimmed();
    const QString folded = ilikeFold(given);
    const QStringList codes = AllocationFields::codes(field, &mStore);
    for (const QString &code : codes) {
        if (folded == ilikeFold(code) || folded == ilikeFold(HumanLabels::value(field, code))) {
            *value = code;
            return true;
        }
    }
    *error = tr("'%1' is not a value of %2 that the dataset %3 knows (%4)%5")
                 .arg(given, HumanLabels::field(field), mStore.datasetName(), codes.join(QStringLiteral(", ")),
                      didYouMeanSuffix(given, codes));
    return false;
}

bool AllocationCheck::resolveInvestor(QVariant *value, bool allowNew, QString *error) const
{
    const QString given = value->toString().trimmed();
    if (given.isEmpty())
        return true;   // recorded as none: the parcel has no investor any more
    for (const QString &known : mInvestors) {
        if (ilikeFold(known) == ilikeFold(given)) {
            *value = known;
            return true;
        }
    }
    if (allowNew)
        return true;
    *error = tr("'%1' is not an investor that the dataset %2 or the register knows%3 "
                "(to record a new investor, say that it is new: --new-investor)")
                 .arg(given, mStore.datasetName(), didYouMeanSuffix(given, mInvestors));
    return false;
}

bool AllocationCheck::check(AllocationEdit *edit, bool allowNewInvestor, QString *error) const
{
    const qint64 row = mStore.findCadastralNumber(edit->cadastralNumber);
    if (row < 0) {
        *error = tr("%1: no parcel of the dataset %2 has this cadastral number").arg(edit->cadastralNumber, mStore.datasetName());
        return false;
    }
    edit->cadastralNumber = mStore.value(row, ParcelField::CadastralNumber).toString();
    for (auto &[field, value] : edit->values) {
        if (value.isNull())
            continue;
        bool ok = true;
        if (field == ParcelField::Status || field == ParcelField::Gas)
            ok = resolveCode(field, &value, error);
        else if (field == ParcelField::Investor)
            ok = resolveInvestor(&value, allowNewInvestor, error);
        if (!ok) {
            *error = QStringLiteral("%1: %2").arg(edit->cadastralNumber, *error);
            return false;
        }
    }
    return true;
}

} // namespace sez
