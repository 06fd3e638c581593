#include "stats/StatisticsCharts.h"

#include "items/DisplayNames.h"
#include "stats/PeriodWording.h"

using namespace Qt::StringLiterals;

namespace paht {

ChartData StatisticsCharts::months(const StatisticsResult& result) const
{
    ChartData chart;
    chart.key = u"months"_s;
    chart.title = tr("Received and handled per month");
    chart.valueTitle = tr("Reports");
    //: For one agency, what it received is what was dispatched to it.
    ChartSeries received{result.isProvince() ? tr("Received") : tr("Dispatched to the agency"), {}};
    ChartSeries handled{tr("Handled"), {}};
    for (const MonthFigures& month : result.months) {
        chart.categories << PeriodWording::shortName(month.period);
        received.values << month.received;
        handled.values << month.handled;
    }
    chart.series = {received, handled};
    return chart;
}

ChartData StatisticsCharts::overdueByAgency(const PeriodReport& report) const
{
    ChartData chart;
    chart.key = u"overdueByAgency"_s;
    chart.title = tr("Overdue by agency");
    chart.valueTitle = tr("Stages");
    chart.stacked = true;
    ChartSeries missed{tr("Ended late"), {}};
    ChartSeries open{tr("Open past the deadline at the end"), {}};
    for (const AgencyFigures& agency : report.agencies) {
        int late = 0;
        int standing = 0;
        for (const StageOverdue& entry : agency.handling.overdue) {
            late += entry.missed;
            standing += entry.overdueAtEnd;
        }
        const QString name = m_names.value(agency.agencyCode);
        chart.categories << (name.isEmpty() ? agency.agencyCode : name);
        missed.values << late;
        open.values << standing;
    }
    chart.series = {missed, open};
    return chart;
}

ChartData StatisticsCharts::workingTime(const HandlingFigures& handling) const
{
    ChartData chart;
    chart.key = u"workingTime"_s;
    chart.title = tr("Working time per stage");
    chart.valueTitle = tr("Working hours");
    ChartSeries median{tr("Median"), {}};
    ChartSeries p90{tr("90th percentile"), {}};
    for (const StageWorkingTime& entry : handling.workingTime) {
        chart.categories << displayName(entry.stage);
        median.values << double(entry.medianSeconds.value_or(0)) / 3600.0;
        p90.values << double(entry.p90Seconds.value_or(0)) / 3600.0;
    }
    chart.series = {median, p90};
    return chart;
}

ChartData StatisticsCharts::ratings(const HandlingFigures& handling) const
{
    ChartData chart;
    chart.key = u"ratings"_s;
    chart.title = tr("Ratings by the reporters");
    chart.valueTitle = tr("Ratings");
    ChartSeries counts{tr("Ratings"), {}};
    for (Rating level : allRatings()) {
        chart.categories << displayName(level);
        counts.values << handling.ratings.levels.value(level);
    }
    chart.series = {counts};
    return chart;
}

QList<ChartData> StatisticsCharts::build(const StatisticsResult& result) const
{
    const PeriodReport& report = result.report;
    HandlingFigures handling = report.province.handling;
    if (!result.isProvince())
        handling =
            report.agency(result.agencyCode) ? report.agency(result.agencyCode)->handling : HandlingFigures();
    return {months(result), overdueByAgency(report), workingTime(handling), ratings(handling)};
}

} // namespace paht
