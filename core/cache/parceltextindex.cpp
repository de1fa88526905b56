// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/cache/parceltextindex_p.h"

#include "core/base/feedback.h"
#include "core/cache/storedtext_p.h"
#include "core/model/parcelstore.h"
#include "core/query/query.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

namespace sez::detail {

namespace {

// Contentless (content='') and without column sizes (columnsize=0): search() reads rowids only and
// ranks nothing, and complete() takes the texts from the store, so the index keeps no copy of them.
// detail=column: the index keeps in which columns a word occurs, not where in them. search() sends
// only one-word prefix terms, AND-ed, and one column filter (digits), which need no positions;
// FTS5 refuses phrases of several words on such an index, so the terms are split as its tokenizer
// splits (queryTokens()). A prefix term is read from a prefix index of its length in rowid order and
// stops at the search's limit; a longer one makes FTS5 merge the whole doclist of every term it
// begins first (with prefixes up to 4, "алатау"* took 14.6 ms at 1M and 158 ms at 10M; with them up
// to 6, 0.4 ms at 1M). Up to 6 covers the whole common words of these addresses ("алатау", "ауданы") for
// 0.3 s more of the 1M import's CPU; up to 8 cost 0.8 s, which the import has not to spare.
const char *const kIndexSchema = R"SQL(
CREATE VIRTUAL TABLE sez_fts USING fts5(cadastral, digits, investor, project, address,
  tokenize = 'unicode61 remove_diacritics 0', prefix = '2 3 4 5 6', content = '', columnsize = 0, detail = column);
)SQL";

// The part of SQLite's fts5.h (public domain) that finds a tokenizer; Debian's libsqlite3-dev does
// not ship the header. The layout is FTS5's stable ABI (fts5_api version 2 and later).
struct Fts5Tokenizer;
struct Fts5TokenizerMethods
{
    int (*xCreate)(void *, const char **azArg, int nArg, Fts5Tokenizer **ppOut);
    void (*xDelete)(Fts5Tokenizer *);
    int (*xTokenize)(Fts5Tokenizer *, void *pCtx, int flags, const char *pText, int nText,
                     int (*xToken)(void *pCtx, int tflags, const char *pToken, int nToken, int iStart, int iEnd));
};
struct Fts5Api
{
    int iVersion;
    int (*xCreateTokenizer)(Fts5Api *, const char *zName, void *pContext, Fts5TokenizerMethods *, void (*xDestroy)(void *));
    int (*xFindTokenizer)(Fts5Api *, const char *zName, void **ppContext, Fts5TokenizerMethods *);
};
constexpr int kFts5TokenizeQuery = 0x0001;

// The words of \a folded as the index's tokenizer (unicode61, remove_diacritics 0) cuts them, so
// that each search word is one token: a word the tokenizer would cut in two ("a_b") would be a
// phrase, which detail=column refuses. False and \a error when the tokenizer cannot be had.
bool queryTokens(sqlite3 *db, const QString &folded, QStringList *tokens, QString *error)
{
    Fts5Api *api = nullptr;
    sqlite3_stmt *find = nullptr;
    const bool found = sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &find, nullptr) == SQLITE_OK
                       && sqlite3_bind_pointer(find, 1, &api, "fts5_api_ptr", nullptr) == SQLITE_OK && sqlite3_step(find) == SQLITE_ROW;
    sqlite3_finalize(find);
    void *context = nullptr;
    Fts5TokenizerMethods methods{};
    const char *arguments[] = {"remove_diacritics", "0"};
    Fts5Tokenizer *tokenizer = nullptr;
    if (!found || !api || api->iVersion < 2 || api->xFindTokenizer(api, "unicode61", &context, &methods) != SQLITE_OK
        || methods.xCreate(context, arguments, 2, &tokenizer) != SQLITE_OK) {
        *error = QStringLiteral("FTS5's unicode61 tokenizer cannot be had");
        return false;
    }
    const QByteArray utf8 = folded.toUtf8();
    const int rc = methods.xTokenize(tokenizer, tokens, kFts5TokenizeQuery, utf8.constData(), int(utf8.size()),
                                     [](void *list, int, const char *token, int size, int, int) {
                                         static_cast<QStringList *>(list)->append(QString::fromUtf8(token, size));
                                         return SQLITE_OK;
                                     });
    methods.xDelete(tokenizer);
    if (rc != SQLITE_OK)
        *error = QString::fromUtf8(sqlite3_errstr(rc));
    return rc == SQLITE_OK;
}

// Words of a search text, folded, each made safe as an FTS5 prefix term ("word"*); \a error when
// they cannot be had.
QStringList searchTerms(sqlite3 *db, const QString &text, QString *error)
{
    QStringList terms;
    // Hyphens join the groups of a cadastral number: "03-047" is searched as the digits "03047".
    const QString digits = cadastralDigits(text);
    const bool cadastral = !digits.isEmpty() && digits.size() == text.trimmed().remove(QLatin1Char('-')).size();
    if (cadastral)
        return {QStringLiteral("digits : \"%1\"*").arg(digits)};
    QStringList words;
    if (!queryTokens(db, ilikeFold(text), &words, error))
        return {};
    for (QString w : words) {
        w.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        terms << QStringLiteral("\"%1\"*").arg(w);
    }
    return terms;
}

// The folded text of each parcel's indexed columns; a dictionary value is folded once, not once a row.
class IndexRows
{
public:
    explicit IndexRows(const ParcelStore &store) : mStore(store)
    {
        for (const QString &v : store.dictionary(ParcelField::Investor))
            mInvestors.push_back(ilikeFold(v).toUtf8());
    }

    QByteArray investor(qint64 p) const
    {
        const int code = codeOf(p, ParcelField::Investor);
        return code >= 0 ? mInvestors[std::size_t(code)] : utf8OrNull(ilikeFold(mStore.value(p, ParcelField::Investor).toString()));
    }

    // The project in both languages, cached by the pair of codes.
    QByteArray project(qint64 p)
    {
        const int project = codeOf(p, ParcelField::Project), projectKk = codeOf(p, ParcelField::ProjectKk);
        const bool coded = project >= 0 && projectKk >= 0;
        const quint64 key = coded ? (quint64(project) << 32) | quint32(projectKk) : 0;
        if (coded)
            if (auto it = mProjects.constFind(key); it != mProjects.constEnd())
                return it.value();
        QByteArray text = ilikeFold(mStore.value(p, ParcelField::Project).toString() + QLatin1Char(' ')
                                    + mStore.value(p, ParcelField::ProjectKk).toString()).toUtf8();
        if (coded)
            mProjects.insert(key, text);
        return text;
    }

private:
    int codeOf(qint64 p, ParcelField f) const { return mStore.isCoded(f) ? mStore.code(p, f) : -1; }
    static QByteArray utf8OrNull(const QString &text) { return text.isNull() ? QByteArray() : text.toUtf8(); }

    const ParcelStore &mStore;
    std::vector<QByteArray> mInvestors;
    QHash<quint64, QByteArray> mProjects;   // by the pair of codes, each up to 32 bits
};

// The column of \a field when it holds free text as UTF-8 (not coded), else nullptr.
const ParcelColumn *freeTextColumn(const ParcelStore &store, ParcelField field)
{
    const ParcelColumn &column = store.column(int(field));
    return column.storage() == ColumnStorage::Utf8 ? &column : nullptr;
}

} // namespace

bool ParcelTextIndex::build(sqlite3 *db, const ParcelStore &store, Feedback *feedback, QString *error, const Feedback *cancelledWith)
{
    // The index is built in memory in larger runs before it is flushed to segments, which saves
    // most of FTS5's segment merging during the import.
    if (!execSql(db, kIndexSchema, error)
        || !execSql(db, "INSERT INTO sez_fts(sez_fts, rank) VALUES ('hashsize', 67108864)", error))
        return false;
    SqliteStatement insert(db, "INSERT INTO sez_fts (rowid, cadastral, digits, investor, project, address) VALUES (?, ?, ?, ?, ?, ?)");
    IndexRows rows(store);
    // Free text is folded and filtered from the store's own UTF-8 where StoredText can (the same
    // bytes as through a QString: tst_cache compares the indexes); what it cannot goes the QString way.
    const ParcelColumn *const numbers = freeTextColumn(store, ParcelField::CadastralNumber);
    const ParcelColumn *const addresses = freeTextColumn(store, ParcelField::Address);
    QByteArray digits, address;
    for (qint64 p = 0; p < store.size(); ++p) {
        if (isCancelled(feedback) || isCancelled(cancelledWith)) {
            *error = QStringLiteral("cancelled");
            return false;
        }
        const QByteArray investor = rows.investor(p);
        const QByteArray project = rows.project(p);
        insert.bindInt(1, p + 1);
        const QByteArrayView numberUtf8 = numbers ? numbers->utf8(p) : QByteArrayView();
        digits.truncate(0);   // keeps its buffer, unlike clear()
        if (!numberUtf8.isEmpty() && StoredText::appendDigits(numberUtf8, digits)) {
            insert.bindUtf8View(2, numberUtf8);
            insert.bindUtf8View(3, digits);
        } else {
            const QString number = store.value(p, ParcelField::CadastralNumber).toString();
            insert.bindText(2, number);
            insert.bindText(3, cadastralDigits(number));
        }
        insert.bindUtf8(4, investor);
        insert.bindUtf8(5, project);
        const QByteArrayView addressUtf8 = addresses ? addresses->utf8(p) : QByteArrayView();
        address.truncate(0);
        if (!addressUtf8.isEmpty() && StoredText::appendFolded(addressUtf8, address))
            insert.bindUtf8View(6, address);
        else
            insert.bindText(6, ilikeFold(store.value(p, ParcelField::Address).toString()));
        if (!insert.exec(error))
            return false;
        if (feedback)
            feedback->advance();
    }
    return true;
}

bool ParcelTextIndex::buildFile(const QString &path, const ParcelStore &store, Feedback *feedback, QString *error,
                                const Feedback *cancelledWith)
{
    SqlitePtr db = openSqlite(path, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, error);
    return db
           && execSql(db.get(), "PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF; PRAGMA page_size=65536; PRAGMA cache_size=-32768; BEGIN",
                      error)
           && build(db.get(), store, feedback, error, cancelledWith) && execSql(db.get(), "COMMIT", error) && closeSqlite(std::move(db), error);
}

bool ParcelTextIndex::copyInto(sqlite3 *db, const QString &path, QString *error)
{
    SqliteStatement attach(db, "ATTACH DATABASE ? AS built");
    attach.bindText(1, path);
    if (!attach.exec(error))
        return false;
    // The virtual table is created empty (its own shadow tables, as FTS5 makes them), then its
    // shadow tables are filled with the built one's rows: the same index, and FTS5 reads it as its own.
    QList<QByteArray> tables;
    {
        SqliteStatement shadow(db, "SELECT name FROM built.sqlite_master WHERE type = 'table' AND name LIKE 'sez\\_fts\\_%' ESCAPE '\\' "
                                   "ORDER BY name");
        while (shadow.next(error))
            tables << shadow.columnText(0).toUtf8();
        if (!error->isEmpty())
            return false;
    }
    bool ok = !tables.isEmpty() && execSql(db, "BEGIN", error) && execSql(db, kIndexSchema, error);
    if (tables.isEmpty())
        *error = QStringLiteral("the full-text index was not built");
    for (const QByteArray &table : tables)
        ok = ok && execSql(db, ("DELETE FROM main.\"" + table + "\"; INSERT INTO main.\"" + table + "\" SELECT * FROM built.\"" + table + "\";").constData(), error);
    ok = ok && execSql(db, "COMMIT", error);
    QString detachError;
    const bool detached = execSql(db, "DETACH DATABASE built", &detachError);
    if (ok && !detached)
        *error = detachError;
    return ok && detached;
}

ParcelTextIndex::ParcelTextIndex(SqlitePtr db, std::shared_ptr<const ParcelStore> store)
    : mDb(std::move(db)), mStore(std::move(store))
{
}

ParcelTextIndex::~ParcelTextIndex() = default;

std::vector<qint64> ParcelTextIndex::search(const QString &text, int limit, QString *error) const
{
    static const QRegularExpression cadastral(QStringLiteral("^[\\d\\s-]*\\d[\\d\\s-]*$"));
    if (mStore && cadastral.match(text).hasMatch())
        return mStore->findCadastralPrefix(text, limit);
    std::vector<qint64> rows;
    if (!mDb)
        return rows;
    QString failure;
    const QStringList terms = searchTerms(mDb.get(), text, &failure);
    if (terms.isEmpty()) {
        if (!failure.isEmpty() && error)
            *error = failure;
        return rows;
    }
    QByteArray sql = "SELECT rowid FROM sez_fts WHERE sez_fts MATCH ? ORDER BY rowid";
    if (limit > 0)
        sql += " LIMIT " + QByteArray::number(limit);
    SqliteStatement select(mDb.get(), sql);
    select.bindText(1, terms.join(QStringLiteral(" AND ")));
    while (select.next(&failure))
        rows.push_back(select.columnInt(0) - 1);
    if (!failure.isEmpty() && error)
        *error = failure;
    return rows;
}

QStringList ParcelTextIndex::complete(const QString &text, int limit) const
{
    QStringList result;
    const std::vector<qint64> rows = search(text, 2000);
    QSet<QString> seen;
    const QStringList words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    const QString lastWord = ilikeFold(words.value(words.size() - 1));
    const QString digits = cadastralDigits(text);
    for (qint64 row : rows) {
        for (ParcelField f : {ParcelField::CadastralNumber, ParcelField::Investor, ParcelField::Project, ParcelField::Address}) {
            const QString v = mStore->value(row, f).toString();
            if (v.isEmpty() || seen.contains(v))
                continue;
            const bool hit = f == ParcelField::CadastralNumber ? (!digits.isEmpty() && cadastralDigits(v).startsWith(digits))
                                                               : ilikeFold(v).contains(lastWord);
            if (hit) {
                seen.insert(v);
                result << v;
                if (result.size() >= limit)
                    return result;
            }
        }
    }
    return result;
}

} // namespace sez::detail
