// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

#include <memory>

namespace sez {

class MainWindow;

/// The viewer's window and the language it speaks. A switch of language builds a new window (so
/// every label is read again) that takes over the old one's dataset, view, selection, filters,
/// card and layers, and says in the status bar what it kept; it does not change the language
/// later starts use unless the user asks for that (View ▸ Language).
class ViewerSession : public QObject
{
    Q_OBJECT

public:
    /// Applies \a language and builds the window; caches go to \a cacheDirectory when not empty.
    explicit ViewerSession(const QString &language, const QString &cacheDirectory = {}, QObject *parent = nullptr);
    ~ViewerSession() override;

    MainWindow *window() const { return mWindow.get(); }
    /// Switches to \a language: a new window in the old one's place and state.
    void switchLanguage(const QString &language);

Q_SIGNALS:
    /// A new window replaced the old one (a switch of language).
    void windowReplaced(sez::MainWindow *window);

private:
    std::unique_ptr<MainWindow> build();

    QString mCacheDirectory;
    std::unique_ptr<MainWindow> mWindow;
};

} // namespace sez
