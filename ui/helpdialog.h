// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QTextBrowser;

namespace sez {

class ParcelStore;

/// A page of help in the user's language, generated from what it describes so it cannot drift:
/// the query language's guide from the field table (and the open dataset), the keyboard shortcuts
/// from the window's own actions.
class HelpDialog : public QDialog
{
    Q_OBJECT

public:
    /// The query language: conditions, every field with its values and an example, questions.
    static HelpDialog *queryGuide(const ParcelStore *store, QWidget *parent);
    /// Every shortcut of \a window's actions, then the map's own keys and mouse gestures.
    static HelpDialog *shortcuts(QWidget *window, QWidget *parent);

    QString html() const { return mHtml; }
    QTextBrowser *browser() const { return mBrowser; }

private:
    HelpDialog(const QString &title, const QString &html, QWidget *parent);

    QTextBrowser *mBrowser;
    QString mHtml;
};

} // namespace sez
