#pragma once

#include "stats/ReportPeriod.h"

#include <QDate>
#include <QString>

namespace paht {

// How a periodic report names its period and itself, translated in the "paht::PeriodWording"
// context: "tháng 9 năm 2026", "quý III năm 2026", "năm 2026", "từ ngày 01/09/2026 đến ngày 15/09/2026".
namespace PeriodWording {

// The period as the title says it: "for month 9 of 2026" (vi "tháng 9 năm 2026").
QString phrase(const ReportPeriod& period);
// Its days: "(From 01/09/2026 to 30/09/2026)".
QString range(const ReportPeriod& period);
// A short name for a chart's axis: "09/2026", or "15/08–31/08" for a part of a month.
QString shortName(const ReportPeriod& period);
// "dd/MM/yyyy", as Vietnamese documents write a date in a table.
QString date(const QDate& date);
// I, II, III, IV.
QString romanQuarter(int quarter);

} // namespace PeriodWording

// The heading of one periodic report: what the screen, the CSV file and the PDF print above the tables.
struct ReportHeading
{
    QString subject;    // the period as the title says it (PeriodWording::phrase, or a due report's name)
    QString agencyName; // empty for the province
    ReportPeriod period;

    static ReportHeading of(const ReportPeriod& period, const QString& agencyName = {})
    {
        return {PeriodWording::phrase(period), agencyName, period};
    }
    // "Results of receiving and handling field reports for month 9 of 2026" (of one agency: "… of Sở Xây
    // dựng for month 9 of 2026").
    QString title() const;
};

} // namespace paht
