// SPDX-License-Identifier: GPL-3.0-or-later
// The parcel cache: imported once, trusted only when whole and fresh, rebuilt with the reason.
#include "core/io/dataset.h"
#include "core/io/layerreader.h"
#include "core/cache/parcelcache.h"
#include "core/model/parcelstore.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>

using namespace sez;

namespace {

bool copyDataset(const QString &from, const QString &to)
{
    QDir().mkpath(to);
    for (const QString &name : QDir(from).entryList(QDir::Files))
        if (!QFile::copy(QDir(from).filePath(name), QDir(to).filePath(name)))
            return false;
    return true;
}

std::unique_ptr<ParcelCache> openCache(const QString &dataset, const QString &cachePath, QString *error,
                                       const std::atomic<bool> *cancel = nullptr)
{
    ParcelCache::Options options;
    options.cachePath = cachePath;
    options.cancel = cancel;
    return ParcelCache::open(dataset, options, error);
}

bool anyContains(const QStringList &list, const QString &needle)
{
    for (const QString &s : list)
        if (s.contains(needle))
            return true;
    return false;
}

} // namespace

class TestCache : public QObject
{
    Q_OBJECT

    QTemporaryDir mDir;
    QString mDataset;
    qint64 mParcels = 0;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(mDir.isValid());
        mDataset = mDir.filePath(QStringLiteral("alatau"));
        QVERIFY(copyDataset(QStringLiteral(SEZ_SAMPLE_DIR), mDataset));
        QString error;
        auto dataset = Dataset::open(mDataset, &error);
        QVERIFY2(dataset, qPrintable(error));
        for (const LayerData *layer : dataset->layersWithRole(QStringLiteral("parcels")))
            mParcels += qint64(layer->features.size());
        QVERIFY(mParcels > 15'000);
    }

    void importsOnceThenReadsNoSource()
    {
        const QString cachePath = mDir.filePath(QStringLiteral("first.gpkg"));
        QString error;
        auto first = openCache(mDataset, cachePath, &error);
        QVERIFY2(first, qPrintable(error));
        QVERIFY(first->rebuilt());
        QCOMPARE(first->rebuildReason(), QStringLiteral("no cache yet"));
        QCOMPARE(first->store()->size(), mParcels);
        QCOMPARE(first->cachePath(), cachePath);

        const qint64 readsBefore = layerReadCount();
        auto second = openCache(mDataset, cachePath, &error);
        QVERIFY2(second, qPrintable(error));
        QVERIFY(!second->rebuilt());
        QCOMPARE(layerReadCount(), readsBefore);
        // The snapshot read back is the store that was built.
        const auto &a = *first->store();
        const auto &b = *second->store();
        QCOMPARE(b.size(), a.size());
        for (qint64 row : {qint64(0), a.size() / 2, a.size() - 1}) {
            QCOMPARE(b.value(row, ParcelField::CadastralNumber), a.value(row, ParcelField::CadastralNumber));
            QCOMPARE(b.value(row, ParcelField::ProjectKk), a.value(row, ParcelField::ProjectKk));
            QCOMPARE(b.computedAreaHa(row), a.computedAreaHa(row));
            QCOMPARE(b.distanceTo(row, 0), a.distanceTo(row, 0));
            QCOMPARE(b.bounds(row), a.bounds(row));
            QCOMPARE(b.vertexCount(row), a.vertexCount(row));
        }
        QCOMPARE(b.zones().size(), a.zones().size());
        QCOMPARE(b.infrastructure().size(), std::size_t(30));
    }

    void touchingWithoutChangeDoesNotRebuild()
    {
        const QString cachePath = mDir.filePath(QStringLiteral("touch.gpkg"));
        QString error;
        QVERIFY(openCache(mDataset, cachePath, &error));
        QFile dbf(QDir(mDataset).filePath(QStringLiteral("parcels.dbf")));
        QVERIFY(dbf.open(QIODevice::ReadWrite));
        QVERIFY(dbf.setFileTime(QDateTime::currentDateTime().addSecs(60), QFileDevice::FileModificationTime));
        dbf.close();
        auto again = openCache(mDataset, cachePath, &error);
        QVERIFY2(again, qPrintable(error));
        QVERIFY2(!again->rebuilt(), qPrintable(again->rebuildReason()));
    }

    void changedContentRebuildsOnceWithTheReason()
    {
        const QString cachePath = mDir.filePath(QStringLiteral("change.gpkg"));
        QString error;
        QVERIFY(openCache(mDataset, cachePath, &error));
        // Change one digit of the first cadastral number, keeping the size.
        QFile dbf(QDir(mDataset).filePath(QStringLiteral("parcels.dbf")));
        QVERIFY(dbf.open(QIODevice::ReadWrite));
        QByteArray bytes = dbf.readAll();
        const qsizetype at = bytes.indexOf("03-");
        QVERIFY(at > 0);
        bytes[at + 1] = bytes[at + 1] == '3' ? '4' : '3';
        QVERIFY(dbf.seek(0));
        QCOMPARE(dbf.write(bytes), bytes.size());
        dbf.close();

        auto rebuilt = openCache(mDataset, cachePath, &error);
        QVERIFY2(rebuilt, qPrintable(error));
        QVERIFY(rebuilt->rebuilt());
        QVERIFY2(rebuilt->rebuildReason().contains(QStringLiteral("parcels.dbf")), qPrintable(rebuilt->rebuildReason()));
        auto fresh = openCache(mDataset, cachePath, &error);
        QVERIFY(fresh && !fresh->rebuilt());

        QFile::remove(QDir(mDataset).filePath(QStringLiteral("zones.cpg")));
        auto removed = openCache(mDataset, cachePath, &error);
        QVERIFY(removed && removed->rebuilt());
        QVERIFY(removed->rebuildReason().contains(QStringLiteral("zones.cpg was removed")));
        QFile::copy(QStringLiteral(SEZ_SAMPLE_DIR "/zones.cpg"), QDir(mDataset).filePath(QStringLiteral("zones.cpg")));
    }

    void damagedCachesAreRebuiltWithAWarning_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::newRow("garbage") << QStringLiteral("garbage");
        QTest::newRow("cut short") << QStringLiteral("truncate");
        QTest::newRow("foreign database") << QStringLiteral("foreign");
        QTest::newRow("not marked complete") << QStringLiteral("incomplete");
    }
    void damagedCachesAreRebuiltWithAWarning()
    {
        QFETCH(QString, damage);
        const QString cachePath = mDir.filePath(QStringLiteral("damaged-%1.gpkg").arg(damage));
        QString error;
        QVERIFY(openCache(mDataset, cachePath, &error));
        QFile file(cachePath);
        if (damage == QLatin1String("garbage")) {
            QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
            for (int i = 0; i < 1000; ++i)
                file.write("this is not a cache ");
            file.close();
        } else if (damage == QLatin1String("truncate")) {
            QVERIFY(file.resize(file.size() / 2));
        } else {
            const QString sql = damage == QLatin1String("foreign")
                                    ? QStringLiteral("PRAGMA application_id=0; DROP TABLE sez_meta;")
                                    : QStringLiteral("DELETE FROM sez_meta WHERE key = 'complete';");
            QCOMPARE(QProcess::execute(QStringLiteral("sqlite3"), {cachePath, sql}), 0);
        }
        auto reopened = openCache(mDataset, cachePath, &error);
        QVERIFY2(reopened, qPrintable(error));
        QVERIFY(reopened->rebuilt());
        QVERIFY2(anyContains(reopened->warnings(), QStringLiteral("could not be used")), qPrintable(reopened->warnings().join(QLatin1Char('\n'))));
        QCOMPARE(reopened->store()->size(), mParcels);
        auto healthy = openCache(mDataset, cachePath, &error);
        QVERIFY(healthy && !healthy->rebuilt());
    }

    void unwritableCacheStillWorks()
    {
        QString error;
        auto cache = openCache(mDataset, QStringLiteral("/proc/sezview/cannot/cache.gpkg"), &error);
        QVERIFY2(cache, qPrintable(error));
        QVERIFY(cache->cachePath().isEmpty());
        QVERIFY(anyContains(cache->warnings(), QStringLiteral("could not be written")));
        QCOMPARE(cache->store()->size(), mParcels);
        QVERIFY(!cache->search(QStringLiteral("03-047")).empty());
    }

    void cancelledImportLeavesNothing()
    {
        QTemporaryDir dir;
        const QString cachePath = dir.filePath(QStringLiteral("cancelled.gpkg"));
        std::atomic<bool> cancel{true};
        QString error;
        QVERIFY(!openCache(mDataset, cachePath, &error, &cancel));
        QVERIFY(error.contains(QStringLiteral("cancelled")));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList());
    }

    void fullTextSearch()
    {
        QString error;
        auto cache = openCache(mDataset, mDir.filePath(QStringLiteral("first.gpkg")), &error);
        QVERIFY2(cache, qPrintable(error));
        const ParcelStore &store = *cache->store();
        const QString number = store.value(store.size() / 3, ParcelField::CadastralNumber).toString();
        const QString digits = QString(number).remove(QLatin1Char('-'));
        const auto byNumber = cache->search(number);
        QCOMPARE(byNumber, std::vector<qint64>{store.size() / 3});
        QCOMPARE(cache->search(digits), byNumber);
        QCOMPARE(store.findCadastralNumber(digits), store.size() / 3);
        // A prefix finds every number that starts with it.
        const auto prefix = cache->search(number.left(9));
        QVERIFY(prefix.size() > 1);
        for (qint64 row : prefix)
            QVERIFY(store.value(row, ParcelField::CadastralNumber).toString().startsWith(number.left(9)));
        // Names, case-insensitive in Cyrillic; ё and е alike.
        qint64 milk = -1;
        for (qint64 row = 0; row < store.size() && milk < 0; ++row)
            if (store.value(row, ParcelField::Investor).toString().contains(QStringLiteral("Молочная")))
                milk = row;
        QVERIFY(milk >= 0);
        const auto hits = cache->search(QStringLiteral("МОЛОЧНАЯ дол"));
        QVERIFY(std::find(hits.begin(), hits.end(), milk) != hits.end());
        QVERIFY(!cache->complete(QStringLiteral("молоч")).isEmpty());
        const auto yo = cache->search(QStringLiteral("зелёная"));
        const auto ye = cache->search(QStringLiteral("зеленая"));
        QCOMPARE(yo, ye);
    }
};

QTEST_GUILESS_MAIN(TestCache)
#include "tst_cache.moc"
