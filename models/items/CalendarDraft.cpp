#include "items/CalendarDraft.h"

#include <QRegularExpression>

#include <algorithm>

namespace paht {

namespace {

const QString kTet = QStringLiteral("tet");

bool isWeekend(const QDate& date)
{
    return date.dayOfWeek() >= Qt::Saturday;
}

QString dayText(const QDate& date)
{
    return date.toString(QStringLiteral("dd/MM/yyyy"));
}

// The domain's reasons read "<field path>: <why>"; the path says which rule refused the edit.
QString pathOf(const QString& reason)
{
    return reason.section(QLatin1String(": "), 0, 0);
}

int indexIn(const QString& path)
{
    static const QRegularExpression index(QStringLiteral("\\[(\\d+)\\]"));
    const QRegularExpressionMatch match = index.match(path);
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}

QList<QDate> sortedUnique(QList<QDate> days)
{
    std::sort(days.begin(), days.end());
    days.erase(std::unique(days.begin(), days.end()), days.end());
    return days;
}

} // namespace

CalendarDraft::CalendarDraft(WorkingCalendar calendar) : m_calendar(std::move(calendar))
{
    markSaved();
}

YearOverride CalendarDraft::decisions(int year) const
{
    if (const YearOverride* entry = m_calendar.overrides().forYear(year))
        return *entry;
    YearOverride blank;
    blank.year = year;
    return blank;
}

QList<QDate> CalendarDraft::tetDays(int year) const
{
    const YearOverride entry = decisions(year);
    return entry.tetDays ? *entry.tetDays : computedTetDays(year);
}

QList<QDate> CalendarDraft::tetCompensatoryDays(int year) const
{
    QList<QDate> days;
    for (const DayOff& day : m_calendar.yearPlan(year).daysOff) {
        if (day.reason == DayOffReason::Compensatory && day.holidayKey == kTet)
            days << day.date;
    }
    return days;
}

TetBreak CalendarDraft::tetBreak(int year) const
{
    const QList<QDate> days = tetDays(year);
    if (days.isEmpty())
        return {};
    const QDate first = *std::min_element(days.begin(), days.end());
    if (m_calendar.isWorkingDay(first))
        return {};
    TetBreak run{first, first};
    // A notice could not make a break longer than a few weeks: the bound only guards a broken table.
    for (int guard = 0; guard < 60 && !m_calendar.isWorkingDay(run.first.addDays(-1)); ++guard)
        run.first = run.first.addDays(-1);
    for (int guard = 0; guard < 60 && !m_calendar.isWorkingDay(run.last.addDays(1)); ++guard)
        run.last = run.last.addDays(1);
    return run;
}

RuleProblem CalendarDraft::setSource(int year, const QString& source)
{
    YearOverride entry = decisions(year);
    entry.source = source.trimmed();
    return apply(entry, QStringLiteral("source"));
}

RuleProblem CalendarDraft::setTetDays(int year, const std::optional<QList<QDate>>& days)
{
    YearOverride entry = decisions(year);
    entry.tetDays = days ? std::optional<QList<QDate>>(sortedUnique(*days)) : std::nullopt;
    return apply(entry, QStringLiteral("tet.days"));
}

RuleProblem CalendarDraft::addTetDay(int year, const QDate& day)
{
    const QList<QDate> days = tetDays(year);
    if (days.contains(day))
        return {QStringLiteral("tet.days"), tr("%1 is already a day of Tết.").arg(dayText(day))};
    return setTetDays(year, days + QList<QDate>{day});
}

RuleProblem CalendarDraft::removeTetDay(int year, const QDate& day)
{
    QList<QDate> days = tetDays(year);
    days.removeAll(day);
    return setTetDays(year, days);
}

RuleProblem CalendarDraft::setTetCompensatoryDays(int year, const std::optional<QList<QDate>>& days)
{
    YearOverride entry = decisions(year);
    entry.tetCompensatoryDays = days ? std::optional<QList<QDate>>(sortedUnique(*days)) : std::nullopt;
    return apply(entry, QStringLiteral("tet.compensatoryDays"));
}

RuleProblem CalendarDraft::addTetCompensatoryDay(int year, const QDate& day)
{
    const QList<QDate> days = tetCompensatoryDays(year);
    if (days.contains(day)) {
        return {QStringLiteral("tet.compensatoryDays"),
                tr("%1 is already a compensatory day.").arg(dayText(day))};
    }
    return setTetCompensatoryDays(year, days + QList<QDate>{day});
}

RuleProblem CalendarDraft::removeTetCompensatoryDay(int year, const QDate& day)
{
    QList<QDate> days = tetCompensatoryDays(year);
    days.removeAll(day);
    return setTetCompensatoryDays(year, days);
}

RuleProblem CalendarDraft::setNationalDayAdjacent(int year, const QDate& day)
{
    YearOverride entry = decisions(year);
    entry.nationalDayAdjacent = day;
    return apply(entry, QStringLiteral("nationalDayAdjacent"));
}

RuleProblem CalendarDraft::addSwap(int year, const DaySwap& swap)
{
    YearOverride entry = decisions(year);
    for (const DaySwap& existing : entry.swaps) {
        if (existing.worked == swap.worked || existing.off == swap.off) {
            return {QStringLiteral("swaps"),
                    tr("A swap already names %1.")
                        .arg(dayText(existing.worked == swap.worked ? swap.worked : swap.off))};
        }
    }
    DaySwap added = swap;
    added.note = swap.note.trimmed();
    entry.swaps << added;
    std::stable_sort(entry.swaps.begin(), entry.swaps.end(),
                     [](const DaySwap& a, const DaySwap& b) { return a.worked < b.worked; });
    return apply(entry, QStringLiteral("swaps"));
}

void CalendarDraft::removeSwap(int year, int index)
{
    YearOverride entry = decisions(year);
    if (index < 0 || index >= entry.swaps.size())
        return;
    entry.swaps.removeAt(index);
    apply(entry, QStringLiteral("swaps"));
}

RuleProblem CalendarDraft::addExtraDayOff(int year, const ListedDay& day)
{
    YearOverride entry = decisions(year);
    for (const ListedDay& existing : entry.extraDaysOff) {
        if (existing.date == day.date)
            return {QStringLiteral("extraDaysOff"), tr("%1 is already listed.").arg(dayText(day.date))};
    }
    ListedDay added = day;
    added.note = day.note.trimmed();
    entry.extraDaysOff << added;
    std::stable_sort(entry.extraDaysOff.begin(), entry.extraDaysOff.end(),
                     [](const ListedDay& a, const ListedDay& b) { return a.date < b.date; });
    return apply(entry, QStringLiteral("extraDaysOff"));
}

void CalendarDraft::removeExtraDayOff(int year, int index)
{
    YearOverride entry = decisions(year);
    if (index < 0 || index >= entry.extraDaysOff.size())
        return;
    entry.extraDaysOff.removeAt(index);
    apply(entry, QStringLiteral("extraDaysOff"));
}

RuleProblem CalendarDraft::setHoursProfiles(const QList<HoursProfile>& profiles)
{
    const QString field = QStringLiteral("workingHours");
    QString reason;
    const WorkingHours hours = WorkingHours::fromProfiles(profiles, &reason);
    if (!reason.isEmpty())
        return {field, explainHours(profiles, reason)};
    m_calendar = WorkingCalendar(m_calendar.overrides(), hours);
    return {field, {}};
}

RuleProblem CalendarDraft::apply(const YearOverride& entry, const QString& field)
{
    CalendarOverrides table = m_calendar.overrides();
    YearOverride blank;
    blank.year = entry.year;
    if (entry == blank) {
        table.removeYear(entry.year); // nothing decided any more: the Labour Code defaults hold
    } else {
        const QString reason = table.setYear(entry);
        if (!reason.isEmpty())
            return {field, explainYear(entry, reason)};
    }
    m_calendar = WorkingCalendar(table, m_calendar.workingHours());
    return {field, {}};
}

// The domain's reasons are English and name a field path; the administrator reads them in their language.
QString CalendarDraft::explainYear(const YearOverride& entry, const QString& reason)
{
    const QString path = pathOf(reason);
    const int index = indexIn(path);
    const QString year = QString::number(entry.year);
    if (path == QLatin1String("year"))
        return tr("The calendar covers the years 1900 to 2199.");
    if (path == QLatin1String("tet.days"))
        return tr(
            "Tết needs at least one day; to use the lunar calendar's days, untick \"Set by the notice\".");
    if (path.startsWith(QLatin1String("tet.")) && index >= 0)
        return tr("The days of Tết and their compensatory days must fall in %1.").arg(year);
    if (path == QLatin1String("nationalDayAdjacent"))
        return tr("The day beside National Day is 1 or 3 September.");
    if (path.startsWith(QLatin1String("swaps[")) && index >= 0 && index < entry.swaps.size()) {
        const DaySwap& swap = entry.swaps[index];
        if (path.endsWith(QLatin1String(".worked")) && !isWeekend(swap.worked))
            return tr("The day worked must be a Saturday or a Sunday.");
        if (path.endsWith(QLatin1String(".off")) && isWeekend(swap.off))
            return tr("The day off in exchange must be a weekday (Monday to Friday).");
        const QDate far = path.endsWith(QLatin1String(".worked")) ? swap.worked : swap.off;
        return tr("%1 is too far from %2.").arg(dayText(far), year);
    }
    if (path.startsWith(QLatin1String("extraDaysOff[")) && index >= 0 && index < entry.extraDaysOff.size())
        return tr("%1 is too far from %2.").arg(dayText(entry.extraDaysOff[index].date), year);
    return reason;
}

QString CalendarDraft::explainHours(const QList<HoursProfile>& profiles, const QString& reason)
{
    static const QRegularExpression overlap(
        QStringLiteral("^profiles\\[(\\d+)\\]: overlaps profiles\\[(\\d+)\\] "
                       "on (\\d\\d)-(\\d\\d)$"));
    static const QRegularExpression uncovered(QStringLiteral("no profile covers (\\d\\d)-(\\d\\d)$"));
    const QString path = pathOf(reason);
    const int index = indexIn(path);
    const auto name = [&profiles](int i) {
        const QString given = i >= 0 && i < profiles.size() ? profiles[i].name.trimmed() : QString();
        return given.isEmpty() ? QStringLiteral("#%1").arg(i + 1) : given;
    };
    const auto monthDay = [](const QRegularExpressionMatch& match, int first) {
        return match.captured(first + 1) + QLatin1Char('/') + match.captured(first);
    };
    if (const QRegularExpressionMatch match = overlap.match(reason); match.hasMatch()) {
        return tr("The profiles %1 and %2 both cover %3.")
            .arg(name(match.captured(2).toInt()), name(match.captured(1).toInt()), monthDay(match, 3));
    }
    if (const QRegularExpressionMatch match = uncovered.match(reason); match.hasMatch())
        return tr("No profile covers %1: the profiles must cover the whole year.").arg(monthDay(match, 1));
    if (path == QLatin1String("profiles"))
        return tr("Keep at least one profile of office hours.");
    if (path.endsWith(QLatin1String(".from")) || path.endsWith(QLatin1String(".to")))
        return tr("Profile %1: not a valid day of the year.").arg(name(index));
    if (path.endsWith(QLatin1String(".periods")))
        return tr("Profile %1 needs at least one period of office hours.").arg(name(index));
    if (path.contains(QLatin1String(".periods[")) && reason.contains(QLatin1String("overlaps")))
        return tr("Profile %1: the periods must follow one another without overlapping.").arg(name(index));
    if (path.contains(QLatin1String(".periods[")))
        return tr("Profile %1: each period must start before it ends.").arg(name(index));
    return reason;
}

} // namespace paht
