#include "calendar/Holiday.h"
#include "calendar/SlaClock.h"
#include "cli/Subcommand.h"
#include "core/Regulation.h"
#include "storage/DataDirectory.h"
#include "storage/DirectoryRows.h"

#include <QLocale>

namespace paht::store {

namespace {

// The rules as the store would apply them: the data directory's edited calendar and policy if any.
std::unique_ptr<Regulation> loadRegulation(const QString& dataPath, QString* error)
{
    DataDirectory data(dataPath);
    if (!data.open(error))
        return nullptr;
    return Regulation::load(DirectoryRows(data.database().connection()), error);
}

QString day(const QDate& date)
{
    return QLocale::c().toString(date, QStringLiteral("yyyy-MM-dd ddd"));
}

QString holidayName(const QString& key)
{
    return QStringLiteral("%1 (%2)").arg(Holiday::vietnameseName(key),
                                         QString::fromLatin1(Holiday::englishName(key)));
}

int calendar(const QStringList& arguments)
{
    SubcommandParser cli(
        QStringLiteral("calendar"),
        QStringLiteral("Prints a year's public holidays (also those on a weekend), compensatory days "
                       "off and swapped days, to check against the government's notice."));
    cli.addDataOption();
    cli.parser().addOption(
        {QStringLiteral("year"), QStringLiteral("The year (1900-2199)."), QStringLiteral("Y")});
    int code = 0;
    if (!cli.parse(arguments, {QStringLiteral("data"), QStringLiteral("year")}, &code))
        return code;
    bool ok = false;
    const int year = cli.parser().value(QStringLiteral("year")).toInt(&ok);
    if (!ok || year < 1900 || year > 2199) {
        err() << "paht-store calendar: --year takes a year from 1900 to 2199\n" << Qt::flush;
        return 2;
    }
    QString error;
    const auto regulation = loadRegulation(cli.parser().value(QStringLiteral("data")), &error);
    if (!regulation) {
        err() << "paht-store calendar: " << error << "\n" << Qt::flush;
        return 1;
    }
    const CalendarYear plan = regulation->calendar().yearPlan(year);
    out() << "Working calendar " << year;
    if (!plan.source.isEmpty())
        out() << " (table: " << plan.source << ")";
    if (plan.overridden)
        out() << " [whole year overridden by the table]";
    out() << "\n\nPublic holidays (Labour Code 2019, Art. 112):\n";
    for (const Holiday& holiday : plan.holidays) {
        const bool weekend = holiday.date.dayOfWeek() >= 6;
        out() << "  " << day(holiday.date) << "  " << holidayName(holiday.key)
              << (weekend ? "  [falls on a weekend]" : "") << "\n";
    }
    out() << "\nOther days off:\n";
    int others = 0;
    for (const DayOff& off : plan.daysOff) {
        if (off.reason == DayOffReason::Holiday)
            continue;
        ++others;
        out() << "  " << day(off.date) << "  " << dayOffReasonName(off.reason);
        if (off.reason == DayOffReason::Compensatory)
            out() << " for " << holidayName(off.holidayKey) << " on " << day(off.relatedDate);
        if (off.reason == DayOffReason::Swapped && off.relatedDate.isValid())
            out() << ", worked instead on " << day(off.relatedDate);
        if (!off.note.isEmpty())
            out() << "  - " << off.note;
        out() << "\n";
    }
    if (others == 0)
        out() << "  (none)\n";
    out() << "\nWeekend days worked (swaps):\n";
    for (const WorkedRestDay& worked : plan.workedRestDays)
        out() << "  " << day(worked.date) << "  worked, in exchange for " << day(worked.dayOff)
              << (worked.note.isEmpty() ? QString() : QStringLiteral("  - ") + worked.note) << "\n";
    if (plan.workedRestDays.isEmpty())
        out() << "  (none)\n";
    out() << Qt::flush;
    return 0;
}

int deadline(const QStringList& arguments)
{
    SubcommandParser cli(
        QStringLiteral("deadline"),
        QStringLiteral("Prints the deadline the store would set: N working days or N working hours "
                       "after an instant, on the working calendar (UTC+7)."));
    cli.addDataOption();
    QCommandLineParser& parser = cli.parser();
    parser.addOption({QStringLiteral("from"),
                      QStringLiteral("Start instant, ISO-8601 (e.g. 2026-02-13T16:55:00+07:00)."),
                      QStringLiteral("ISO-8601")});
    parser.addOption(
        {QStringLiteral("working-days"), QStringLiteral("Working days to add."), QStringLiteral("N")});
    parser.addOption(
        {QStringLiteral("working-hours"), QStringLiteral("Working hours to add."), QStringLiteral("N")});
    int code = 0;
    if (!cli.parse(arguments, {QStringLiteral("data"), QStringLiteral("from")}, &code))
        return code;
    const bool days = parser.isSet(QStringLiteral("working-days"));
    if (days == parser.isSet(QStringLiteral("working-hours"))) {
        err() << "paht-store deadline: give exactly one of --working-days and --working-hours\n" << Qt::flush;
        return 2;
    }
    bool ok = false;
    const int amount =
        parser.value(days ? QStringLiteral("working-days") : QStringLiteral("working-hours")).toInt(&ok);
    if (!ok || amount < 0 || amount > 10000) {
        err() << "paht-store deadline: the amount must be a whole number from 0 to 10000\n" << Qt::flush;
        return 2;
    }
    const QDateTime from = QDateTime::fromString(parser.value(QStringLiteral("from")), Qt::ISODate);
    if (!from.isValid() || from.timeSpec() == Qt::LocalTime) {
        err() << "paht-store deadline: --from must be ISO-8601 with a zone, e.g. 2026-02-13T16:55:00+07:00\n"
              << Qt::flush;
        return 2;
    }
    QString error;
    const auto regulation = loadRegulation(parser.value(QStringLiteral("data")), &error);
    if (!regulation) {
        err() << "paht-store deadline: " << error << "\n" << Qt::flush;
        return 1;
    }
    const SlaDuration duration = days ? SlaDuration::workingDays(amount) : SlaDuration::workingHours(amount);
    const QDateTime due = regulation->clock().deadline(from, duration);
    out() << due.toTimeZone(WorkingCalendar::timeZone()).toString(Qt::ISODate) << "\n" << Qt::flush;
    return 0;
}

} // namespace

QList<Subcommand> timeSubcommands()
{
    return {
        {QStringLiteral("calendar"), QStringLiteral("print a year's holidays, days off and swaps"), calendar},
        {QStringLiteral("deadline"),
         QStringLiteral("print the deadline N working days/hours after an instant"), deadline},
    };
}

} // namespace paht::store
