// SPDX-License-Identifier: GPL-3.0-or-later
// sezview-cli register as an officer's script uses it, on a SQLite file and on PostgreSQL: the values
// checked against the dataset, exit codes, JSON and CSV that parse, conflicts and refusals on one line.
#include "registerfixture.h"

#include "../clirun.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QFile>
#include <QProcess>
#include <QTest>

namespace {

using Run = sez::test::CliRun;

// A parcel of the bundled sample, free and without an investor.
const QString kParcel = QStringLiteral("03-361-001-001");

} // namespace

class TestRegisterCli : public QObject
{
    Q_OBJECT

    RegisterFixture mFixture;
    QTemporaryDir mCacheDir;

    Run cli(QStringList args, const QString &role = QStringLiteral("officer"))
    {
        if (args.value(0) == QLatin1String("register") && args.value(1) != QLatin1String("init"))
            args << QStringLiteral("--register") << mFixture.location(role).text();
        if (args.value(1) == QLatin1String("set"))
            args << QStringLiteral("--cache") << mCacheDir.filePath(QStringLiteral("sample.gpkg"));
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("SEZ_REGISTER_AUTHOR"), QStringLiteral("A. Nurlanova"));
        return sez::test::runCli(args, env);
    }

private Q_SLOTS:
    void initTestCase_data() { addRegisterBackends(); }

    void init()
    {
        SEZ_REGISTER_INIT(mFixture);
    }

    void cleanup() { mFixture.tearDown(); }

    void setShowHistoryUndo()
    {
        // The status as the user reads it and the number without hyphens are both understood.
        Run r = cli({QStringLiteral("register"), QStringLiteral("set"), QStringLiteral("03361001001"), QStringLiteral("--status"),
                     QStringLiteral("Reserved"), QStringLiteral("--reason"), QStringLiteral("Akimat decision No. 117 of 2025-03-14"),
                     QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QJsonObject o = r.json();
        QCOMPARE(o.value(QStringLiteral("outcome")).toString(), QStringLiteral("applied"));
        QCOMPARE(o.value(QStringLiteral("change")).toObject().value(QStringLiteral("cadastral_number")).toString(), kParcel);
        QCOMPARE(o.value(QStringLiteral("allocation")).toObject().value(QStringLiteral("values")).toObject()
                     .value(QStringLiteral("status")).toString(), QStringLiteral("reserved"));
        const QString author = mFixture.postgres() ? QStringLiteral("officer") : QStringLiteral("A. Nurlanova");
        QCOMPARE(o.value(QStringLiteral("change")).toObject().value(QStringLiteral("author")).toString(), author);

        r = cli({QStringLiteral("register"), QStringLiteral("set"), kParcel, QStringLiteral("--status"), QStringLiteral("allocated"),
                 QStringLiteral("--investor"), QStringLiteral("pepsico"), QStringLiteral("--jobs"), QStringLiteral("120"),
                 QStringLiteral("--investment"), QStringLiteral("4500000000"), QStringLiteral("--lease-start"), QStringLiteral("2025-04-01"),
                 QStringLiteral("--lease-end"), QStringLiteral("2074-03-31"), QStringLiteral("--reason"), QStringLiteral("Decision No. 130"),
                 QStringLiteral("--expect-version"), QStringLiteral("1"), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const qint64 second = r.json().value(QStringLiteral("change")).toObject().value(QStringLiteral("id")).toInteger();
        QCOMPARE(r.json().value(QStringLiteral("allocation")).toObject().value(QStringLiteral("values")).toObject()
                     .value(QStringLiteral("investor")).toString(), QStringLiteral("PepsiCo"));   // the dataset's spelling

        r = cli({QStringLiteral("register"), QStringLiteral("show"), kParcel, QStringLiteral("--json")}, QStringLiteral("analyst"));
        QVERIFY2(r.exitCode == 0, r.err.constData());
        o = r.json();
        QCOMPARE(o.value(QStringLiteral("version")).toInteger(), 2);
        QCOMPARE(o.value(QStringLiteral("values")).toObject().value(QStringLiteral("jobs")).toInteger(), 120);
        QCOMPARE(o.value(QStringLiteral("values")).toObject().value(QStringLiteral("investment_kzt")).toDouble(), 4.5e9);

        r = cli({QStringLiteral("register"), QStringLiteral("undo"), QString::number(second), QStringLiteral("--reason"),
                 QStringLiteral("Decision No. 130 revoked")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(r.out.contains("undoes #" + QByteArray::number(second)));

        r = cli({QStringLiteral("register"), QStringLiteral("history"), kParcel, QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonArray changes = r.json().value(QStringLiteral("changes")).toArray();
        QCOMPARE(changes.size(), 3);
        QCOMPARE(changes[2].toObject().value(QStringLiteral("undoes")).toInteger(), second);
        QCOMPARE(changes[0].toObject().value(QStringLiteral("reason")).toString(), QStringLiteral("Akimat decision No. 117 of 2025-03-14"));

        r = cli({QStringLiteral("register"), QStringLiteral("history")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.out.count("\n#"), 2);   // three changes, one a line, their fields below

        // Every changed field a CSV row, RFC 4180 quoting.
        r = cli({QStringLiteral("register"), QStringLiteral("changes"), QStringLiteral("--since"),
                 QDate::currentDate().addDays(-1).toString(Qt::ISODate), QStringLiteral("--format"), QStringLiteral("csv")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QList<QByteArray> lines = r.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 1 + 1 + 6 + 6);   // header, the first change, the second and its undo
        QVERIFY(lines[0].startsWith("change_id,changed_at,cadastral_number,version,field,old_value,new_value,reason"));
        QVERIFY(lines[1].contains(",status,,reserved,Akimat decision No. 117 of 2025-03-14,"));
        r = cli({QStringLiteral("register"), QStringLiteral("changes"), QStringLiteral("--since"), QStringLiteral("2020-01-01"),
                 QStringLiteral("--until"), QStringLiteral("2020-12-31"), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(r.json().value(QStringLiteral("changes")).toArray().isEmpty());
    }

    void badInputAndUsage()
    {
        auto set = [&](const QStringList &more, const QString &role = QStringLiteral("officer")) {
            return cli(QStringList{QStringLiteral("register"), QStringLiteral("set"), kParcel} + more, role);
        };
        const QString reason = QStringLiteral("--reason");
        // Values the dataset does not know: exit 1, one line that names the parcel and suggests.
        Run r = set({QStringLiteral("--status"), QStringLiteral("alocated"), reason, QStringLiteral("x")});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.err.count('\n'), 1);
        QVERIFY(r.err.contains("did you mean 'allocated'"));
        r = set({QStringLiteral("--investor"), QStringLiteral("Pepsi Co"), reason, QStringLiteral("x")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains("--new-investor"));
        r = set({QStringLiteral("--investor"), QStringLiteral("ТОО «Жаңа Инвест»"), QStringLiteral("--new-investor"), reason, QStringLiteral("x")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        r = cli({QStringLiteral("register"), QStringLiteral("set"), QStringLiteral("99-999-999-999"), QStringLiteral("--status"),
                 QStringLiteral("free"), reason, QStringLiteral("x")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains("99-999-999-999"));
        // The parcel moved on since the version the script saw: exit 1 and both versions in the JSON.
        r = set({QStringLiteral("--status"), QStringLiteral("free"), reason, QStringLiteral("x"), QStringLiteral("--expect-version"),
                 QStringLiteral("0"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.json().value(QStringLiteral("outcome")).toString(), QStringLiteral("conflict"));
        QCOMPARE(r.json().value(QStringLiteral("allocation")).toObject().value(QStringLiteral("version")).toInteger(), 1);
        QCOMPARE(r.err.count('\n'), 1);
        // Usage: exit 2.
        QCOMPARE(set({QStringLiteral("--status"), QStringLiteral("free")}).exitCode, 2);                       // no reason
        QCOMPARE(set({reason, QStringLiteral("x")}).exitCode, 2);                                              // no value
        QCOMPARE(set({QStringLiteral("--jobs"), QStringLiteral("many"), reason, QStringLiteral("x")}).exitCode, 2);
        QCOMPARE(set({QStringLiteral("--lease-end"), QStringLiteral("31.03.2074"), reason, QStringLiteral("x")}).exitCode, 2);
        QCOMPARE(cli({QStringLiteral("register"), QStringLiteral("frobnicate")}).exitCode, 2);
        QCOMPARE(cli({QStringLiteral("register"), QStringLiteral("changes")}).exitCode, 2);
        QCOMPARE(cli({QStringLiteral("register"), QStringLiteral("undo"), QStringLiteral("x"), reason, QStringLiteral("y")}).exitCode, 2);
        // A register address that is not one.
        r = cli({QStringLiteral("register"), QStringLiteral("init"), QStringLiteral("--register"), QStringLiteral("postgresql://a:secret@b/c")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(!r.err.contains("secret"));

        if (mFixture.postgres()) {
            // An analyst reads but may not write: exit 1, one line that says why.
            r = set({QStringLiteral("--status"), QStringLiteral("reserved"), reason, QStringLiteral("x")}, QStringLiteral("analyst"));
            QCOMPARE(r.exitCode, 1);
            QCOMPARE(r.err.count('\n'), 1);
            QVERIFY(r.err.contains("'analyst'"));
            QCOMPARE(cli({QStringLiteral("register"), QStringLiteral("history")}, QStringLiteral("analyst")).exitCode, 0);
        }
    }

    void initCreatesASharedRegister()
    {
        if (!mFixture.postgres())
            QSKIP("SQLite registers are created on first use");
        // The fixture's database already has one; init again only re-applies the grants.
        const Run r = cli({QStringLiteral("register"), QStringLiteral("init"), QStringLiteral("--register"),
                           mFixture.location(QStringLiteral("sez_admin")).text()});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(r.out.contains("sezview_officer"));
        // An officer may not create one.
        const Run officer = cli({QStringLiteral("register"), QStringLiteral("init"), QStringLiteral("--register"),
                                 mFixture.location(QStringLiteral("officer")).text()});
        QCOMPARE(officer.exitCode, 1);
        QVERIFY(officer.err.contains("owner"));
    }

    void datasetCommandsReadTheRegistersValues()
    {
        Run r = cli({QStringLiteral("register"), QStringLiteral("set"), kParcel, QStringLiteral("--status"), QStringLiteral("allocated"),
                     QStringLiteral("--jobs"), QStringLiteral("75"), QStringLiteral("--reason"), QStringLiteral("Decision No. 140")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QString cache = mCacheDir.filePath(QStringLiteral("sample.gpkg"));
        const QStringList query = {QStringLiteral("query"), QStringLiteral("--cache"), cache, QStringLiteral("--where"),
                                   QStringLiteral("cadastral_number = '%1' and status = 'allocated' and jobs = 75").arg(kParcel),
                                   QStringLiteral("--fields"), QStringLiteral("cadastral_number,status,jobs")};
        // The register's values win over the source's in a query and its export...
        r = cli(query + QStringList{QStringLiteral("--register"), mFixture.location(QStringLiteral("analyst")).text()});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.out.trimmed().split('\n').size(), 2);
        QVERIFY(r.out.contains(kParcel.toUtf8() + ",allocated,75"));
        // ...and the sources alone are still there to read.
        r = cli(query + QStringList{QStringLiteral("--no-register")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.out.trimmed().split('\n').size(), 1);
        // Statistics count it.
        r = cli({QStringLiteral("stats"), QStringLiteral("--cache"), cache, QStringLiteral("--json"), QStringLiteral("--where"),
                 QStringLiteral("cadastral_number = '%1'").arg(kParcel), QStringLiteral("--register"), mFixture.location().text()});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.json().value(QStringLiteral("jobs")).toInteger(), 75);

        // The changes of these days as a PDF report, in Kazakh.
        const QString pdf = mCacheDir.filePath(QStringLiteral("changes.pdf"));
        r = cli({QStringLiteral("report"), QStringLiteral("--kind"), QStringLiteral("changes"), QStringLiteral("--since"),
                 QDate::currentDate().addDays(-1).toString(Qt::ISODate), QStringLiteral("--cache"), cache, QStringLiteral("--lang"),
                 QStringLiteral("kk"), QStringLiteral("--register"), mFixture.location().text(), QStringLiteral("-o"), pdf});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.err.contains("1 changes"), r.err.constData());
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.read(5) == "%PDF-");
        // A period that ends before it starts is a usage error.
        r = cli({QStringLiteral("report"), QStringLiteral("--kind"), QStringLiteral("changes"), QStringLiteral("--since"),
                 QStringLiteral("2025-05-02"), QStringLiteral("--until"), QStringLiteral("2025-05-01"), QStringLiteral("-o"), pdf});
        QCOMPARE(r.exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestRegisterCli)
#include "tst_register_cli.moc"
