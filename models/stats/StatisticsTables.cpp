#include "stats/StatisticsTables.h"

#include "calendar/WorkingHours.h"
#include "items/DisplayNames.h"
#include "stats/StatisticsNotes.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace paht {

namespace {

// A table without rows still shows that there was nothing to list.
void markEmpty(StatisticsTable* table)
{
    if (!table->rows.isEmpty())
        return;
    QStringList row(table->headers.size());
    row[0] = StatisticsTables::tr("None");
    table->rows << row;
    table->reportIds << QString();
}

void addRow(StatisticsTable* table, const QStringList& row, const QString& reportId = {})
{
    table->rows << row;
    table->reportIds << reportId;
}

int overdueTotal(const HandlingFigures& h)
{
    int total = 0;
    for (const StageOverdue& entry : h.overdue)
        total += entry.total();
    return total;
}

} // namespace

QString StatisticsTables::count(int value)
{
    return QLocale().toString(value);
}

QString StatisticsTables::percent(const std::optional<double>& share)
{
    if (!share)
        return u"—"_s;
    //: A share in a report's table; %1 the number with one decimal. Vietnamese: "%1%"
    return tr("%1%").arg(QLocale().toString(*share * 100.0, 'f', 1));
}

QString StatisticsTables::workingHours(const std::optional<qint64>& seconds)
{
    if (!seconds)
        return u"—"_s;
    //: Working time in a report's table; %1 working hours with one decimal. Vietnamese: "%1 giờ"
    return tr("%1 h").arg(QLocale().toString(double(*seconds) / 3600.0, 'f', 1));
}

QString StatisticsTables::agencyName(const QString& code) const
{
    const QString name = m_names.value(code);
    return name.isEmpty() ? code : name;
}

StatisticsTable StatisticsTables::summary(const StatisticsResult& result) const
{
    const PeriodReport& report = result.report;
    StatisticsTable table;
    table.key = u"summary"_s;
    table.headers = {tr("Figure"), tr("Value")};
    table.note = StatisticsNotes::handled() + u"\n"_s + StatisticsNotes::onTime();
    const auto add = [&table](const QString& label, const QString& value) {
        addRow(&table, {label, value});
    };
    if (result.isProvince()) {
        const ProvinceFigures& p = report.province;
        table.title = tr("Receipt and handling in the province");
        add(tr("Received"), count(p.received));
        add(tr("Dispatched to agencies"), count(p.dispatched));
        add(tr("Not taken (out of scope)"), count(p.rejectedTotal()));
        add(tr("Handled"), count(p.handling.handled));
        add(tr("Handled on time"), count(p.handling.handledOnTime));
        add(tr("On-time share"), percent(p.handling.onTimeShare()));
        add(tr("Backlog at the end of the period"), count(p.handling.backlog.total()));
        add(tr("Returned to the center by agencies"), count(p.handling.returned));
        add(tr("Escalated to the Provincial People's Committee"), count(p.escalations.opened));
        add(tr("Escalations resolved"), count(p.escalations.resolved));
        add(tr("Escalations standing at the end"), count(int(p.escalations.standingAtEnd.size())));
        add(tr("Ratings given"), count(p.handling.ratings.total()));
        add(tr("Satisfaction share"), percent(p.handling.ratings.satisfactionShare()));
        return table;
    }
    table.title = tr("Receipt and handling by %1").arg(agencyName(result.agencyCode));
    const AgencyFigures empty;
    const AgencyFigures* a = report.agency(result.agencyCode) ? report.agency(result.agencyCode) : &empty;
    add(tr("Dispatched to the agency"), count(a->dispatched));
    add(tr("Handled"), count(a->handling.handled));
    add(tr("Handled on time"), count(a->handling.handledOnTime));
    add(tr("On-time share"), percent(a->handling.onTimeShare()));
    add(tr("Backlog at the end of the period"), count(a->handling.backlog.total()));
    add(tr("Returned to the center"), count(a->handling.returned));
    add(tr("Ratings given"), count(a->handling.ratings.total()));
    add(tr("Satisfaction share"), percent(a->handling.ratings.satisfactionShare()));
    return table;
}

StatisticsTable StatisticsTables::agencies(const PeriodReport& report) const
{
    StatisticsTable table;
    table.key = u"agencies"_s;
    table.title = tr("By handling agency");
    table.headers = {tr("Agency"),  tr("Dispatched"), tr("Handled"), tr("On time"),     tr("On-time share"),
                     tr("Backlog"), tr("Returned"),   tr("Overdue"), tr("Satisfaction")};
    for (const AgencyFigures& a : report.agencies) {
        const HandlingFigures& h = a.handling;
        addRow(&table, {agencyName(a.agencyCode), count(a.dispatched), count(h.handled),
                        count(h.handledOnTime), percent(h.onTimeShare()), count(h.backlog.total()),
                        count(h.returned), count(overdueTotal(h)), percent(h.ratings.satisfactionShare())});
    }
    table.note = StatisticsNotes::overdue();
    markEmpty(&table);
    return table;
}

StatisticsTable StatisticsTables::returns(const ProvinceFigures& province) const
{
    StatisticsTable table;
    table.key = u"returns"_s;
    table.title = tr("Returned to the center, by agency");
    table.headers = {tr("Agency"), tr("Returns")};
    for (auto it = province.returnedBy.cbegin(); it != province.returnedBy.cend(); ++it)
        addRow(&table, {agencyName(it.key()), count(it.value())});
    addRow(&table, {tr("Total"), count(province.handling.returned)});
    table.note = StatisticsNotes::returned();
    return table;
}

StatisticsTable StatisticsTables::longOverdue(const StickingPoints& points) const
{
    StatisticsTable table;
    table.key = u"longOverdue"_s;
    table.title = tr("Sticking points: long overdue");
    table.headers = {tr("Report"), tr("Agency"), tr("Stage"), tr("Deadline"), tr("Working days overdue")};
    table.labelColumns = 4;
    for (const LongOverdue& item : points.longOverdue) {
        const QString deadline =
            QLocale().toString(item.deadline.toTimeZone(WorkingHours::timeZone()), u"dd/MM/yyyy HH:mm"_s);
        addRow(&table,
               {item.reportId,
                item.agencyCode.isEmpty() ? tr("Operations Center") : agencyName(item.agencyCode),
                displayName(item.stage), deadline, count(item.overdueWorkingDays)},
               item.reportId);
    }
    table.note = StatisticsNotes::stickingPoints(points.longOverdueWorkingDays);
    markEmpty(&table);
    return table;
}

StatisticsTable StatisticsTables::repeatedReturns(const StickingPoints& points) const
{
    StatisticsTable table;
    table.key = u"repeatedReturns"_s;
    table.title = tr("Sticking points: returned more than once");
    table.headers = {tr("Report"), tr("Returned by"), tr("Returns")};
    table.labelColumns = 2;
    for (const RepeatedReturn& item : points.returnedMoreThanOnce) {
        QStringList names;
        for (const QString& code : item.agencies)
            names << agencyName(code);
        addRow(&table, {item.reportId, names.join(u", "_s), count(item.returns())}, item.reportId);
    }
    markEmpty(&table);
    return table;
}

StatisticsTable StatisticsTables::ranking(const PeriodReport& report) const
{
    StatisticsTable table;
    table.key = u"ranking"_s;
    table.title = tr("Ranking of agencies for the administrative-reform evaluation");
    table.headers = {tr("Rank"),        tr("Agency"),           tr("Score"),
                     tr("On time (T)"), tr("Satisfaction (S)"), tr("Backlog (B)")};
    table.labelColumns = 2;
    for (const RankingEntry& entry : report.ranking) {
        if (entry.rank == 0) {
            addRow(&table, {u"—"_s, agencyName(entry.agencyCode), tr("no work"), u"—"_s, u"—"_s, u"—"_s});
            continue;
        }
        addRow(&table,
               {count(entry.rank), agencyName(entry.agencyCode), QLocale().toString(*entry.score, 'f', 2),
                percent(entry.onTimeShare), percent(entry.satisfactionShare), percent(entry.backlogShare)});
    }
    table.note = StatisticsNotes::rankingFormula(report.weights);
    markEmpty(&table);
    return table;
}

QList<StatisticsTable> StatisticsTables::build(const StatisticsResult& result) const
{
    const PeriodReport& report = result.report;
    const AgencyFigures* own = result.isProvince() ? nullptr : report.agency(result.agencyCode);
    const HandlingFigures handling =
        result.isProvince() ? report.province.handling : (own ? own->handling : HandlingFigures());
    QList<StatisticsTable> tables{summary(result)};
    if (result.isProvince())
        tables << agencies(report);

    StatisticsTable overdue;
    overdue.key = u"overdue"_s;
    overdue.title = tr("Overdue by stage");
    overdue.headers = {tr("Stage"), tr("Ended late"), tr("Open past the deadline at the end"), tr("Total")};
    for (const StageOverdue& entry : handling.overdue)
        addRow(&overdue, {displayName(entry.stage), count(entry.missed), count(entry.overdueAtEnd),
                          count(entry.total())});
    overdue.note = StatisticsNotes::overdue();
    markEmpty(&overdue);
    tables << overdue;

    StatisticsTable backlog;
    backlog.key = u"backlog"_s;
    backlog.title = tr("Backlog at the end of the period, by age");
    backlog.headers = {tr("Open for"), tr("Reports")};
    addRow(&backlog, {tr("0–1 working day"), count(handling.backlog.upToOne)});
    addRow(&backlog, {tr("2–5 working days"), count(handling.backlog.twoToFive)});
    addRow(&backlog, {tr("6–10 working days"), count(handling.backlog.sixToTen)});
    addRow(&backlog, {tr("More than 10 working days"), count(handling.backlog.overTen)});
    addRow(&backlog, {tr("Total"), count(handling.backlog.total())});
    backlog.note = StatisticsNotes::backlog();
    tables << backlog;

    if (result.isProvince()) {
        tables << returns(report.province);
        StatisticsTable rejections;
        rejections.key = u"rejections"_s;
        rejections.title = tr("Not taken, by reason (R-5)");
        rejections.headers = {tr("Reason"), tr("Reports")};
        for (auto it = report.province.rejected.cbegin(); it != report.province.rejected.cend(); ++it)
            addRow(&rejections, {displayName(it.key()), count(it.value())});
        addRow(&rejections, {tr("Total"), count(report.province.rejectedTotal())});
        tables << rejections;
    }

    StatisticsTable workingTime;
    workingTime.key = u"workingTime"_s;
    workingTime.title = tr("Working time per stage");
    workingTime.headers = {tr("Stage"), tr("Stages ended"), tr("Median"), tr("90th percentile")};
    for (const StageWorkingTime& entry : handling.workingTime)
        addRow(&workingTime, {displayName(entry.stage), count(entry.count), workingHours(entry.medianSeconds),
                              workingHours(entry.p90Seconds)});
    workingTime.note = StatisticsNotes::workingTime();
    markEmpty(&workingTime);
    tables << workingTime;

    StatisticsTable ratings;
    ratings.key = u"ratings"_s;
    ratings.title = tr("Ratings by the reporters (R-19)");
    ratings.headers = {tr("Rating"), tr("Ratings"), tr("Share")};
    const int total = handling.ratings.total();
    for (Rating level : allRatings()) {
        const int n = handling.ratings.levels.value(level);
        addRow(&ratings, {displayName(level), count(n),
                          percent(total > 0 ? std::optional<double>(double(n) / total) : std::nullopt)});
    }
    addRow(&ratings, {tr("Satisfied (very satisfied and satisfied)"), count(handling.ratings.satisfied()),
                      percent(handling.ratings.satisfactionShare())});
    ratings.note = StatisticsNotes::satisfaction();
    tables << ratings;

    if (result.isProvince()) {
        StatisticsTable escalations;
        escalations.key = u"escalations"_s;
        escalations.title = tr("Escalations standing at the end of the period (R-13)");
        escalations.headers = {tr("Report")};
        for (const QString& id : report.province.escalations.standingAtEnd)
            addRow(&escalations, {id}, id);
        escalations.note = StatisticsNotes::escalations();
        markEmpty(&escalations);
        tables << escalations;
    }
    tables << longOverdue(report.stickingPoints) << repeatedReturns(report.stickingPoints) << ranking(report);
    for (qsizetype i = 0; i < tables.size(); ++i)
        tables[i].title = u"%1. %2"_s.arg(i + 1).arg(tables[i].title);
    return tables;
}

} // namespace paht
