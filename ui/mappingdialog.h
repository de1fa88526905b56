// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

#include <memory>

class QLabel;
class QTreeWidget;
class QTreeWidgetItem;

namespace sez {

class MappingGuess;

/// What sezview guessed about data that came without a manifest, for the user to check: each
/// layer's role, and for each canonical field of that role the column chosen, its first values and
/// how sure the guess is. The user corrects a role or a column; the guess follows (MappingGuess).
/// The caller saves the mapping once the dialog is accepted.
class MappingDialog : public QDialog
{
    Q_OBJECT

public:
    MappingDialog(std::unique_ptr<MappingGuess> guess, QWidget *parent = nullptr);
    ~MappingDialog() override;

    MappingGuess &guess() { return *mGuess; }
    /// The guess, corrected, for whoever saves it.
    std::unique_ptr<MappingGuess> takeGuess();

    /// Object names of the editors, so tests and accessibility tools find them:
    /// "role:LAYER" and "field:LAYER:FIELD" (LAYER the layer's index).
    static QString roleEditorName(std::size_t layer);
    static QString fieldEditorName(std::size_t layer, const QString &field);

private:
    void fill();
    void fillLayer(std::size_t layer, QTreeWidgetItem *item);
    void roleChosen(std::size_t layer, const QString &role);
    void sourceChosen(std::size_t layer, const QString &field, const QString &source);

    std::unique_ptr<MappingGuess> mGuess;
    QLabel *mIntro;
    QTreeWidget *mTree;
};

} // namespace sez
