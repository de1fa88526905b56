// SPDX-License-Identifier: GPL-3.0-or-later
// The allocation register in the viewer, on a SQLite file and on the throwaway PostgreSQL cluster:
// Edit allocation from the card, a conflict shown with both versions and the user's choice, a
// read-only role refused in the user's language, the History tab with undo, another desk's change
// reaching this window's store, the parcels changed since a date, and the changes report.
#include "../register/registerfixture.h"

#include "core/model/parcelstore.h"
#include "core/register/registeroverlay.h"
#include "ui/allocationconflictdialog.h"
#include "ui/allocationeditor.h"
#include "ui/historyview.h"
#include "ui/mainwindow.h"
#include "ui/parcelcard.h"
#include "ui/parcelselection.h"
#include "ui/registersession.h"

#include <QComboBox>
#include <QElapsedTimer>
#include <QFile>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>
#include <QTranslator>
#include <QTreeWidget>

#include <unistd.h>

using namespace sez;

class TestAllocationUi : public QObject
{
    Q_OBJECT

    RegisterFixture mFixture;
    QTemporaryDir mCacheDir;
    std::unique_ptr<MainWindow> mWindow;
    qint64 mRow = -1;
    QString mParcel;

    // The window on the fixture's register as \a role, with the sample open and the register read.
    bool openWindow(const QString &role)
    {
        mWindow = std::make_unique<MainWindow>();
        mWindow->setCacheDirectory(mCacheDir.path());
        QString error;
        if (!mWindow->openRegister(mFixture.location(role), &error)) {
            qWarning("%s", qPrintable(error));
            return false;
        }
        QSignalSpy opened(mWindow.get(), &MainWindow::datasetOpened);
        mWindow->openDataset(QStringLiteral(SEZ_SAMPLE_DIR));
        if (!opened.wait(300000) || !opened.constFirst().constFirst().toBool())
            return false;
        QElapsedTimer waited;
        waited.start();
        while (!mWindow->registerSession()->overlay() && waited.elapsed() < 10000)
            QTest::qWait(20);
        if (!mWindow->registerSession()->overlay())
            return false;
        if (mRow < 0) {
            const auto &store = *mWindow->store();
            for (qint64 r = 0; r < store.size() && mRow < 0; ++r)
                if (store.value(r, ParcelField::Status).toString() == QLatin1String("free"))
                    mRow = r;
            mParcel = store.value(mRow, ParcelField::CadastralNumber).toString();
        }
        mWindow->card()->showParcel(mRow);
        return true;
    }

    static AllocationEdit edit(const QString &parcel, qint64 version, const QString &status)
    {
        AllocationEdit e;
        e.cadastralNumber = parcel;
        e.expectedVersion = version;
        e.values = {{ParcelField::Status, status}};
        e.reason = QStringLiteral("Decision No. 7 of another desk");
        return e;
    }

    static void choose(QComboBox *box, const QString &code)
    {
        box->setCurrentIndex(box->findData(code));
    }

    QString statusShown() const { return mWindow->store()->value(mRow, ParcelField::Status).toString(); }

private Q_SLOTS:
    void initTestCase_data() { addRegisterBackends(); }

    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("sezview-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_allocationui"));
        QVERIFY(mCacheDir.isValid());
    }

    void init() { SEZ_REGISTER_INIT(mFixture); }

    void cleanup()
    {
        mWindow.reset();
        mFixture.tearDown();
    }

    void editFromTheCard()
    {
        QVERIFY(openWindow(QStringLiteral("officer")));
        ParcelCard *card = mWindow->card();
        QVERIFY2(card->editReason().isEmpty(), qPrintable(card->editReason()));
        AllocationEditor *editor = card->editAllocation();
        QVERIFY(editor);
        QCOMPARE(editor->baseVersion(), 0);
        choose(editor->statusBox(), QStringLiteral("allocated"));
        editor->investorBox()->setCurrentText(QStringLiteral("PepsiCo"));
        editor->submit();
        QVERIFY(editor->message().contains(QStringLiteral("decision")));   // a reason is needed
        editor->reasonEdit()->setText(QStringLiteral("Akimat decision No. 117 of 2025-03-14"));
        QSignalSpy recorded(editor, &AllocationEditor::recorded);
        editor->submit();
        QCOMPARE(recorded.size(), 1);
        // This window's store has it at once; the card says where it comes from.
        QTRY_COMPARE_WITH_TIMEOUT(statusShown(), QStringLiteral("allocated"), 2000);
        QCOMPARE(mWindow->store()->value(mRow, ParcelField::Investor).toString(), QStringLiteral("PepsiCo"));
        QCOMPARE(card->origin(FieldTable::label(FieldTable::spec(ParcelField::Status))), QStringLiteral("register, v. 1"));
        QCOMPARE(card->origin(FieldTable::label(FieldTable::spec(ParcelField::Gas))), QStringLiteral("source"));
        QCOMPARE(card->origin(FieldTable::label(FieldTable::spec(ParcelField::CadastralNumber))), QString());
    }

    void conflictShownAndChosen()
    {
        QVERIFY(openWindow(QStringLiteral("officer")));
        AllocationEditor *editor = mWindow->card()->editAllocation();
        QVERIFY(editor);
        // Another desk records a decision on the parcel while this one edits it.
        auto other = mFixture.open(QStringLiteral("officer2"));
        QVERIFY(other);
        QVERIFY(other->apply(edit(mParcel, 0, QStringLiteral("reserved"))).outcome == EditResult::Outcome::Applied);
        choose(editor->statusBox(), QStringLiteral("allocated"));
        editor->reasonEdit()->setText(QStringLiteral("Akimat decision No. 118"));
        editor->submit();
        AllocationConflictDialog *conflict = editor->conflictDialog();
        QVERIFY(conflict);
        QVERIFY(conflict->isVisible());
        QVERIFY2(conflict->explanation().contains(QStringLiteral("officer2")), qPrintable(conflict->explanation()));
        // Both versions side by side: what this desk entered and what the register has now.
        QTreeWidget *rows = conflict->comparison();
        QCOMPARE(rows->topLevelItemCount(), 1);
        QCOMPARE(rows->topLevelItem(0)->text(1), FieldTable::codeLabel(FieldTable::spec(ParcelField::Status), QStringLiteral("allocated")));
        QCOMPARE(rows->topLevelItem(0)->text(2), FieldTable::codeLabel(FieldTable::spec(ParcelField::Status), QStringLiteral("reserved")));
        // Nothing was overwritten; keeping the register's leaves it as the other desk made it.
        QPointer<AllocationEditor> guard(editor);
        conflict->keepTheirsButton()->click();
        QTRY_VERIFY(!guard || !guard->isVisible());
        QTRY_COMPARE_WITH_TIMEOUT(statusShown(), QStringLiteral("reserved"), 3000);

        // Again, and this time the user records theirs over the newer version, knowingly.
        mWindow->card()->showParcel(mRow);
        editor = mWindow->card()->editAllocation();
        QVERIFY(editor);
        QCOMPARE(editor->baseVersion(), 1);
        QVERIFY(other->apply(edit(mParcel, 1, QStringLiteral("free"))).outcome == EditResult::Outcome::Applied);
        choose(editor->statusBox(), QStringLiteral("allocated"));
        editor->reasonEdit()->setText(QStringLiteral("Akimat decision No. 119"));
        editor->submit();
        QVERIFY(editor->conflictDialog());
        QSignalSpy recorded(editor, &AllocationEditor::recorded);
        editor->conflictDialog()->recordMineButton()->click();
        QCOMPARE(recorded.size(), 1);
        QCOMPARE(recorded.constFirst().constFirst().value<EditResult>().change.version, 3);
        QTRY_COMPARE_WITH_TIMEOUT(statusShown(), QStringLiteral("allocated"), 3000);
    }

    void readOnlyRoleRefusedInTheUsersLanguage()
    {
        if (!mFixture.postgres()) {
            // A register file this desk may not write: made by an officer, then made read-only.
            auto officer = mFixture.open();
            QVERIFY(officer);
            QVERIFY(officer->apply(edit(QStringLiteral("03-361-001-001"), 0, QStringLiteral("reserved"))).outcome
                    == EditResult::Outcome::Applied);
            officer.reset();
            if (geteuid() == 0)
                QSKIP("root writes any file: the read-only file is tested by a user without privileges");
            QFile::setPermissions(mFixture.location().filePath(), QFileDevice::ReadOwner | QFileDevice::ReadGroup);
        }
        QTranslator russian;
        QVERIFY(russian.load(QStringLiteral(":/i18n/sezview_ru.qm")));
        QCoreApplication::installTranslator(&russian);
        const bool opened = openWindow(QStringLiteral("analyst"));
        QCoreApplication::removeTranslator(&russian);
        QVERIFY(opened);
        ParcelCard *card = mWindow->card();
        QVERIFY(!card->editAllocation());
        const QString reason = card->editReason();
        qInfo("read-only: %s", qPrintable(reason));
        // Said in Russian: the role may read allocations but not change them.
        QVERIFY2(reason.contains(mFixture.postgres() ? QStringLiteral("«analyst» — эта роль может читать")
                                                     : QStringLiteral("можно только читать")), qPrintable(reason));
        QVERIFY(!card->history()->undoButton()->isEnabled());
    }

    void historyAndUndoFromTheViewer()
    {
        QVERIFY(openWindow(QStringLiteral("officer")));
        const QString sourceStatus = statusShown();
        AllocationEditor *editor = mWindow->card()->editAllocation();
        QVERIFY(editor);
        choose(editor->statusBox(), QStringLiteral("reserved"));
        editor->reasonEdit()->setText(QStringLiteral("Akimat decision No. 120"));
        editor->submit();
        QTRY_COMPARE_WITH_TIMEOUT(statusShown(), QStringLiteral("reserved"), 2000);

        ParcelCard *card = mWindow->card();
        card->tabs()->setCurrentWidget(card->history());
        HistoryView *history = card->history();
        QTRY_COMPARE(history->tree()->topLevelItemCount(), 1);
        QVERIFY(history->tree()->topLevelItem(0)->text(4).contains(QStringLiteral("No. 120")));
        history->tree()->setCurrentItem(history->tree()->topLevelItem(0));
        QVERIFY(!history->undoButton()->isEnabled());   // the reason comes first
        history->reasonEdit()->setText(QStringLiteral("Decision No. 120 revoked"));
        QVERIFY(history->undoButton()->isEnabled());
        history->undoButton()->click();
        QVERIFY2(history->message().isEmpty(), qPrintable(history->message()));
        QTRY_COMPARE(history->tree()->topLevelItemCount(), 2);
        QVERIFY(history->tree()->topLevelItem(0)->text(4).contains(QStringLiteral("revoked")));
        QTRY_COMPARE_WITH_TIMEOUT(statusShown(), sourceStatus, 2000);

        // The history survives: a new window on the register reads it back.
        mWindow.reset();
        QVERIFY(openWindow(QStringLiteral("officer")));
        mWindow->card()->tabs()->setCurrentWidget(mWindow->card()->history());
        QTRY_COMPARE(mWindow->card()->history()->tree()->topLevelItemCount(), 2);
    }

    void otherDeskReachesThisWindow()
    {
        QVERIFY(openWindow(QStringLiteral("analyst")));
        auto officer = mFixture.open(QStringLiteral("officer"));
        QVERIFY(officer);
        QElapsedTimer timer;
        timer.start();
        QVERIFY(officer->apply(edit(mParcel, 0, QStringLiteral("under_construction"))).outcome == EditResult::Outcome::Applied);
        // The window's store (map, table, card all read it), not only a signal; on PostgreSQL within
        // the second the issue asks, on SQLite within its polling (RegisterWatcher).
        const qint64 limit = mFixture.postgres() ? 1000 : 3000;
        while (statusShown() != QStringLiteral("under_construction") && timer.elapsed() < limit)
            QTest::qWait(10);
        QCOMPARE(statusShown(), QStringLiteral("under_construction"));
        qInfo("the other desk's window had the change after %lld ms", timer.elapsed());
        QCOMPARE(mWindow->card()->text().contains(FieldTable::codeLabel(FieldTable::spec(ParcelField::Status),
                                                                         QStringLiteral("under_construction"))), true);

        // On the map: the parcels changed since yesterday are selected and highlighted.
        QString error;
        QCOMPARE(mWindow->showChangesSince(QDate::currentDate().addDays(-1).startOfDay(), &error), 1);
        QCOMPARE(mWindow->selection()->rows(), std::vector<qint64>{mRow});
        QCOMPARE(mWindow->showChangesSince(QDate::currentDate().addDays(1).startOfDay(), &error), 0);

        // The changes report of these days names the parcel.
        const QString pdf = mCacheDir.filePath(QStringLiteral("changes.pdf"));
        QVERIFY2(mWindow->exportChangesReport(QDate::currentDate().addDays(-1), QDate::currentDate(), pdf, &error), qPrintable(error));
        QProcess text;
        text.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
        if (!text.waitForFinished(30000) || text.exitCode() != 0)
            QSKIP("pdftotext is not available");
        const QString words = QString::fromUtf8(text.readAllStandardOutput());
        QVERIFY2(words.contains(mParcel), qPrintable(words));
        QVERIFY(words.contains(QStringLiteral("Allocation changes from")));
    }

    // Not a check: with SEZ_SCREENSHOT_DIR set, the card, Edit allocation, the conflict dialog and the
    // History tab in Russian and Kazakh are saved there as PNG, for a person to look at.
    void screenshotsForReview()
    {
        const QString dir = qEnvironmentVariable("SEZ_SCREENSHOT_DIR");
        if (dir.isEmpty() || mFixture.postgres())
            QSKIP("set SEZ_SCREENSHOT_DIR to save the register's dialogs as pictures");
        for (const QString &language : {QStringLiteral("ru"), QStringLiteral("kk")}) {
            QTranslator translator;
            QVERIFY(translator.load(QStringLiteral(":/i18n/sezview_%1.qm").arg(language)));
            QCoreApplication::installTranslator(&translator);
            QLocale::setDefault(QLocale(language == QLatin1String("kk") ? QLocale::Kazakh : QLocale::Russian, QLocale::Kazakhstan));
            mFixture.tearDown();
            QString error;
            QVERIFY(mFixture.setUp(QStringLiteral("sqlite"), &error));
            QVERIFY(openWindow(QStringLiteral("officer")));
            mWindow->resize(1400, 900);
            mWindow->show();
            AllocationEditor *editor = mWindow->card()->editAllocation();
            QVERIFY(editor);
            choose(editor->statusBox(), QStringLiteral("reserved"));
            editor->investorBox()->setCurrentText(QStringLiteral("PepsiCo"));
            editor->reasonEdit()->setText(QStringLiteral("№ 117, 14.03.2025"));
            QTest::qWait(200);
            editor->grab().save(QStringLiteral("%1/editor-%2.png").arg(dir, language));
            auto other = mFixture.open(QStringLiteral("officer2"), QStringLiteral("А. Нурланова"));
            QVERIFY(other->apply(edit(mParcel, 0, QStringLiteral("allocated"))).outcome == EditResult::Outcome::Applied);
            editor->submit();
            QVERIFY(editor->conflictDialog());
            QTest::qWait(200);
            editor->conflictDialog()->grab().save(QStringLiteral("%1/conflict-%2.png").arg(dir, language));
            editor->conflictDialog()->recordMineButton()->click();
            ParcelCard *card = mWindow->card();
            QTRY_COMPARE_WITH_TIMEOUT(statusShown(), QStringLiteral("reserved"), 3000);
            card->resize(460, 760);
            card->grab().save(QStringLiteral("%1/card-%2.png").arg(dir, language));
            card->tabs()->setCurrentWidget(card->history());
            QTest::qWait(200);
            card->grab().save(QStringLiteral("%1/history-%2.png").arg(dir, language));
            mWindow->grab().save(QStringLiteral("%1/window-%2.png").arg(dir, language));
            mWindow.reset();
            QCoreApplication::removeTranslator(&translator);
        }
        QLocale::setDefault(QLocale::c());
    }
};

QTEST_MAIN(TestAllocationUi)
#include "tst_allocationui.moc"
