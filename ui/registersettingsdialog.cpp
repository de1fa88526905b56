// SPDX-License-Identifier: GPL-3.0-or-later
#include "registersettingsdialog.h"

#include "core/register/allocationregister.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace sez {

RegisterSettingsDialog::RegisterSettingsDialog(const RegisterLocation &current, QWidget *parent)
    : QDialog(parent)
    , mFile(new QRadioButton(tr("A file on this computer, for this desk alone"), this))
    , mDatabase(new QRadioButton(tr("A PostgreSQL database shared by the office"), this))
    , mFilePath(new QLineEdit(this))
    , mAddress(new QLineEdit(this))
    , mVerdict(new QLabel(this))
{
    setWindowTitle(tr("Allocation register"));
    auto *intro = new QLabel(tr("The register keeps the SEZ's decisions on each parcel (status, investor, project, lease) "
                                "and their history; its values are shown over the dataset's."), this);
    intro->setWordWrap(true);
    mAddress->setPlaceholderText(QStringLiteral("postgresql://officer@db.akimat.local/sez?sslmode=verify-full"));
    mAddress->setToolTip(tr("A libpq address or service=NAME. The password is not written here: "
                            "it is read from ~/.pgpass or the service file."));
    mVerdict->setWordWrap(true);
    auto *browse = new QPushButton(tr("Browse…"), this);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(mFilePath, 1);
    fileRow->addWidget(browse);
    auto *check = new QPushButton(tr("Check"), this);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->addButton(check, QDialogButtonBox::ActionRole);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(mFile);
    layout->addLayout(fileRow);
    layout->addWidget(mDatabase);
    layout->addWidget(mAddress);
    layout->addWidget(mVerdict);
    layout->addWidget(buttons);

    const bool postgres = current.backend() == RegisterLocation::Backend::PostgreSQL;
    (postgres ? mDatabase : mFile)->setChecked(true);
    mFilePath->setText(QDir::toNativeSeparators(postgres ? RegisterLocation::defaultLocation().filePath() : current.filePath()));
    if (postgres)
        mAddress->setText(current.text());
    connect(mFile, &QRadioButton::toggled, this, &RegisterSettingsDialog::updateEnabled);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("The register file"), mFilePath->text(),
                                                          tr("Registers (*.sqlite);;All files (*)"), nullptr,
                                                          QFileDialog::DontConfirmOverwrite);
        if (!path.isEmpty())
            mFilePath->setText(QDir::toNativeSeparators(path));
    });
    connect(check, &QPushButton::clicked, this, &RegisterSettingsDialog::check);
    connect(buttons, &QDialogButtonBox::accepted, this, &RegisterSettingsDialog::acceptIfValid);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateEnabled();
    resize(560, sizeHint().height());
}

void RegisterSettingsDialog::updateEnabled()
{
    mFilePath->setEnabled(mFile->isChecked());
    mAddress->setEnabled(mDatabase->isChecked());
    mVerdict->clear();
}

bool RegisterSettingsDialog::location(RegisterLocation *location, QString *error) const
{
    if (mFile->isChecked()) {
        const QString path = mFilePath->text().trimmed();
        if (path.isEmpty()) {
            *error = tr("Name the register file.");
            return false;
        }
        *location = RegisterLocation::sqliteFile(QDir::fromNativeSeparators(path));
        return true;
    }
    return RegisterLocation::parse(mAddress->text().trimmed(), location, error);
}

QString RegisterSettingsDialog::check()
{
    RegisterLocation where;
    QString error;
    if (!location(&where, &error)) {
        mVerdict->setText(error);
        return error;
    }
    AllocationRegister::Options options;
    auto reg = AllocationRegister::open(where, options, &error);
    const QString verdict = !reg ? tr("Cannot open it: %1").arg(error)
                            : reg->canWrite() ? tr("Opened: you may record changes as %1.").arg(reg->author())
                                              : tr("Opened for reading only. %1").arg(reg->readOnlyReason());
    mVerdict->setText(verdict);
    return verdict;
}

void RegisterSettingsDialog::acceptIfValid()
{
    RegisterLocation where;
    QString error;
    if (!location(&where, &error)) {
        mVerdict->setText(error);
        return;
    }
    accept();
}

} // namespace sez
