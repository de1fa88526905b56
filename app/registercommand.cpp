// SPDX-License-Identifier: GPL-3.0-or-later
// sezview-cli register: set, show, history, changes, undo and init on the allocation register.
#include "app/registercommand.h"

#include "core/cache/parcelcache.h"
#include "core/io/dataset.h"
#include "core/register/allocationcheck.h"
#include "core/register/allocationfields.h"
#include "core/register/allocationregister.h"
#include "core/register/changeexport.h"
#include "core/register/registeroverlay.h"
#include "core/report/changesreport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace sez {

namespace {

constexpr int kExitOk = 0;
constexpr int kExitBadInput = 1;
constexpr int kExitUsage = 2;

/// The command's own words, translatable like the rest of sezview.
class RegisterCommand
{
    Q_DECLARE_TR_FUNCTIONS(sez::RegisterCommand)

public:
    explicit RegisterCommand(const QStringList &args) : mArgs(args) {}
    int run();

private:
    int set();
    int show();
    int history();
    int changes();
    int undo();
    int init();

    bool parse(const QString &usage);
    std::unique_ptr<AllocationRegister> openRegister(bool create = false);
    int usageError(const QString &message) const;
    int inputError(const QString &message) const;
    int report(const EditResult &result);
    void printChanges(const std::vector<AllocationChange> &changes) const;
    void printChanges(const std::vector<AllocationChange> &changes, const QString &format, QJsonObject header) const;
    void printJson(const QJsonObject &object) const;
    static void print(FILE *stream, const QString &text);
    static QString localTime(const QDateTime &time);
    static QString valueText(const QString &text);

    QStringList mArgs;
    QCommandLineParser mParser;
    QString mSubcommand;
};

void RegisterCommand::print(FILE *stream, const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    std::fwrite(utf8.constData(), 1, std::size_t(utf8.size()), stream);
    std::fputc('\n', stream);
}

int RegisterCommand::usageError(const QString &message) const
{
    print(stderr, QStringLiteral("sezview-cli: register %1: %2").arg(mSubcommand, message));
    print(stderr, tr("Run 'sezview-cli --help' for the commands."));
    return kExitUsage;
}

int RegisterCommand::inputError(const QString &message) const
{
    print(stderr, QStringLiteral("sezview-cli: %1").arg(message));
    return kExitBadInput;
}

void RegisterCommand::printJson(const QJsonObject &object) const
{
    print(stdout, QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented)).trimmed());
}

QString RegisterCommand::localTime(const QDateTime &time)
{
    const QDateTime local = time.toLocalTime();
    return local.toOffsetFromUtc(local.offsetFromUtc()).toString(Qt::ISODate);
}

QString RegisterCommand::valueText(const QString &text)
{
    if (text.isNull())
        return tr("(the source's)");
    return text.isEmpty() ? tr("(none)") : text;
}

bool RegisterCommand::parse(const QString &positional)
{
    mParser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    mParser.addOption({QStringLiteral("register"), tr("The register: sqlite:FILE, postgresql://… or service=NAME."), QStringLiteral("ADDRESS")});
    mParser.addOption({QStringLiteral("json"), tr("Print JSON.")});
    if (!positional.isEmpty())
        mParser.addPositionalArgument(positional, positional);
    return mParser.parse(mArgs);
}

std::unique_ptr<AllocationRegister> RegisterCommand::openRegister(bool create)
{
    RegisterLocation location = RegisterLocation::defaultLocation();
    QString error;
    if (mParser.isSet(QStringLiteral("register")) && !RegisterLocation::parse(mParser.value(QStringLiteral("register")), &location, &error)) {
        inputError(error);
        return nullptr;
    }
    AllocationRegister::Options options;
    options.create = create;
    options.author = qEnvironmentVariable("SEZ_REGISTER_AUTHOR");
    auto reg = AllocationRegister::open(location, options, &error);
    if (!reg)
        inputError(error);
    return reg;
}

void RegisterCommand::printChanges(const std::vector<AllocationChange> &changes) const
{
    for (const AllocationChange &c : changes) {
        QString line = tr("#%1  %2  %3  version %4  by %5  — %6")
                           .arg(c.id).arg(localTime(c.changedAt), c.cadastralNumber).arg(c.version).arg(c.author, c.reason);
        if (c.undoes > 0)
            line += tr("  (undoes #%1)").arg(c.undoes);
        print(stdout, line);
        for (const FieldChange &f : c.fields)
            print(stdout, QStringLiteral("      %1: %2 → %3").arg(parcelFieldName(f.field), valueText(f.oldValue), valueText(f.newValue)));
    }
}

// As text, CSV, or JSON with \a header's keys beside "changes".
void RegisterCommand::printChanges(const std::vector<AllocationChange> &changes, const QString &format, QJsonObject header) const
{
    if (format == QLatin1String("csv")) {
        const QByteArray csv = ChangeExport::changesCsv(changes).toUtf8();
        std::fwrite(csv.constData(), 1, std::size_t(csv.size()), stdout);
    } else if (format == QLatin1String("json")) {
        QJsonArray array;
        for (const AllocationChange &c : changes)
            array.append(ChangeExport::changeJson(c));
        header.insert(QStringLiteral("changes"), array);
        printJson(header);
    } else {
        printChanges(changes);
    }
}

int RegisterCommand::report(const EditResult &r)
{
    const bool json = mParser.isSet(QStringLiteral("json"));
    switch (r.outcome) {
    case EditResult::Outcome::Applied:
        if (json)
            printJson({{QStringLiteral("outcome"), QStringLiteral("applied")},
                       {QStringLiteral("change"), ChangeExport::changeJson(r.change)},
                       {QStringLiteral("allocation"), ChangeExport::recordJson(r.current)}});
        else
            printChanges({r.change});
        return kExitOk;
    case EditResult::Outcome::Unchanged:
        if (json)
            printJson({{QStringLiteral("outcome"), QStringLiteral("unchanged")},
                       {QStringLiteral("allocation"), ChangeExport::recordJson(r.current)}});
        else
            print(stdout, tr("%1 already has these values: nothing recorded (version %2)").arg(r.current.cadastralNumber).arg(r.current.version));
        return kExitOk;
    case EditResult::Outcome::Conflict:
        if (json)
            printJson({{QStringLiteral("outcome"), QStringLiteral("conflict")},
                       {QStringLiteral("allocation"), ChangeExport::recordJson(r.current)}});
        return inputError(r.message);
    default:
        return inputError(r.message);
    }
}

int RegisterCommand::set()
{
    struct FieldOption { const char *name; ParcelField field; const char *valueName; };
    static const FieldOption fieldOptions[] = {
        {"status", ParcelField::Status, "S"}, {"investor", ParcelField::Investor, "I"},
        {"project", ParcelField::Project, "P"}, {"project-kk", ParcelField::ProjectKk, "P"},
        {"investment", ParcelField::InvestmentKzt, "TENGE"}, {"jobs", ParcelField::Jobs, "N"},
        {"lease-start", ParcelField::LeaseStart, "YYYY-MM-DD"}, {"lease-end", ParcelField::LeaseEnd, "YYYY-MM-DD"},
        {"power-kw", ParcelField::PowerKw, "KW"}, {"water", ParcelField::WaterM3Day, "M3_PER_DAY"},
        {"gas", ParcelField::Gas, "yes|no"}};
    for (const FieldOption &o : fieldOptions)
        mParser.addOption({QString::fromLatin1(o.name), parcelFieldName(o.field), QString::fromLatin1(o.valueName)});
    mParser.addOption({QStringLiteral("new-investor"), tr("The investor is new: record it although the dataset does not know it.")});
    mParser.addOption({QStringLiteral("reason"), tr("Why: the akimat's decision number and date."), QStringLiteral("R")});
    mParser.addOption({QStringLiteral("expect-version"), tr("Refuse unless the parcel is still at this version."), QStringLiteral("N")});
    mParser.addOption({QStringLiteral("dataset"), tr("The dataset the parcel belongs to."), QStringLiteral("D")});
    mParser.addOption({QStringLiteral("cache"), tr("The dataset's cache file."), QStringLiteral("FILE")});
    if (!parse(QStringLiteral("CADNUM")))
        return usageError(mParser.errorText());
    if (mParser.positionalArguments().size() != 1)
        return usageError(tr("set takes exactly one cadastral number"));
    if (mParser.value(QStringLiteral("reason")).trimmed().isEmpty())
        return usageError(tr("set needs --reason, e.g. the akimat's decision number and date"));
    AllocationEdit edit;
    edit.cadastralNumber = mParser.positionalArguments().constFirst();
    edit.reason = mParser.value(QStringLiteral("reason"));
    for (const FieldOption &o : fieldOptions) {
        const QString name = QString::fromLatin1(o.name);
        if (!mParser.isSet(name))
            continue;
        QString error;
        QVariant value;
        if (!AllocationFields::fromText(o.field, mParser.value(name), &value, &error))
            return usageError(error);
        edit.values[o.field] = value;
    }
    if (edit.values.empty())
        return usageError(tr("set needs at least one value to record, e.g. --status allocated"));
    bool expectVersion = mParser.isSet(QStringLiteral("expect-version"));
    if (expectVersion) {
        bool ok = false;
        edit.expectedVersion = mParser.value(QStringLiteral("expect-version")).toLongLong(&ok);
        if (!ok || edit.expectedVersion < 0)
            return usageError(tr("--expect-version must be a version number (0 for a parcel not yet in the register)"));
    }

    auto reg = openRegister();
    if (!reg)
        return kExitBadInput;
    if (!reg->canWrite())
        return inputError(reg->readOnlyReason());
    QString error;
    ParcelCache::Options cacheOptions;
    cacheOptions.cachePath = mParser.value(QStringLiteral("cache"));
    const QString datasetPath = mParser.isSet(QStringLiteral("dataset")) ? mParser.value(QStringLiteral("dataset")) : bundledSamplePath();
    auto cache = ParcelCache::open(datasetPath, cacheOptions, &error);
    if (!cache)
        return inputError(error);
    QStringList investors;
    if (!reg->recordedValues(ParcelField::Investor, &investors, &error))
        return inputError(error);
    if (!AllocationCheck(*cache->store(), investors).check(&edit, mParser.isSet(QStringLiteral("new-investor")), &error))
        return inputError(error);
    if (!expectVersion) {
        // Without a version from the caller, the one read just now: the edit still never overwrites
        // a change made between this read and the write.
        AllocationRecord current;
        if (!reg->record(edit.cadastralNumber, &current, &error))
            return inputError(error);
        edit.expectedVersion = current.version;
    }
    return report(reg->apply(edit));
}

int RegisterCommand::show()
{
    if (!parse(QStringLiteral("CADNUM")))
        return usageError(mParser.errorText());
    if (mParser.positionalArguments().size() != 1)
        return usageError(tr("show takes exactly one cadastral number"));
    auto reg = openRegister();
    if (!reg)
        return kExitBadInput;
    AllocationRecord record;
    QString error;
    if (!reg->record(mParser.positionalArguments().constFirst(), &record, &error))
        return inputError(error);
    if (mParser.isSet(QStringLiteral("json"))) {
        printJson(ChangeExport::recordJson(record));
        return kExitOk;
    }
    if (record.version == 0) {
        print(stdout, tr("%1: the register has nothing on this parcel; the source's values stand").arg(record.cadastralNumber));
        return kExitOk;
    }
    print(stdout, tr("%1  version %2, last changed %3 by %4").arg(record.cadastralNumber).arg(record.version)
                      .arg(localTime(record.updatedAt), record.updatedBy));
    for (const auto &[field, value] : record.values)
        print(stdout, QStringLiteral("  %1: %2").arg(parcelFieldName(field), valueText(AllocationFields::toText(field, value))));
    return kExitOk;
}

int RegisterCommand::history()
{
    if (!parse(QStringLiteral("[CADNUM]")))
        return usageError(mParser.errorText());
    if (mParser.positionalArguments().size() > 1)
        return usageError(tr("history takes at most one cadastral number"));
    auto reg = openRegister();
    if (!reg)
        return kExitBadInput;
    std::vector<AllocationChange> changes;
    QString error;
    if (!reg->history(mParser.positionalArguments().value(0), &changes, &error))
        return inputError(error);
    printChanges(changes, mParser.isSet(QStringLiteral("json")) ? QStringLiteral("json") : QStringLiteral("text"),
                 {{QStringLiteral("register"), reg->location().displayName()}});
    return kExitOk;
}

// A date is the start of that day in local time; a date and time is taken as given.
QDateTime parseWhen(const QString &text, bool endOfDay)
{
    const QDate date = QDate::fromString(text.trimmed(), Qt::ISODate);
    if (date.isValid())
        return (endOfDay ? date.addDays(1) : date).startOfDay();
    return QDateTime::fromString(text.trimmed(), Qt::ISODateWithMs);
}

int RegisterCommand::changes()
{
    mParser.addOption({QStringLiteral("since"), tr("From this date (YYYY-MM-DD) or time (ISO 8601)."), QStringLiteral("DATE")});
    mParser.addOption({QStringLiteral("until"), tr("Up to and including this date, or up to this time."), QStringLiteral("DATE")});
    mParser.addOption({QStringLiteral("format"), tr("text, csv or json."), QStringLiteral("FORMAT"), QStringLiteral("text")});
    if (!parse(QString()))
        return usageError(mParser.errorText());
    if (!mParser.positionalArguments().isEmpty())
        return usageError(tr("changes takes no cadastral number (see history)"));
    if (!mParser.isSet(QStringLiteral("since")))
        return usageError(tr("changes needs --since DATE"));
    const QDateTime since = parseWhen(mParser.value(QStringLiteral("since")), false);
    const QDateTime until = mParser.isSet(QStringLiteral("until")) ? parseWhen(mParser.value(QStringLiteral("until")), true) : QDateTime();
    if (!since.isValid() || (mParser.isSet(QStringLiteral("until")) && !until.isValid()))
        return usageError(tr("--since and --until take a date as YYYY-MM-DD or a time as YYYY-MM-DDTHH:MM"));
    QString format = mParser.value(QStringLiteral("format"));
    if (mParser.isSet(QStringLiteral("json")))
        format = QStringLiteral("json");
    if (format != QLatin1String("text") && format != QLatin1String("csv") && format != QLatin1String("json"))
        return usageError(tr("--format must be text, csv or json"));
    auto reg = openRegister();
    if (!reg)
        return kExitBadInput;
    std::vector<AllocationChange> changes;
    QString error;
    if (!reg->changesBetween(since, until, &changes, &error))
        return inputError(error);
    printChanges(changes, format,
                 {{QStringLiteral("register"), reg->location().displayName()},
                  {QStringLiteral("since"), ChangeExport::timeText(since)},
                  {QStringLiteral("until"), until.isValid() ? QJsonValue(ChangeExport::timeText(until)) : QJsonValue()}});
    return kExitOk;
}

int RegisterCommand::undo()
{
    mParser.addOption({QStringLiteral("reason"), tr("Why: the akimat's decision number and date."), QStringLiteral("R")});
    if (!parse(QStringLiteral("CHANGE_ID")))
        return usageError(mParser.errorText());
    bool ok = false;
    const qint64 id = mParser.positionalArguments().value(0).toLongLong(&ok);
    if (mParser.positionalArguments().size() != 1 || !ok || id <= 0)
        return usageError(tr("undo takes the number of one change (see history)"));
    if (mParser.value(QStringLiteral("reason")).trimmed().isEmpty())
        return usageError(tr("undo needs --reason, e.g. the akimat's decision number and date"));
    auto reg = openRegister();
    if (!reg)
        return kExitBadInput;
    return report(reg->undo(id, mParser.value(QStringLiteral("reason"))));
}

int RegisterCommand::init()
{
    if (!parse(QString()))
        return usageError(mParser.errorText());
    if (!mParser.positionalArguments().isEmpty())
        return usageError(tr("init takes no arguments"));
    auto reg = openRegister(true);
    if (!reg)
        return kExitBadInput;
    if (mParser.isSet(QStringLiteral("json")))
        printJson({{QStringLiteral("register"), reg->location().displayName()},
                   {QStringLiteral("writer_role"), QStringLiteral("sezview_officer")},
                   {QStringLiteral("reader_role"), QStringLiteral("sezview_reader")}});
    else if (reg->location().backend() == RegisterLocation::Backend::PostgreSQL)
        print(stdout, tr("the register %1 is ready: officers write as members of sezview_officer, "
                         "investors and analysts read as members of sezview_reader").arg(reg->location().displayName()));
    else
        print(stdout, tr("the register %1 is ready").arg(reg->location().displayName()));
    return kExitOk;
}

int RegisterCommand::run()
{
    if (mArgs.size() < 2) {
        print(stderr, tr("sezview-cli: register needs a subcommand: set, show, history, changes, undo or init"));
        return kExitUsage;
    }
    mSubcommand = mArgs.takeAt(1);
    if (mSubcommand == QLatin1String("set"))
        return set();
    if (mSubcommand == QLatin1String("show"))
        return show();
    if (mSubcommand == QLatin1String("history"))
        return history();
    if (mSubcommand == QLatin1String("changes"))
        return changes();
    if (mSubcommand == QLatin1String("undo"))
        return undo();
    if (mSubcommand == QLatin1String("init"))
        return init();
    return usageError(tr("unknown subcommand; give set, show, history, changes, undo or init"));
}

} // namespace

int runRegisterCommand(const QStringList &args)
{
    return RegisterCommand(args).run();
}

int writeRegisterChangesReport(const QCommandLineParser &parser, const ParcelStore &store, const QString &output)
{
    const auto fail = [](int code, const QString &message) {
        const QByteArray text = QStringLiteral("sezview-cli: %1\n").arg(message).toUtf8();
        std::fwrite(text.constData(), 1, std::size_t(text.size()), stderr);
        return code;
    };
    if (!parser.isSet(QStringLiteral("since")))
        return fail(kExitUsage, QStringLiteral("report --kind changes needs --since DATE"));
    const QDate from = QDate::fromString(parser.value(QStringLiteral("since")).trimmed(), Qt::ISODate);
    const QDate to = parser.isSet(QStringLiteral("until")) ? QDate::fromString(parser.value(QStringLiteral("until")).trimmed(), Qt::ISODate)
                                                            : QDate::currentDate();
    if (!from.isValid() || !to.isValid() || to < from)
        return fail(kExitUsage, QStringLiteral("--since and --until take dates as YYYY-MM-DD, --until not before --since"));
    RegisterLocation location = RegisterLocation::defaultLocation();
    QString error;
    if (parser.isSet(QStringLiteral("register")) && !RegisterLocation::parse(parser.value(QStringLiteral("register")), &location, &error))
        return fail(kExitBadInput, error);
    std::vector<AllocationChange> changes;
    if (parser.isSet(QStringLiteral("register")) || QFileInfo::exists(location.filePath())) {
        AllocationRegister::Options options;
        options.readOnly = true;
        auto reg = AllocationRegister::open(location, options, &error);
        if (!reg || !reg->changesBetween(from.startOfDay(), to.addDays(1).startOfDay(), &changes, &error))
            return fail(kExitBadInput, error);
    }
    ChangesReportOptions options;
    options.from = from;
    options.to = to;
    options.registerName = location.displayName();
    if (!writeChangesReport(store, changes, options, output, &error))
        return fail(kExitBadInput, error);
    const QByteArray done = QStringLiteral("wrote %1 (%2 changes)\n").arg(output).arg(changes.size()).toUtf8();
    std::fwrite(done.constData(), 1, std::size_t(done.size()), stderr);
    return kExitOk;
}

void addRegisterViewOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("register"),
                      QCoreApplication::translate("sez::RegisterCommand", "The allocation register whose values win over the source's."),
                      QStringLiteral("ADDRESS")});
    parser.addOption({QStringLiteral("no-register"),
                      QCoreApplication::translate("sez::RegisterCommand", "The source's values alone, without the register's.")});
}

std::shared_ptr<const ParcelStore> storeWithRegister(const QCommandLineParser &parser, std::shared_ptr<const ParcelStore> source,
                                                     QString *error)
{
    if (parser.isSet(QStringLiteral("no-register")))
        return source;
    RegisterLocation location = RegisterLocation::defaultLocation();
    if (parser.isSet(QStringLiteral("register"))) {
        if (!RegisterLocation::parse(parser.value(QStringLiteral("register")), &location, error))
            return nullptr;
    } else if (!QFileInfo::exists(location.filePath())) {
        return source;   // no register of one's own yet: the source's values stand
    }
    AllocationRegister::Options options;
    options.readOnly = true;
    auto reg = AllocationRegister::open(location, options, error);
    std::vector<AllocationRecord> records;
    if (!reg || !reg->records(&records, error))
        return nullptr;
    auto overlay = RegisterOverlay::create(std::move(source), records, error);
    return overlay ? overlay->store() : nullptr;
}

} // namespace sez
