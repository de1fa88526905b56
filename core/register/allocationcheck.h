// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/register/allocation.h"

#include <QCoreApplication>
#include <QStringList>

namespace sez {

class ParcelStore;

/// Checks an allocation edit against the dataset it is for, before it reaches the register: the
/// parcel exists (its number is taken in the dataset's spelling); the status and gas are codes the
/// dataset knows, given as the code or as the label the user reads; the investor is one the dataset
/// or the register already knows, so that a typo never starts a new investor unless asked to.
class AllocationCheck
{
    Q_DECLARE_TR_FUNCTIONS(sez::AllocationCheck)

public:
    AllocationCheck(const ParcelStore &store, const QStringList &registerInvestors);

    /// Brings \a edit to the dataset's spellings; false and a translated \a error when it does not fit.
    bool check(AllocationEdit *edit, bool allowNewInvestor, QString *error) const;

private:
    bool resolveCode(ParcelField field, QVariant *value, QString *error) const;
    bool resolveInvestor(QVariant *value, bool allowNew, QString *error) const;

    const ParcelStore &mStore;
    QStringList mInvestors;
};

} // namespace sez
