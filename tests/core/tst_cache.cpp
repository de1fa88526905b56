// SPDX-License-Identifier: GPL-3.0-or-later
// The parcel cache: imported once, trusted only when whole and fresh, rebuilt with the reason.
#include "core/io/dataset.h"
#include "core/io/layerreader.h"
#include "core/cache/parcelcache.h"
#include "core/cache/parceltextindex_p.h"
#include "core/cache/storedtext_p.h"
#include "core/model/parcelstore.h"

#include "core/base/feedback.h"
#include "core/query/query.h"
#include "core/query/textsearch.h"

#include <QDir>
#include <QFileInfo>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSemaphore>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

#include <sqlite3.h>

#include <algorithm>
#include <set>

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
                                       Feedback *feedback = nullptr)
{
    ParcelCache::Options options;
    options.cachePath = cachePath;
    options.feedback = feedback;
    return ParcelCache::open(dataset, options, error);
}

// The cache read as a plain SQLite database, as another GeoPackage reader would.
struct SqliteFile
{
    sqlite3 *db = nullptr;
    explicit SqliteFile(const QString &path) { sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READONLY, nullptr); }
    ~SqliteFile() { sqlite3_close(db); }
    QList<QVariantList> rows(const QByteArray &sql) const
    {
        QList<QVariantList> out;
        sqlite3_stmt *stmt = nullptr;
        if (sqlite3_prepare_v2(db, sql.constData(), -1, &stmt, nullptr) != SQLITE_OK)
            return out;
        while (sqlite3_step(stmt) == SQLITE_ROW) {
            QVariantList row;
            for (int c = 0; c < sqlite3_column_count(stmt); ++c)
                row << (sqlite3_column_type(stmt, c) == SQLITE_INTEGER ? QVariant(qint64(sqlite3_column_int64(stmt, c)))
                        : sqlite3_column_type(stmt, c) == SQLITE_FLOAT ? QVariant(sqlite3_column_double(stmt, c))
                                                                       : QVariant(QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, c)))));
            out << row;
        }
        sqlite3_finalize(stmt);
        return out;
    }
};

// Search texts from \a samples rows of the store: the words of \a fields (split at \a separators),
// each cut to every length of \a lengths (and in upper case too with \a upper), and each value's
// first two words.
QStringList searchTexts(const ParcelStore &store, int samples, std::initializer_list<ParcelField> fields, const QRegularExpression &separators,
                        std::initializer_list<int> lengths, bool upper)
{
    QStringList texts;
    for (qint64 row = 0; row < store.size(); row += store.size() / samples) {
        for (ParcelField f : fields) {
            const QStringList words = store.value(row, f).toString().split(separators, Qt::SkipEmptyParts);
            for (const QString &w : words)
                for (int n : lengths) {
                    texts << w.left(n);
                    if (upper)
                        texts << w.left(n).toUpper();
                }
            if (words.size() >= 2)
                texts << words.mid(0, 2).join(QLatin1Char(' '));
        }
    }
    return texts;
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
        QTest::addColumn<bool>("ownDirectory");
        // In sezview's own cache directory anything damaged is rebuilt; elsewhere only a file that
        // is recognisably a sezview cache, and anything else is refused and left as it is.
        for (bool own : {true, false}) {
            const char *where = own ? "own directory" : "elsewhere";
            QTest::addRow("garbage, %s", where) << QStringLiteral("garbage") << own;
            QTest::addRow("cut short, %s", where) << QStringLiteral("truncate") << own;
            QTest::addRow("foreign database, %s", where) << QStringLiteral("foreign") << own;
            QTest::addRow("not marked complete, %s", where) << QStringLiteral("incomplete") << own;
        }
    }
    void damagedCachesAreRebuiltWithAWarning()
    {
        QFETCH(QString, damage);
        QFETCH(bool, ownDirectory);
        QTemporaryDir xdg;
        qputenv("XDG_CACHE_HOME", QFile::encodeName(xdg.path()));
        const QString cachePath = ownDirectory ? ParcelCache::defaultCachePath(mDataset)
                                               : mDir.filePath(QStringLiteral("damaged-%1.gpkg").arg(damage));
        QVERIFY(ParcelCache::isOwnCacheDirectory(QFileInfo(cachePath).absolutePath()) == ownDirectory);
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
        const bool recognisable = damage == QLatin1String("incomplete");
        QFile damaged(cachePath);
        QVERIFY(damaged.open(QIODevice::ReadOnly));
        const QByteArray before = damaged.readAll();
        damaged.close();
        auto reopened = openCache(mDataset, cachePath, &error);
        if (!ownDirectory && !recognisable) {
            QVERIFY(!reopened);
            QVERIFY2(error.startsWith(cachePath) && error.contains(QStringLiteral("untouched")), qPrintable(error));
            QVERIFY(damaged.open(QIODevice::ReadOnly));
            QCOMPARE(damaged.readAll(), before);
            return;
        }
        QVERIFY2(reopened, qPrintable(error));
        QVERIFY(reopened->rebuilt());
        QVERIFY2(anyContains(reopened->warnings(), QStringLiteral("could not be used")), qPrintable(reopened->warnings().join(QLatin1Char('\n'))));
        QCOMPARE(reopened->store()->size(), mParcels);
        auto healthy = openCache(mDataset, cachePath, &error);
        QVERIFY(healthy && !healthy->rebuilt());
    }

    // A cache whose store is of another snapshot version (an older sezview made it) is rebuilt with
    // a plain word of why; "damaged" is kept for a store that is damaged.
    void otherVersionIsNotCalledDamaged_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<QString>("notExpected");
        // The snapshot starts with its magic "SEZS" and its version, both big-endian.
        QTest::newRow("an older snapshot") << QStringLiteral("UPDATE sez_store SET data = CAST(X'53455A5300000006' || substr(data, 9) AS BLOB) WHERE id = 1;")
                                           << QStringLiteral("was made by another version of sezview") << QStringLiteral("damaged");
        QTest::newRow("a newer snapshot") << QStringLiteral("UPDATE sez_store SET data = CAST(X'53455A53000003E7' || substr(data, 9) AS BLOB) WHERE id = 1;")
                                          << QStringLiteral("was made by another version of sezview") << QStringLiteral("damaged");
        QTest::newRow("an older cache schema") << QStringLiteral("UPDATE sez_meta SET value = '1' WHERE key = 'schema_version';")
                                               << QStringLiteral("was made by another version of sezview") << QStringLiteral("damaged");
        // Schema 4's full-text index kept positions (detail=full), which this version's searches do not read.
        QTest::newRow("schema 4, its index with positions") << QStringLiteral("UPDATE sez_meta SET value = '4' WHERE key = 'schema_version';")
                                                            << QStringLiteral("was made by another version of sezview") << QStringLiteral("damaged");
        QTest::newRow("a snapshot cut short") << QStringLiteral("UPDATE sez_store SET data = substr(data, 1, 200) WHERE id = 1;")
                                              << QStringLiteral("damaged") << QStringLiteral("another version");
    }
    void otherVersionIsNotCalledDamaged()
    {
        QFETCH(QString, sql);
        QFETCH(QString, expected);
        QFETCH(QString, notExpected);
        QTemporaryDir xdg;
        qputenv("XDG_CACHE_HOME", QFile::encodeName(xdg.path()));
        const QString cachePath = ParcelCache::defaultCachePath(mDataset);
        QString error;
        QVERIFY(openCache(mDataset, cachePath, &error));
        QCOMPARE(QProcess::execute(QStringLiteral("sqlite3"), {cachePath, sql}), 0);
        auto reopened = openCache(mDataset, cachePath, &error);
        QVERIFY2(reopened, qPrintable(error));
        QVERIFY(reopened->rebuilt());
        const QString warnings = reopened->warnings().join(QLatin1Char('\n'));
        QVERIFY2(warnings.contains(expected) && !warnings.contains(notExpected), qPrintable(warnings));
        QVERIFY2(warnings.contains(QStringLiteral("rebuilt")), qPrintable(warnings));
        QCOMPARE(reopened->store()->size(), mParcels);
    }

    // The store's snapshot is kept in chunks (rows 1..N of sez_store) so that no value passes SQLite's
    // limit (1 GB; 2.5 GB at 10M parcels): with small chunks the sample's snapshot spans many, and
    // the store read back through them is the one imported, byte for byte, and the one a cache of
    // one chunk gives.
    void snapshotInChunksRoundTrips()
    {
        constexpr qint64 chunkBytes = 64 * 1024 + 7;   // no chunk boundary falls on a column's own
        const QString chunkedPath = mDir.filePath(QStringLiteral("chunked.gpkg"));
        const QString wholePath = mDir.filePath(QStringLiteral("whole.gpkg"));
        ParcelCache::Options options;
        options.cachePath = chunkedPath;
        options.snapshotChunkBytes = chunkBytes;
        QString error;
        auto imported = ParcelCache::open(mDataset, options, &error);
        QVERIFY2(imported && imported->rebuilt(), qPrintable(error));
        const QByteArray snapshot = imported->store()->serialize();

        SqliteFile file(chunkedPath);
        const auto chunks = file.rows("SELECT id, length(data), typeof(data) FROM sez_store ORDER BY id");
        QVERIFY2(chunks.size() >= 3, qPrintable(QString::number(chunks.size())));
        QCOMPARE(qint64(chunks.size()), (snapshot.size() + chunkBytes - 1) / chunkBytes);
        qint64 total = 0;
        for (int i = 0; i < chunks.size(); ++i) {
            QCOMPARE(chunks[i][0].toLongLong(), qint64(i) + 1);
            QCOMPARE(chunks[i][2].toString(), QStringLiteral("blob"));
            if (i + 1 < chunks.size())
                QCOMPARE(chunks[i][1].toLongLong(), chunkBytes);
            total += chunks[i][1].toLongLong();
        }
        QCOMPARE(total, qint64(snapshot.size()));
        const auto meta = file.rows("SELECT key, value FROM sez_meta WHERE key LIKE 'store_%' ORDER BY key");
        QCOMPARE(meta, (QList<QVariantList>{{QStringLiteral("store_bytes"), QString::number(snapshot.size())},
                                             {QStringLiteral("store_chunk_bytes"), QString::number(chunkBytes)}}));

        // Read back (with any chunk size set: the file says its own) without a source.
        const qint64 readsBefore = layerReadCount();
        auto chunked = openCache(mDataset, chunkedPath, &error);
        QVERIFY2(chunked && !chunked->rebuilt(), qPrintable(chunked ? chunked->rebuildReason() : error));
        QCOMPARE(layerReadCount(), readsBefore);
        // The cache of one chunk (the default size) gives the same store.
        QVERIFY(openCache(mDataset, wholePath, &error));
        auto whole = openCache(mDataset, wholePath, &error);
        QVERIFY2(whole && !whole->rebuilt(), qPrintable(error));
        QCOMPARE(SqliteFile(wholePath).rows("SELECT count(*) FROM sez_store").value(0).value(0).toLongLong(), qint64(1));

        // Every field, every geometry and the context layers: the snapshots are the same bytes.
        QVERIFY(chunked->store()->serialize() == snapshot);
        // The deferred write (the CLI's render) keeps it in the same chunks.
        const QString deferredPath = mDir.filePath(QStringLiteral("chunked-deferred.gpkg"));
        options.cachePath = deferredPath;
        options.deferWrite = true;
        {
            auto deferred = ParcelCache::open(mDataset, options, &error);
            QVERIFY2(deferred && deferred->rebuilt(), qPrintable(error));
            deferred->waitForCache();
            QCOMPARE(deferred->cachePath(), deferredPath);
        }
        QCOMPARE(SqliteFile(deferredPath).rows("SELECT count(*), sum(length(data)) FROM sez_store").value(0),
                 (QVariantList{qint64(chunks.size()), qint64(snapshot.size())}));
        auto deferredReopened = openCache(mDataset, deferredPath, &error);
        QVERIFY2(deferredReopened && !deferredReopened->rebuilt(), qPrintable(error));
        QVERIFY(deferredReopened->store()->serialize() == snapshot);
        QVERIFY(whole->store()->serialize() == snapshot);
        const auto &a = *whole->store();
        const auto &b = *chunked->store();
        QCOMPARE(b.size(), mParcels);
        for (qint64 row : {qint64(0), a.size() / 3, a.size() - 1}) {
            QCOMPARE(b.value(row, ParcelField::CadastralNumber), a.value(row, ParcelField::CadastralNumber));
            QCOMPARE(b.bounds(row), a.bounds(row));
            QCOMPARE(b.vertexCount(row), a.vertexCount(row));
            QCOMPARE(b.computedAreaHa(row), a.computedAreaHa(row));
        }
    }

    // A chunk missing, cut short or one too many is a damaged cache: said so, rebuilt, never a crash
    // nor a store of other parcels.
    void damagedChunksAreRebuilt_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QString>("reason");
        QTest::newRow("a middle chunk deleted") << QStringLiteral("DELETE FROM sez_store WHERE id = 2;")
                                                << QStringLiteral("chunk 2 of");
        QTest::newRow("the last chunk deleted") << QStringLiteral("DELETE FROM sez_store WHERE id = (SELECT max(id) FROM sez_store);")
                                                << QStringLiteral("is missing");
        QTest::newRow("the first chunk deleted") << QStringLiteral("DELETE FROM sez_store WHERE id = 1;")
                                                 << QStringLiteral("chunk 1 of");
        QTest::newRow("every chunk deleted") << QStringLiteral("DELETE FROM sez_store;") << QStringLiteral("holds no store");
        QTest::newRow("a middle chunk cut short") << QStringLiteral("UPDATE sez_store SET data = substr(data, 1, 100) WHERE id = 2;")
                                                  << QStringLiteral("has 100 bytes");
        QTest::newRow("the last chunk cut short")
            << QStringLiteral("UPDATE sez_store SET data = substr(data, 1, length(data) - 1) WHERE id = (SELECT max(id) FROM sez_store);")
            << QStringLiteral("bytes, not");
        QTest::newRow("a middle chunk made longer") << QStringLiteral("UPDATE sez_store SET data = CAST(data || X'00' AS BLOB) WHERE id = 2;")
                                                    << QStringLiteral("bytes, not");
        QTest::newRow("a chunk that is text") << QStringLiteral("UPDATE sez_store SET data = CAST(data AS TEXT) WHERE id = 2;")
                                              << QStringLiteral("chunk 2 of");
        QTest::newRow("an extra chunk") << QStringLiteral("INSERT INTO sez_store SELECT max(id) + 1, X'53455A53' FROM sez_store;")
                                        << QStringLiteral("a chunk too many");
        QTest::newRow("a gap, then an extra chunk") << QStringLiteral("UPDATE sez_store SET id = id + 1 WHERE id = (SELECT max(id) FROM sez_store);")
                                                    << QStringLiteral("is missing");
        QTest::newRow("the length not recorded") << QStringLiteral("DELETE FROM sez_meta WHERE key = 'store_bytes';")
                                                 << QStringLiteral("length of its parcel snapshot");
        QTest::newRow("a wrong chunk size") << QStringLiteral("UPDATE sez_meta SET value = '65536' WHERE key = 'store_chunk_bytes';")
                                            << QStringLiteral("damaged");
        QTest::newRow("an absurd length") << QStringLiteral("UPDATE sez_meta SET value = '9223372036854775807' WHERE key = 'store_bytes';")
                                          << QStringLiteral("length of its parcel snapshot");
    }
    void damagedChunksAreRebuilt()
    {
        QFETCH(QString, sql);
        QFETCH(QString, reason);
        QTemporaryDir xdg;
        qputenv("XDG_CACHE_HOME", QFile::encodeName(xdg.path()));
        ParcelCache::Options options;
        const QString cachePath = ParcelCache::defaultCachePath(mDataset);
        options.cachePath = cachePath;
        options.snapshotChunkBytes = 64 * 1024 + 7;
        QString error;
        QVERIFY2(ParcelCache::open(mDataset, options, &error), qPrintable(error));
        QVERIFY(SqliteFile(cachePath).rows("SELECT count(*) FROM sez_store").value(0).value(0).toLongLong() >= 3);
        QCOMPARE(QProcess::execute(QStringLiteral("sqlite3"), {cachePath, sql}), 0);
        auto reopened = ParcelCache::open(mDataset, options, &error);
        QVERIFY2(reopened, qPrintable(error));
        QVERIFY(reopened->rebuilt());
        const QString warnings = reopened->warnings().join(QLatin1Char('\n'));
        QVERIFY2(warnings.contains(QStringLiteral("damaged")) && warnings.contains(reason) && warnings.contains(QStringLiteral("rebuilt")),
                 qPrintable(warnings));
        QVERIFY2(!warnings.contains(QStringLiteral("another version")), qPrintable(warnings));
        QCOMPARE(reopened->store()->size(), mParcels);
        auto healthy = ParcelCache::open(mDataset, options, &error);
        QVERIFY2(healthy && !healthy->rebuilt(), qPrintable(healthy ? healthy->rebuildReason() : error));
        QVERIFY(healthy->store()->serialize() == reopened->store()->serialize());
    }

    // A cache of the schema before chunks (3: the snapshot whole in row 1, no recorded length) is
    // of another version, rebuilt without alarm.
    void cacheBeforeChunksIsOtherVersion()
    {
        QTemporaryDir xdg;
        qputenv("XDG_CACHE_HOME", QFile::encodeName(xdg.path()));
        const QString cachePath = ParcelCache::defaultCachePath(mDataset);
        QString error;
        QVERIFY(openCache(mDataset, cachePath, &error));
        QCOMPARE(QProcess::execute(QStringLiteral("sqlite3"),
                                   {cachePath, QStringLiteral("UPDATE sez_meta SET value = '3' WHERE key = 'schema_version'; "
                                                              "DELETE FROM sez_meta WHERE key LIKE 'store_%';")}),
                 0);
        auto reopened = openCache(mDataset, cachePath, &error);
        QVERIFY2(reopened && reopened->rebuilt(), qPrintable(error));
        const QString warnings = reopened->warnings().join(QLatin1Char('\n'));
        QVERIFY2(warnings.contains(QStringLiteral("another version")) && !warnings.contains(QStringLiteral("damaged")), qPrintable(warnings));
    }

    void unwritableCacheStillWorks()
    {
        QString error;
        auto cache = openCache(mDataset, QStringLiteral("/proc/sezview/cannot/cache.gpkg"), &error);
        QVERIFY2(cache, qPrintable(error));
        QVERIFY(cache->cachePath().isEmpty());
        QVERIFY(anyContains(cache->warnings(), QStringLiteral("could not be written")));
        QCOMPARE(cache->store()->size(), mParcels);
        QVERIFY(!cache->textSearch()->search(QStringLiteral("03-047")).empty());
    }

    // Options::deferWrite (the CLI's render): open() returns with the store and the file is written
    // on a thread of its own. Everything is as an ordinary import makes it: the store, the file (a
    // later open reads it and imports nothing), the search, the warnings, the digest.
    void deferredWriteMakesTheSameCache()
    {
        QString error;
        auto direct = openCache(mDataset, mDir.filePath(QStringLiteral("direct.gpkg")), &error);
        QVERIFY2(direct, qPrintable(error));
        const QString path = mDir.filePath(QStringLiteral("deferred.gpkg"));
        ParcelCache::Options options;
        options.cachePath = path;
        options.deferWrite = true;
        Feedback feedback;
        QStringList phases;
        connect(&feedback, &Feedback::changed, this, [&phases](const FeedbackState &s) {
            if (!phases.contains(s.phase))
                phases << s.phase;
        }, Qt::DirectConnection);
        options.feedback = &feedback;
        auto deferred = ParcelCache::open(mDataset, options, &error);
        QVERIFY2(deferred, qPrintable(error));
        QVERIFY(deferred->rebuilt());
        // The feedback is not used after open() returned: no "writing" phase reaches it.
        QVERIFY2(!phases.contains(QStringLiteral("writing")), qPrintable(phases.join(u',')));
        const auto &a = *direct->store();
        const auto &b = *deferred->derivedStore();
        QCOMPARE(b.size(), a.size());
        for (qint64 row = 0; row < a.size(); row += 97) {
            QCOMPARE(b.value(row, ParcelField::CadastralNumber), a.value(row, ParcelField::CadastralNumber));
            QCOMPARE(b.computedAreaHa(row), a.computedAreaHa(row));
            QCOMPARE(b.distanceTo(row, 0), a.distanceTo(row, 0));
            QCOMPARE(b.bounds(row), a.bounds(row));
        }
        // What depends on the write waits for it.
        const QString number = a.value(a.size() / 3, ParcelField::CadastralNumber).toString();
        QCOMPARE(deferred->textSearch()->search(number), std::vector<qint64>{a.size() / 3});
        QCOMPARE(deferred->textSearch()->search(QStringLiteral("зелёная")), direct->textSearch()->search(QStringLiteral("зелёная")));
        QVERIFY(deferred->cacheReady());
        QCOMPARE(deferred->cachePath(), path);
        QVERIFY(deferred->writeError().isEmpty());
        QCOMPARE(deferred->warnings(), direct->warnings());
        QCOMPARE(deferred->sourcesDigest(), direct->sourcesDigest());
        deferred.reset();
        auto reopened = openCache(mDataset, path, &error);
        QVERIFY2(reopened && !reopened->rebuilt(), qPrintable(reopened ? reopened->rebuildReason() : error));
        QCOMPARE(reopened->store()->size(), a.size());
    }

    // Options::deferWrite returns with the source store: the geometry and the source's columns,
    // every derived field of the field table null. derive() runs after, on the pool; its store is
    // build()'s to the byte, and so is the cache file's snapshot.
    void deferredDeriveGivesTheSourceStoreFirst()
    {
        QString error;
        auto direct = openCache(mDataset, mDir.filePath(QStringLiteral("direct-derive.gpkg")), &error);
        QVERIFY2(direct, qPrintable(error));
        const ParcelStore &complete = *direct->store();
        QSemaphore gate;
        ParcelCache::Options options;
        options.cachePath = mDir.filePath(QStringLiteral("deferred-derive.gpkg"));
        options.deferWrite = true;
        options.beforeDerive = [&gate] { gate.acquire(); };
        auto deferred = ParcelCache::open(mDataset, options, &error);
        struct Release { QSemaphore &gate; bool done = false; ~Release() { if (!done) gate.release(); } } release{gate};
        QVERIFY2(deferred, qPrintable(error));
        QStringList phases;
        qint64 computed = 0, computing = 0;   // derive()'s count and total
        connect(deferred->backgroundFeedback(), &Feedback::changed, this, [&](const FeedbackState &s) {
            if (!phases.contains(s.phase))
                phases << s.phase;
            if (s.phase == QLatin1String("deriving"))
                computed = std::max(computed, s.done), computing = s.total;
        }, Qt::DirectConnection);
        QVERIFY(!deferred->derivedReady());
        QVERIFY(!deferred->cacheReady());
        const auto source = deferred->store();
        QCOMPARE(source->size(), complete.size());
        QCOMPARE(source->extent(), complete.extent());
        for (qint64 row = 0; row < complete.size(); row += 7) {
            QCOMPARE(source->bounds(row), complete.bounds(row));
            QCOMPARE(source->code(row, ParcelField::Zone), complete.code(row, ParcelField::Zone));
            QCOMPARE(source->value(row, ParcelField::CadastralNumber), complete.value(row, ParcelField::CadastralNumber));
        }
        int derivedFields = 0;
        for (const FieldSpec &spec : FieldTable::all()) {
            if (spec.fromSource())
                continue;
            ++derivedFields;
            QVERIFY2(!source->hasValues(spec.id), spec.name);
            QVERIFY2(!source->value(complete.size() / 2, spec.id).isValid(), spec.name);
            QVERIFY2(complete.hasValues(spec.id), spec.name);
        }
        QVERIFY(derivedFields >= 3);
        release.done = true;
        gate.release();
        const auto derived = deferred->derivedStore();
        QVERIFY(deferred->derivedReady());
        QVERIFY(derived);
        QCOMPARE(deferred->store(), source);   // store() never changes under a reader
        QCOMPARE(derived->sharedGeometry(), source->sharedGeometry());
        QVERIFY(derived->serialize() == complete.serialize());
        deferred->waitForCache();
        QVERIFY(deferred->cachePath() == options.cachePath);
        QVERIFY2(phases.contains(QStringLiteral("deriving")) && phases.contains(QStringLiteral("writing")), qPrintable(phases.join(u',')));
        QCOMPARE(computing, complete.size());
        QCOMPARE(computed, complete.size());
        deferred.reset();
        auto reopened = openCache(mDataset, options.cachePath, &error);
        QVERIFY2(reopened && !reopened->rebuilt(), qPrintable(reopened ? reopened->rebuildReason() : error));
        QVERIFY(reopened->store()->serialize() == complete.serialize());
    }

    // A cache dropped at once still leaves its file whole (the destructor waits for the write);
    // a file that cannot be written is said as with an ordinary import, and search works from memory.
    void deferredWriteEndsBeforeTheCacheGoes()
    {
        QString error;
        ParcelCache::Options options;
        options.deferWrite = true;
        options.cachePath = mDir.filePath(QStringLiteral("dropped.gpkg"));
        QVERIFY2(ParcelCache::open(mDataset, options, &error), qPrintable(error));
        auto reopened = openCache(mDataset, options.cachePath, &error);
        QVERIFY2(reopened && !reopened->rebuilt(), qPrintable(reopened ? reopened->rebuildReason() : error));

        options.cachePath = QStringLiteral("/proc/sezview/cannot/cache.gpkg");
        auto unwritable = ParcelCache::open(mDataset, options, &error);
        QVERIFY2(unwritable, qPrintable(error));
        QCOMPARE(unwritable->store()->size(), mParcels);
        QVERIFY(unwritable->cachePath().isEmpty());
        QVERIFY(unwritable->writeError().contains(QStringLiteral("could not be written")));
        QVERIFY(anyContains(unwritable->warnings(), QStringLiteral("could not be written")));
        QVERIFY(!unwritable->textSearch()->search(QStringLiteral("03-047")).empty());
    }

    void cancelledImportLeavesNothing()
    {
        QTemporaryDir dir;
        const QString cachePath = dir.filePath(QStringLiteral("cancelled.gpkg"));
        Feedback feedback;
        feedback.cancel();
        QString error;
        QVERIFY(!openCache(mDataset, cachePath, &error, &feedback));
        QVERIFY(error.contains(QStringLiteral("cancelled")));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList());
    }

    void cancelStopsInsideAPhase_data()
    {
        QTest::addColumn<QString>("phase");
        QTest::addColumn<int>("percent");   // how far into the phase
        QTest::newRow("reading the parcels") << QStringLiteral("reading") << 10;
        // Past the source store (three passes of five): the full-text index is being built beside
        // the derived fields, into a file of its own that must go too.
        QTest::newRow("computing the derived fields") << QStringLiteral("computing") << 80;
        QTest::newRow("writing the cache") << QStringLiteral("writing") << 10;
    }
    void cancelStopsInsideAPhase()
    {
        QFETCH(QString, phase);
        QFETCH(int, percent);
        QTemporaryDir dir;
        const QString cachePath = dir.filePath(QStringLiteral("cancelled.gpkg"));
        Feedback feedback;
        FeedbackState atCancel;
        QStringList phasesAfter;
        // Cancelled part of the way into the phase, from the thread doing the work.
        connect(&feedback, &Feedback::changed, this, [&](const FeedbackState &s) {
            if (s.cancelled) {
                if (s.phase != atCancel.phase)
                    phasesAfter << s.phase;
                return;
            }
            if (s.phase == phase && s.total > 1000 && s.done >= s.total * percent / 100 && !feedback.isCancelled()) {
                atCancel = s;
                feedback.cancel();
            }
        }, Qt::DirectConnection);
        QString error;
        QVERIFY(!openCache(mDataset, cachePath, &error, &feedback));
        QVERIFY2(error.contains(QStringLiteral("cancelled")), qPrintable(error));
        QCOMPARE(atCancel.phase, phase);
        // It stopped where it was: the phase did not run to its end, and no later phase began.
        const FeedbackState end = feedback.state();
        QCOMPARE(end.phase, phase);
        QVERIFY2(end.done < end.total, qPrintable(QStringLiteral("%1 of %2").arg(end.done).arg(end.total)));
        QVERIFY2(phasesAfter.isEmpty(), qPrintable(phasesAfter.join(QLatin1Char(' '))));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList());
    }

    void importReportsEveryPhase()
    {
        QTemporaryDir dir;
        Feedback feedback;
        QStringList phases;
        qint64 writingTotal = 0, writingDone = 0;
        connect(&feedback, &Feedback::changed, this, [&](const FeedbackState &s) {
            if (phases.isEmpty() || phases.constLast() != s.phase)
                phases << s.phase;
            if (s.phase == QLatin1String("writing")) {
                writingTotal = s.total;
                writingDone = s.done;
            }
        }, Qt::DirectConnection);
        QString error;
        auto cache = openCache(mDataset, dir.filePath(QStringLiteral("phases.gpkg")), &error, &feedback);
        QVERIFY2(cache, qPrintable(error));
        phases.removeDuplicates();
        QCOMPARE(phases, (QStringList{QStringLiteral("reading"), QStringLiteral("computing"), QStringLiteral("writing")}));
        QCOMPARE(writingTotal, 2 * mParcels);   // the parcels, then their full-text index
        QCOMPARE(writingDone, writingTotal);
    }

    void cacheIsAGeoPackageWithSqliteRtrees()
    {
        const QString cachePath = mDir.filePath(QStringLiteral("first.gpkg"));
        QString error;
        auto cache = openCache(mDataset, cachePath, &error);
        QVERIFY2(cache, qPrintable(error));
        const ParcelStore &store = *cache->store();
        SqliteFile file(cachePath);
        QVERIFY(file.db);
        QCOMPARE(file.rows("PRAGMA application_id").value(0).value(0).toLongLong(), qint64(0x47504B47));
        // Every feature table is registered with SQLite's R*Tree through the GeoPackage extension,
        // and SQLite's own check finds each tree sound.
        const auto tables = file.rows("SELECT table_name FROM gpkg_extensions WHERE extension_name = 'gpkg_rtree_index' ORDER BY table_name");
        QCOMPARE(tables.size(), 7);
        for (const QVariantList &t : tables) {
            const QByteArray rtree = "rtree_" + t.value(0).toString().toUtf8() + "_geom";
            QCOMPARE(file.rows("SELECT rtreecheck('" + rtree + "')").value(0).value(0).toString(), QStringLiteral("ok"));
            QCOMPARE(file.rows("SELECT count(*) FROM " + rtree).value(0).value(0),
                     file.rows("SELECT count(*) FROM " + t.value(0).toString().toUtf8()).value(0).value(0));
        }
        // A window query through the parcels' R-tree finds what the store's own index finds.
        const QRectF all = store.extent();
        const QRectF window(all.center(), QSizeF(all.width() / 10, all.height() / 10));
        const QByteArray sql = "SELECT id FROM rtree_parcels_geom WHERE maxx >= " + QByteArray::number(window.left(), 'f', 3)
                               + " AND minx <= " + QByteArray::number(window.right(), 'f', 3) + " AND maxy >= "
                               + QByteArray::number(window.top(), 'f', 3) + " AND miny <= " + QByteArray::number(window.bottom(), 'f', 3);
        std::set<qint64> fromRtree;
        for (const QVariantList &row : file.rows(sql))
            fromRtree.insert(row.value(0).toLongLong() - 1);
        std::set<qint64> expected;
        for (qint64 row = 0; row < store.size(); ++row)
            if (store.bounds(row).intersects(window))
                expected.insert(row);
        QVERIFY(expected.size() > 10);
        // The R-tree holds single-precision boxes rounded outwards: it may hold a few more.
        QVERIFY(std::includes(fromRtree.begin(), fromRtree.end(), expected.begin(), expected.end()));
        QVERIFY2(fromRtree.size() <= expected.size() + expected.size() / 50 + 2, qPrintable(QString::number(fromRtree.size())));
    }

    // Every row of the parcels table holds its parcel's values as the store gives them: the fid, the
    // geometry's envelope, and each attribute (null, number, integer, flag, date or text). The writer
    // prepares the rows on another thread 4,096 at a time, so the sample's 15,000 parcels cross
    // several batches and end in a partial one.
    void parcelsRowsHoldTheStoresValues()
    {
        const QString cachePath = mDir.filePath(QStringLiteral("rows.gpkg"));
        QString error;
        auto cache = openCache(mDataset, cachePath, &error);
        QVERIFY2(cache, qPrintable(error));
        const ParcelStore &store = *cache->store();
        QVERIFY(store.size() > 3 * 4096);
        SqliteFile file(cachePath);
        QVERIFY(file.db);
        std::vector<int> fields;   // the store's field of each attribute column
        QByteArray sql = "SELECT fid, hex(substr(geom, 9, 32))";
        for (const QVariantList &column : file.rows("PRAGMA table_info(parcels)")) {
            const QString name = column.value(1).toString();
            if (name == QLatin1String("fid") || name == QLatin1String("geom"))
                continue;
            int field = -1;
            for (int f = 0; f < store.fieldCount() && field < 0; ++f)
                if (store.field(f).name == name || store.field(f).name + QLatin1String("_source") == name)
                    field = f;
            QVERIFY2(field >= 0, qPrintable(name));
            fields.push_back(field);
            sql += ", \"" + name.toUtf8().replace('"', "\"\"") + '"';
        }
        QVERIFY(fields.size() > 10);
        sql += " FROM parcels ORDER BY fid";
        sqlite3_stmt *stmt = nullptr;
        QCOMPARE(sqlite3_prepare_v2(file.db, sql.constData(), -1, &stmt, nullptr), SQLITE_OK);
        std::unique_ptr<sqlite3_stmt, int (*)(sqlite3_stmt *)> finalize(stmt, sqlite3_finalize);
        std::set<int> typesSeen;
        qint64 p = 0;
        for (; sqlite3_step(stmt) == SQLITE_ROW; ++p) {
            QCOMPARE(sqlite3_column_int64(stmt, 0), p + 1);
            const QRectF b = store.bounds(p);
            QByteArray envelope(32, '\0');
            qToLittleEndian<double>(b.left(), envelope.data());
            qToLittleEndian<double>(b.right(), envelope.data() + 8);
            qToLittleEndian<double>(b.top(), envelope.data() + 16);
            qToLittleEndian<double>(b.bottom(), envelope.data() + 24);
            QCOMPARE(QByteArray(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 1))), envelope.toHex().toUpper());
            for (std::size_t i = 0; i < fields.size(); ++i) {
                const int c = 2 + int(i);
                const QVariant v = store.value(p, fields[i]);
                const int type = sqlite3_column_type(stmt, c);
                typesSeen.insert(type);
                const QString where = QStringLiteral("parcel %1, %2").arg(p).arg(store.field(fields[i]).name);
                switch (v.typeId()) {
                case QMetaType::Double:
                    QVERIFY2(type == SQLITE_FLOAT && sqlite3_column_double(stmt, c) == v.toDouble(), qPrintable(where));
                    break;
                case QMetaType::LongLong:
                case QMetaType::Bool:
                    QVERIFY2(type == SQLITE_INTEGER && sqlite3_column_int64(stmt, c) == v.toLongLong(), qPrintable(where));
                    break;
                case QMetaType::QDate:
                case QMetaType::QString: {
                    const QString text = v.typeId() == QMetaType::QDate ? v.toDate().toString(Qt::ISODate) : v.toString();
                    if (text.isEmpty()) {
                        QVERIFY2(type == SQLITE_NULL || (type == SQLITE_TEXT && sqlite3_column_bytes(stmt, c) == 0 && !store.isCoded(fields[i])),
                                 qPrintable(where));
                        break;
                    }
                    QVERIFY2(type == SQLITE_TEXT, qPrintable(where));
                    QCOMPARE(QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, c)), sqlite3_column_bytes(stmt, c)), text);
                    break;
                }
                default:
                    QVERIFY2(type == SQLITE_NULL, qPrintable(where));
                }
            }
        }
        QCOMPARE(p, store.size());
        // Nulls, numbers, integers and text all occur.
        QCOMPARE(typesSeen, (std::set<int>{SQLITE_INTEGER, SQLITE_FLOAT, SQLITE_TEXT, SQLITE_NULL}));
    }

    // The full-text index is built beside the cache file and copied in: it answers every search as
    // an index built in place (the one kept in memory when the file cannot be written), FTS5 finds it
    // sound, it keeps no copy of the texts, and the file it was built in is gone.
    void copiedFullTextIndexAnswersAsOneBuiltInPlace()
    {
        QTemporaryDir dir;
        const QString cachePath = dir.filePath(QStringLiteral("copied.gpkg"));
        QString error;
        auto copied = openCache(mDataset, cachePath, &error);
        QVERIFY2(copied, qPrintable(error));
        QCOMPARE(copied->cachePath(), cachePath);
        auto inPlace = openCache(mDataset, QStringLiteral("/proc/sezview/cannot/cache.gpkg"), &error);
        QVERIFY2(inPlace, qPrintable(error));
        QVERIFY(inPlace->cachePath().isEmpty());
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("copied.gpkg")});

        // Words of every indexed column, each whole and as prefixes of 2 to 5 letters, and pairs.
        const ParcelStore &store = *copied->store();
        QStringList texts = {QStringLiteral("МОЛОЧНАЯ дол"), QStringLiteral("зелёная"), QStringLiteral("03-047 алат"),
                             QStringLiteral("тоо \"а"), QStringLiteral("нет-такого-слова")};
        texts += searchTexts(store, 40, {ParcelField::Investor, ParcelField::Project, ParcelField::ProjectKk, ParcelField::Address},
                             QRegularExpression(QStringLiteral(" ")), {2, 3, 4, 5, 100}, false);
        texts.removeDuplicates();
        QVERIFY(texts.size() > 100);
        qint64 hits = 0;
        for (const QString &text : texts) {
            const std::vector<qint64> found = copied->textSearch()->search(text);
            QCOMPARE(found, inPlace->textSearch()->search(text));
            hits += qint64(found.size());
        }
        QVERIFY(hits > store.size());

        sqlite3 *db = nullptr;
        QCOMPARE(sqlite3_open_v2(QFile::encodeName(cachePath).constData(), &db, SQLITE_OPEN_READWRITE, nullptr), SQLITE_OK);
        char *message = nullptr;
        const int rc = sqlite3_exec(db, "INSERT INTO sez_fts(sez_fts) VALUES ('integrity-check')", nullptr, nullptr, &message);
        const QString failure = QString::fromUtf8(message ? message : "");
        sqlite3_free(message);
        sqlite3_close(db);
        QVERIFY2(rc == SQLITE_OK, qPrintable(failure));
        SqliteFile file(cachePath);
        QCOMPARE(file.rows("SELECT count(*) FROM sqlite_master WHERE name IN ('sez_fts_content', 'sez_fts_docsize')").value(0).value(0),
                 QVariant(qint64(0)));
    }

    void storedTextFoldsAsAQString_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("ascii") << QStringLiteral("03-047-001-017 Gate Ave, 12/3");
        QTest::newRow("cyrillic") << QStringLiteral("Алатау қ., ЗЕЛЁНАЯ ул., Ёлка 5");
        QTest::newRow("kazakh") << QStringLiteral("ӘҒҚҢӨҰҮҺІ әғқңөұүһі көшесі");
        QTest::newRow("latin-1 and greek") << QStringLiteral("Straße İstanbul µ ſ ΐ Σ ς Ǆ ǅ");
        QTest::newRow("other digits") << QStringLiteral("٠٣-٠٤٧ ۳۴ ߁߂ 12");
        QTest::newRow("three bytes") << QStringLiteral("20 € ẞ K Kelvin ⅓");
        QTest::newRow("four bytes") << QStringLiteral("участок 😀 5");
        QTest::newRow("bom") << QStringLiteral("\uFEFFулица");
        QTest::newRow("controls") << QString(QLatin1String("a\tb\x7f")) + QChar(0x80) + QChar(0x9f) + QChar(0x7ff);
    }

    void storedTextFoldsAsAQString()
    {
        QFETCH(QString, text);
        const QByteArray utf8 = text.toUtf8();
        QByteArray folded = "x", digits = "y";
        const bool shortText = detail::StoredText::isShortUtf8(utf8);
        bool below800 = true;
        for (char32_t c : text.toUcs4())
            below800 = below800 && c < 0x800;
        QCOMPARE(shortText, below800);
        QCOMPARE(detail::StoredText::appendFolded(utf8, folded), shortText);
        QCOMPARE(detail::StoredText::appendDigits(utf8, digits), shortText);
        if (!shortText) {
            QCOMPARE(folded, QByteArray("x"));   // left as it was: the caller takes the QString way
            return;
        }
        QCOMPARE(folded, "x" + ilikeFold(QString::fromUtf8(utf8)).toUtf8());
        QCOMPARE(digits, "y" + cadastralDigits(QString::fromUtf8(utf8)).toUtf8());
        // Malformed UTF-8 is not short: a QString would replace it.
        QVERIFY(!detail::StoredText::isShortUtf8(QByteArray("ab\xd0")));
        QVERIFY(!detail::StoredText::isShortUtf8(QByteArray("\xc0\x80")));
        QVERIFY(!detail::StoredText::isShortUtf8(QByteArray("\xd0\x41")));
    }

    // The index built from the store's UTF-8 (StoredText) is the one its texts made through QStrings
    // gave before: the same shadow tables, so the same answers; and many searches agree, prefixes of
    // one to five letters among them.
    void fullTextIndexIsTheOneTheQStringTextsMake()
    {
        QString error;
        auto cache = openCache(mDataset, mDir.filePath(QStringLiteral("utf8.gpkg")), &error);
        QVERIFY2(cache, qPrintable(error));
        std::shared_ptr<const ParcelStore> store = cache->store();
        detail::SqlitePtr built = detail::openSqlite(QStringLiteral(":memory:"), SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, &error);
        QVERIFY(built);
        QVERIFY2(detail::execSql(built.get(), "BEGIN", &error) && detail::ParcelTextIndex::build(built.get(), *store, nullptr, &error)
                     && detail::execSql(built.get(), "COMMIT", &error),
                 qPrintable(error));

        // Every address and number of the sample, folded and filtered as a QString would be.
        qint64 shortTexts = 0;
        for (qint64 p = 0; p < store->size(); ++p) {
            for (ParcelField f : {ParcelField::CadastralNumber, ParcelField::Address}) {
                const QString value = store->value(p, f).toString();
                QByteArray folded, digits;
                if (detail::StoredText::appendFolded(value.toUtf8(), folded) && detail::StoredText::appendDigits(value.toUtf8(), digits)) {
                    ++shortTexts;
                    QCOMPARE(folded, ilikeFold(value).toUtf8());
                    QCOMPARE(digits, cadastralDigits(value).toUtf8());
                }
            }
        }
        QVERIFY(shortTexts > store->size());

        // The reference: the same table, filled as the index was before, a QString per value.
        detail::SqlitePtr reference = detail::openSqlite(QStringLiteral(":memory:"), SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, &error);
        QVERIFY(reference);
        QByteArray schema;
        {
            detail::SqliteStatement sql(built.get(), "SELECT sql FROM sqlite_master WHERE name = 'sez_fts'");
            QVERIFY(sql.next(&error));
            schema = sql.columnText(0).toUtf8();
        }
        QVERIFY2(detail::execSql(reference.get(), "BEGIN", &error) && detail::execSql(reference.get(), schema.constData(), &error)
                     && detail::execSql(reference.get(), "INSERT INTO sez_fts(sez_fts, rank) VALUES ('hashsize', 67108864)", &error),
                 qPrintable(error));
        {
            detail::SqliteStatement insert(reference.get(), "INSERT INTO sez_fts (rowid, cadastral, digits, investor, project, address) VALUES (?, ?, ?, ?, ?, ?)");
            for (qint64 p = 0; p < store->size(); ++p) {
                const QString number = store->value(p, ParcelField::CadastralNumber).toString();
                const QString investor = ilikeFold(store->value(p, ParcelField::Investor).toString());
                insert.bindInt(1, p + 1);
                insert.bindText(2, number);
                insert.bindText(3, cadastralDigits(number));
                insert.bindText(4, investor.isNull() ? QString() : investor);
                insert.bindText(5, ilikeFold(store->value(p, ParcelField::Project).toString() + QLatin1Char(' ')
                                             + store->value(p, ParcelField::ProjectKk).toString()));
                insert.bindText(6, ilikeFold(store->value(p, ParcelField::Address).toString()));
                QVERIFY2(insert.exec(&error), qPrintable(error));
            }
        }
        QVERIFY2(detail::execSql(reference.get(), "COMMIT", &error), qPrintable(error));
        for (const char *table : {"sez_fts_data", "sez_fts_idx", "sez_fts_config"}) {
            const QByteArray sql = QByteArray("SELECT * FROM ") + table + " ORDER BY 1, 2";
            auto dump = [&](sqlite3 *db) {
                QList<QByteArray> rows;
                sqlite3_stmt *select = nullptr;
                if (sqlite3_prepare_v2(db, sql.constData(), -1, &select, nullptr) != SQLITE_OK)
                    return rows;
                while (sqlite3_step(select) == SQLITE_ROW) {
                    QByteArray row;
                    for (int c = 0; c < sqlite3_column_count(select); ++c)
                        row += QByteArray::number(sqlite3_column_type(select, c)) + ':'
                               + QByteArray(static_cast<const char *>(sqlite3_column_blob(select, c)), sqlite3_column_bytes(select, c)).toHex()
                               + '|';
                    rows << row;
                }
                sqlite3_finalize(select);
                return rows;
            };
            const QList<QByteArray> ours = dump(built.get());
            QVERIFY2(!ours.isEmpty(), table);
            QVERIFY2(ours == dump(reference.get()), table);
        }

        // The index as schema 4 made it, with positions (detail=full), filled the same way.
        detail::SqlitePtr positions = detail::openSqlite(QStringLiteral(":memory:"), SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, &error);
        QVERIFY(positions);
        QVERIFY(schema.contains("detail = column"));
        const QByteArray fullSchema = QByteArray(schema).replace(", detail = column", "");
        QVERIFY2(detail::execSql(positions.get(), fullSchema.constData(), &error), qPrintable(error));
        {
            QVERIFY2(detail::execSql(positions.get(), "BEGIN", &error), qPrintable(error));
            detail::SqliteStatement insert(positions.get(), "INSERT INTO sez_fts (rowid, cadastral, digits, investor, project, address) VALUES (?, ?, ?, ?, ?, ?)");
            for (qint64 p = 0; p < store->size(); ++p) {
                const QString number = store->value(p, ParcelField::CadastralNumber).toString();
                insert.bindInt(1, p + 1);
                insert.bindText(2, number);
                insert.bindText(3, cadastralDigits(number));
                insert.bindText(4, ilikeFold(store->value(p, ParcelField::Investor).toString()));
                insert.bindText(5, ilikeFold(store->value(p, ParcelField::Project).toString() + QLatin1Char(' ')
                                             + store->value(p, ParcelField::ProjectKk).toString()));
                insert.bindText(6, ilikeFold(store->value(p, ParcelField::Address).toString()));
                QVERIFY2(insert.exec(&error), qPrintable(error));
            }
            QVERIFY2(detail::execSql(positions.get(), "COMMIT", &error), qPrintable(error));
        }
        // Schema 4's query: each word of the text as the old search() cut it ([^\w]+), a phrase where
        // the tokenizer cuts it further, on the index with positions.
        const auto oldSearch = [&](const QString &text) {
            std::vector<qint64> rows;
            const QString digits = cadastralDigits(text);
            QStringList terms;
            if (!digits.isEmpty() && digits.size() == text.trimmed().remove(QLatin1Char('-')).size()) {
                terms << QStringLiteral("digits : \"%1\"*").arg(digits);
            } else {
                static const QRegularExpression separators(QStringLiteral("[^\\w]+"), QRegularExpression::UseUnicodePropertiesOption);
                for (QString w : ilikeFold(text).split(separators, Qt::SkipEmptyParts))
                    terms << QStringLiteral("\"%1\"*").arg(w.replace(QLatin1Char('"'), QStringLiteral("\"\"")));
            }
            if (terms.isEmpty())
                return rows;
            detail::SqliteStatement select(positions.get(), "SELECT rowid FROM sez_fts WHERE sez_fts MATCH ? ORDER BY rowid LIMIT 2000");
            select.bindText(1, terms.join(QStringLiteral(" AND ")));
            QString failure;
            while (select.next(&failure))
                rows.push_back(select.columnInt(0) - 1);
            return rows;
        };

        const detail::ParcelTextIndex fromUtf8(std::move(built), store), fromQString(std::move(reference), store);
        QStringList texts = {QStringLiteral("03 алат"), QStringLiteral("03047 алат"), QStringLiteral("зелёная"), QStringLiteral("ё"),
                             QStringLiteral("а"), QStringLiteral("7")};
        texts += searchTexts(*store, 60,
                             {ParcelField::CadastralNumber, ParcelField::Investor, ParcelField::Project, ParcelField::ProjectKk,
                              ParcelField::Address},
                             QRegularExpression(QStringLiteral("[\\s,.]+")), {1, 2, 3, 4, 5, 100}, true);
        texts.removeDuplicates();
        QVERIFY(texts.size() > 300);
        qint64 hits = 0;
        // Cadastral numbers alone are answered from the store, not the index: compared above only.
        for (const QString &text : texts) {
            const std::vector<qint64> found = fromUtf8.search(text, 2000);
            QCOMPARE(found, fromQString.search(text, 2000));
            static const QRegularExpression cadastral(QStringLiteral("^[\\d\\s-]*\\d[\\d\\s-]*$"));
            if (!cadastral.match(text).hasMatch())
                QCOMPARE(found, oldSearch(text));
            hits += qint64(found.size());
        }
        QVERIFY(hits > store->size());
    }

    // search() cuts a text into the words the index's tokenizer makes, so that every search is a set of
    // one-word prefixes, which an index without positions (detail=column) answers: a word the
    // tokenizer cuts in two ("a_b", a letter newer than its Unicode 6.1, a mark) would otherwise be
    // a phrase, which FTS5 refuses there. Every character of the Basic Multilingual Plane between two
    // letters, and some beyond it.
    void everySearchIsOneWordPrefixes()
    {
        QString error;
        auto cache = openCache(mDataset, mDir.filePath(QStringLiteral("words.gpkg")), &error);
        QVERIFY2(cache, qPrintable(error));
        const TextSearch &index = *cache->textSearch();
        qint64 searched = 0;
        for (char32_t c = 1; c < 0x10000 + 0x800; ++c) {
            if (c >= 0xD800 && c < 0xE000)
                continue;
            const QString text = QStringLiteral("x") + QString::fromUcs4(&c, 1) + QStringLiteral("y");
            QString failure;
            index.search(text, 1, &failure);
            QVERIFY2(failure.isEmpty(), qPrintable(QStringLiteral("U+%1: %2").arg(quint32(c), 4, 16, QLatin1Char('0')).arg(failure)));
            ++searched;
        }
        QVERIFY(searched > 60000);
        // What cutting changes: "a_b" was the phrase "a b"*, and is now the words "a"* and "b"*.
        const std::vector<qint64> cut = index.search(QStringLiteral("алатау_кө"));
        QCOMPARE(cut, index.search(QStringLiteral("алатау кө")));
        QVERIFY(!cut.empty());
    }

    void fullTextSearch()
    {
        QString error;
        auto cache = openCache(mDataset, mDir.filePath(QStringLiteral("first.gpkg")), &error);
        QVERIFY2(cache, qPrintable(error));
        const ParcelStore &store = *cache->store();
        const QString number = store.value(store.size() / 3, ParcelField::CadastralNumber).toString();
        const QString digits = QString(number).remove(QLatin1Char('-'));
        const auto byNumber = cache->textSearch()->search(number);
        QCOMPARE(byNumber, std::vector<qint64>{store.size() / 3});
        QCOMPARE(cache->textSearch()->search(digits), byNumber);
        QCOMPARE(store.findCadastralNumber(digits), store.size() / 3);
        // A prefix finds every number that starts with it.
        const auto prefix = cache->textSearch()->search(number.left(9));
        QVERIFY(prefix.size() > 1);
        for (qint64 row : prefix)
            QVERIFY(store.value(row, ParcelField::CadastralNumber).toString().startsWith(number.left(9)));
        // Names, case-insensitive in Cyrillic; ё and е alike.
        qint64 milk = -1;
        for (qint64 row = 0; row < store.size() && milk < 0; ++row)
            if (store.value(row, ParcelField::Investor).toString().contains(QStringLiteral("Молочная")))
                milk = row;
        QVERIFY(milk >= 0);
        const auto hits = cache->textSearch()->search(QStringLiteral("МОЛОЧНАЯ дол"));
        QVERIFY(std::find(hits.begin(), hits.end(), milk) != hits.end());
        QVERIFY(!cache->textSearch()->complete(QStringLiteral("молоч")).isEmpty());
        const auto yo = cache->textSearch()->search(QStringLiteral("зелёная"));
        const auto ye = cache->textSearch()->search(QStringLiteral("зеленая"));
        QCOMPARE(yo, ye);
    }
};

QTEST_GUILESS_MAIN(TestCache)
#include "tst_cache.moc"
