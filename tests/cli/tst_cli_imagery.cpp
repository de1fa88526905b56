// SPDX-License-Identifier: GPL-3.0-or-later
// sezview-cli with imagery: render and report with --imagery FILE|URL and the manifest's imagery
// layers; a file that cannot be used exits 1 naming it, one beside the map warns; tiles from a
// server on the loopback address are waited for, credited and cached in the user's cache folder.
#include "core/geo/crs.h"
#include "core/model/parcelstore.h"
#include "tests/clirun.h"
#include "tests/core/rasterfixture.h"
#include "tests/core/samplecache.h"
#include "tests/core/tileserver.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

using Run = sez::test::CliRun;

class TestCliImagery : public QObject
{
    Q_OBJECT

    sez::test::SampleCache mSample;
    QRectF mExtent;   // the sample's, in its map CRS

    // The CLI with its own cache folder: nothing of the user's is read or written.
    Run runCli(const QStringList &args) const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_CACHE_HOME"), mSample.filePath(QStringLiteral("xdg-cache")));
        return sez::test::runCli(args, env);
    }

    QString cover(const QString &name, QRgb colour, const QRectF &extent) const
    {
        sez::test::RasterSpec spec;
        spec.path = mSample.filePath(name);
        spec.width = 100;
        spec.height = 100;
        spec.epsg = sez::kDefaultMapEpsg;
        const double transform[6] = {extent.left(), extent.width() / 100, 0, extent.bottom(), 0, -extent.height() / 100};
        std::copy(std::begin(transform), std::end(transform), spec.geoTransform);
        return sez::test::writeRaster(spec, [colour](int, int) { return colour; }) ? spec.path : QString();
    }

    QStringList renderArgs(const QString &output) const
    {
        return {QStringLiteral("render"), QStringLiteral("--cache"), mSample.path(),
                QStringLiteral("--size"), QStringLiteral("600x400"), QStringLiteral("-o"), output};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(mSample.open(&error), qPrintable(error));
        mExtent = mSample.store()->extent();
        // The command-line program opens it on its own.
        mSample.close();
    }

    void renderWithAFile()
    {
        const QString file = cover(QStringLiteral("cover.tif"), qRgb(255, 0, 255), mExtent.adjusted(-20000, -20000, 20000, 20000));
        const QString out = mSample.filePath(QStringLiteral("with.png"));
        const Run run = runCli(renderArgs(out) << QStringLiteral("--imagery") << file);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QImage image(out);
        QCOMPARE(image.pixel(3, 3) & 0xffffff, 0xff00ffu);   // beside the SEZ: the file alone
        const Run without = runCli(renderArgs(mSample.filePath(QStringLiteral("without.png"))));
        QCOMPARE(without.exitCode, 0);
        QVERIFY(QImage(mSample.filePath(QStringLiteral("without.png"))).pixel(3, 3) != image.pixel(3, 3));
    }

    void unusableImageryExitsOne()
    {
        QFile garbage(mSample.filePath(QStringLiteral("broken.tif")));
        QVERIFY(garbage.open(QIODevice::WriteOnly));
        garbage.write(QByteArray(3000, 'x'));
        garbage.close();
        const QString out = mSample.filePath(QStringLiteral("broken.png"));
        const Run run = runCli(renderArgs(out) << QStringLiteral("--imagery") << garbage.fileName());
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(run.err.count('\n'), 1);
        QVERIFY2(run.err.contains("broken.tif"), run.err.constData());
        QVERIFY(!QFile::exists(out));

        const Run badAddress = runCli(renderArgs(out) << QStringLiteral("--imagery") << QStringLiteral("https://tiles.example.kz/map.png"));
        QCOMPARE(badAddress.exitCode, 1);
        QVERIFY2(badAddress.err.contains("{z}"), badAddress.err.constData());
    }

    void imageryBesideTheMapWarns()
    {
        const QString far = cover(QStringLiteral("far.tif"), qRgb(1, 2, 3), QRectF(200000, 4000000, 1000, 1000));
        const Run run = runCli(renderArgs(mSample.filePath(QStringLiteral("far.png"))) << QStringLiteral("--imagery") << far);
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.err.contains("warning: ") && run.err.contains("does not overlap"), run.err.constData());
    }

    // A manifest's layer with the role "imagery" is drawn, never read as features nor cached.
    void manifestImagery()
    {
        QFile original(QStringLiteral(SEZ_SAMPLE_DIR "/dataset.json"));
        QVERIFY(original.open(QIODevice::ReadOnly));
        QJsonObject manifest = QJsonDocument::fromJson(original.readAll()).object();
        QJsonArray layers = manifest.value(QStringLiteral("layers")).toArray();
        for (qsizetype i = 0; i < layers.size(); ++i) {
            QJsonObject layer = layers.at(i).toObject();
            layer[QStringLiteral("path")] = QDir(QStringLiteral(SEZ_SAMPLE_DIR)).absoluteFilePath(layer.value(QStringLiteral("path")).toString());
            layers[i] = layer;
        }
        cover(QStringLiteral("ortho.tif"), qRgb(0, 255, 0), mExtent.adjusted(-20000, -20000, 20000, 20000));
        layers.append(QJsonObject{{QStringLiteral("name"), QStringLiteral("ortho")}, {QStringLiteral("role"), QStringLiteral("imagery")},
                                  {QStringLiteral("path"), QStringLiteral("ortho.tif")}});
        manifest[QStringLiteral("layers")] = layers;
        QFile copy(mSample.filePath(QStringLiteral("dataset.json")));
        QVERIFY(copy.open(QIODevice::WriteOnly));
        copy.write(QJsonDocument(manifest).toJson());
        copy.close();
        const QString out = mSample.filePath(QStringLiteral("manifest.png"));
        const Run run = runCli({QStringLiteral("render"), QStringLiteral("--dataset"), copy.fileName(), QStringLiteral("--cache"),
                                mSample.filePath(QStringLiteral("copy.gpkg")), QStringLiteral("--size"), QStringLiteral("600x400"),
                                QStringLiteral("-o"), out});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(QImage(out).pixel(3, 3) & 0xffffff, 0x00ff00u);
        const Run info = runCli({QStringLiteral("info"), copy.fileName(), QStringLiteral("--json")});
        QCOMPARE(info.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(info.out).object().value(QStringLiteral("layers")).toArray().size(), layers.size() - 1);
    }

    // The extract's plan at 300 dpi with the imagery under it.
    void extractAtPrintResolution()
    {
        const QString file = cover(QStringLiteral("plan.tif"), qRgb(90, 140, 60), mExtent.adjusted(-20000, -20000, 20000, 20000));
        const QString out = mSample.filePath(QStringLiteral("extract.pdf"));
        const Run run = runCli({QStringLiteral("report"), QStringLiteral("--kind"), QStringLiteral("extract"), QStringLiteral("--parcel"),
                                QStringLiteral("03-363-003-490"), QStringLiteral("--cache"), mSample.path(),
                                QStringLiteral("--imagery"), file, QStringLiteral("-o"), out});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QString pdfimages = QStandardPaths::findExecutable(QStringLiteral("pdfimages"));
        if (pdfimages.isEmpty())
            QSKIP("pdfimages (poppler-utils) is not installed");
        QProcess list;
        list.start(pdfimages, {QStringLiteral("-list"), out});
        QVERIFY(list.waitForFinished());
        const QList<QByteArray> lines = list.readAllStandardOutput().split('\n');
        QVERIFY2(lines.size() >= 3, lines.join('\n').constData());
        const QList<QByteArray> columns = lines.at(2).simplified().split(' ');   // page num type width height ... x-ppi y-ppi
        QVERIFY2(columns.size() > 13 && columns.at(12) == "300", lines.at(2).constData());
    }

    // A tile address: a printed map waits for its tiles, credits them, and caches them.
    void renderWithATileServer()
    {
        sez::test::TileServer server;
        const QString out = mSample.filePath(QStringLiteral("tiles.png"));
        const Run run = runCli(renderArgs(out) << QStringLiteral("--imagery") << server.urlTemplate() << QStringLiteral("--attribution")
                                               << QStringLiteral("© Test tiles"));
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY(server.answered() > 0);
        const QImage image(out);
        bool isTile = false;
        for (int z = 0; z <= 19 && !isTile; ++z)
            isTile = qBlue(image.pixel(3, 3)) == qBlue(sez::test::tileColour(z, 0, 0));
        QVERIFY2(isTile, qPrintable(QString::number(image.pixel(3, 3), 16)));
        QVERIFY(qGray(image.pixel(image.width() - 3, image.height() - 3)) > 200);   // the credit's backdrop
        QDirIterator cached(mSample.filePath(QStringLiteral("xdg-cache")), {QStringLiteral("*.mbtiles")}, QDir::Files,
                            QDirIterator::Subdirectories);
        QVERIFY(cached.hasNext());
        QVERIFY(!run.err.contains("warning"));

        // Elsewhere, with the server gone: what is not cached is drawn empty, and the output says so.
        const QString urlTemplate = server.urlTemplate();
        server.stop();
        const Run offline = runCli(QStringList{QStringLiteral("render"), QStringLiteral("--cache"), mSample.path(),
                                               QStringLiteral("--bbox"), QStringLiteral("77.0,43.7,77.01,43.71"), QStringLiteral("-o"),
                                               mSample.filePath(QStringLiteral("offline.png")), QStringLiteral("--imagery"), urlTemplate});
        QCOMPARE(offline.exitCode, 0);
        QVERIFY2(offline.err.contains("could not be fetched and are drawn empty"), offline.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestCliImagery)
#include "tst_cli_imagery.moc"
