// SPDX-License-Identifier: GPL-3.0-or-later
#include "helpdialog.h"

#include "core/query/queryguide.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace sez {

HelpDialog::HelpDialog(const QString &title, const QString &html, QWidget *parent)
    : QDialog(parent)
    , mBrowser(new QTextBrowser(this))
    , mHtml(html)
{
    setWindowTitle(title);
    setAttribute(Qt::WA_DeleteOnClose);
    mBrowser->setOpenExternalLinks(false);
    mBrowser->setHtml(html);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(mBrowser, 1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    resize(820, 640);
}

HelpDialog *HelpDialog::queryGuide(const ParcelStore *store, QWidget *parent)
{
    return new HelpDialog(tr("Query language guide"), QueryGuide::html(store), parent);
}

HelpDialog *HelpDialog::shortcuts(QWidget *window, QWidget *parent)
{
    QList<std::pair<QString, QString>> rows;
    for (const QAction *action : window->findChildren<QAction *>()) {
        if (action->shortcut().isEmpty())
            continue;
        QString text = action->text();
        text.remove(QLatin1Char('&'));
        rows.append({action->shortcut().toString(QKeySequence::NativeText), text});
    }
    std::sort(rows.begin(), rows.end(), [](const auto &a, const auto &b) { return a.second.localeAwareCompare(b.second) < 0; });
    // The map's keys and gestures are not actions: they belong to the canvas.
    const QList<std::pair<QString, QString>> map = {
        {tr("Arrow keys"), tr("Pan the map")},
        {tr("+ / −"), tr("Zoom in or out")},
        {tr("Home"), tr("Zoom to the whole SEZ")},
        {tr("Esc"), tr("Clear a measurement or a sketch")},
        {tr("Mouse wheel"), tr("Zoom at the cursor")},
        {tr("Shift+drag"), tr("Zoom to a box")},
        {tr("Ctrl+drag"), tr("Select the parcels in a box")},
        {tr("Shift+click, Ctrl+click"), tr("Add a parcel to the selection, or take it out")},
        {tr("Ctrl+Space"), tr("In a query box: the fields and values that fit")},
    };
    QString html = QStringLiteral("<h2>%1</h2><table border=\"0\" cellspacing=\"2\" cellpadding=\"3\">").arg(tr("Menus").toHtmlEscaped());
    const auto add = [&html](const QList<std::pair<QString, QString>> &list) {
        for (const auto &[keys, what] : list)
            html += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>").arg(keys.toHtmlEscaped(), what.toHtmlEscaped());
        html += QStringLiteral("</table>");
    };
    add(rows);
    html += QStringLiteral("<h2>%1</h2><table border=\"0\" cellspacing=\"2\" cellpadding=\"3\">").arg(tr("Map and query boxes").toHtmlEscaped());
    add(map);
    return new HelpDialog(tr("Keyboard shortcuts"), html, parent);
}

} // namespace sez
