// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace sez {

class RegisterSession;

/// A parcel's allocation history, newest first: each change with when, who, the reason and the
/// fields it changed (old → new), and Undo, which records a new change setting an old one back.
class HistoryView : public QWidget
{
    Q_OBJECT

public:
    explicit HistoryView(QWidget *parent = nullptr);

    void setSession(RegisterSession *session);
    /// Reads the history of \a cadastralNumber (empty: none).
    void showParcel(const QString &cadastralNumber);
    void refresh();

    QTreeWidget *tree() const { return mTree; }
    QLineEdit *reasonEdit() const { return mReason; }
    QPushButton *undoButton() const { return mUndo; }
    /// What the last read or undo said; empty when all went well.
    QString message() const;

    /// Undoes the selected change with the reason typed (the Undo button).
    void undoSelected();

private:
    void updateButtons();
    void showMessage(const QString &text);

    RegisterSession *mSession = nullptr;
    QString mParcel;
    QTreeWidget *mTree;
    QLineEdit *mReason;
    QPushButton *mUndo;
    QLabel *mMessage;
};

} // namespace sez
