// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/register/registerlocation.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QRadioButton;

namespace sez {

/// Settings ▸ Allocation register: a file on this computer (the user's own register by default) or
/// a shared PostgreSQL database (a libpq address; the password stays in ~/.pgpass), with a check
/// that says what this desk may do there.
class RegisterSettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit RegisterSettingsDialog(const RegisterLocation &current, QWidget *parent = nullptr);

    /// The location entered; false and *error when it is not one.
    bool location(RegisterLocation *location, QString *error) const;
    /// Opens the register entered and says what this desk may do there (the Check button).
    QString check();

    QRadioButton *fileChoice() const { return mFile; }
    QRadioButton *databaseChoice() const { return mDatabase; }
    QLineEdit *fileEdit() const { return mFilePath; }
    QLineEdit *databaseEdit() const { return mAddress; }

private:
    void acceptIfValid();
    void updateEnabled();

    QRadioButton *mFile;
    QRadioButton *mDatabase;
    QLineEdit *mFilePath;
    QLineEdit *mAddress;
    QLabel *mVerdict;
};

} // namespace sez
