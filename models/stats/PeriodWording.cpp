#include "stats/PeriodWording.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace paht {

QString PeriodWording::romanQuarter(int quarter)
{
    static const QStringList kRoman{u"I"_s, u"II"_s, u"III"_s, u"IV"_s};
    return kRoman.value(quarter - 1);
}

QString PeriodWording::date(const QDate& date)
{
    return date.toString(u"dd/MM/yyyy"_s);
}

QString PeriodWording::phrase(const ReportPeriod& period)
{
    switch (period.kind) {
    case ReportPeriod::Kind::Month:
        //: The period in a report's title; %1 the month number, %2 the year. Vietnamese: "tháng %1 năm %2"
        return QCoreApplication::translate("paht::PeriodWording", "for month %1 of %2")
            .arg(period.first.month())
            .arg(period.first.year());
    case ReportPeriod::Kind::Quarter:
        //: %1 the quarter in Roman numerals (I–IV), %2 the year. Vietnamese: "quý %1 năm %2"
        return QCoreApplication::translate("paht::PeriodWording", "for quarter %1 of %2")
            .arg(romanQuarter((period.first.month() - 1) / 3 + 1))
            .arg(period.first.year());
    case ReportPeriod::Kind::Year:
        //: Vietnamese: "năm %1"
        return QCoreApplication::translate("paht::PeriodWording", "for the year %1").arg(period.first.year());
    case ReportPeriod::Kind::Custom:
        break;
    }
    //: Vietnamese: "từ ngày %1 đến ngày %2"
    return QCoreApplication::translate("paht::PeriodWording", "from %1 to %2")
        .arg(date(period.first), date(period.last));
}

QString PeriodWording::range(const ReportPeriod& period)
{
    //: The days a report covers, under its title. Vietnamese: "(Từ ngày %1 đến ngày %2)"
    return QCoreApplication::translate("paht::PeriodWording", "(From %1 to %2)")
        .arg(date(period.first), date(period.last));
}

QString PeriodWording::shortName(const ReportPeriod& period)
{
    if (period.kind == ReportPeriod::Kind::Month)
        return period.first.toString(u"MM/yyyy"_s);
    return u"%1–%2"_s.arg(period.first.toString(u"dd/MM"_s), period.last.toString(u"dd/MM"_s));
}

QString ReportHeading::title() const
{
    if (agencyName.isEmpty())
        //: A periodic report's title (R-22) after "REPORT"; %1 its period ("tháng 9 năm 2026").
        //: Vietnamese: "Kết quả tiếp nhận, xử lý phản ánh hiện trường %1"
        return QCoreApplication::translate("paht::PeriodWording",
                                           "Results of receiving and handling field reports %1")
            .arg(subject);
    //: The same for one agency; %1 the agency's name, %2 the period.
    //: Vietnamese: "Kết quả tiếp nhận, xử lý phản ánh hiện trường của %1 %2"
    return QCoreApplication::translate("paht::PeriodWording",
                                       "Results of receiving and handling field reports of %1 %2")
        .arg(agencyName, subject);
}

} // namespace paht
