#include "stats/ReportPeriod.h"

#include "calendar/WorkingHours.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace paht {

namespace {

QDateTime localMidnight(const QDate& date)
{
    return QDateTime(date, QTime(0, 0), WorkingHours::timeZone()).toUTC();
}

ReportPeriod make(ReportPeriod::Kind kind, const QDate& first, const QDate& last)
{
    ReportPeriod period;
    period.kind = kind;
    period.first = first;
    period.last = last;
    return period;
}

} // namespace

QString reportPeriodKindName(ReportPeriod::Kind kind)
{
    switch (kind) {
    case ReportPeriod::Kind::Month:
        return u"month"_s;
    case ReportPeriod::Kind::Quarter:
        return u"quarter"_s;
    case ReportPeriod::Kind::Year:
        return u"year"_s;
    case ReportPeriod::Kind::Custom:
        break;
    }
    return u"custom"_s;
}

ReportPeriod ReportPeriod::month(int year, int month)
{
    const QDate first(year, month, 1);
    return make(Kind::Month, first, first.addMonths(1).addDays(-1));
}

ReportPeriod ReportPeriod::quarter(int year, int quarter)
{
    const QDate first(year, 3 * (quarter - 1) + 1, 1);
    return make(Kind::Quarter, first, first.addMonths(3).addDays(-1));
}

ReportPeriod ReportPeriod::year(int year)
{
    return make(Kind::Year, QDate(year, 1, 1), QDate(year, 12, 31));
}

ReportPeriod ReportPeriod::days(const QDate& first, const QDate& last)
{
    return make(Kind::Custom, first, last);
}

std::optional<ReportPeriod> ReportPeriod::fromLabel(const QString& label)
{
    static const QRegularExpression kMonth(u"^(\\d{4})-(\\d{2})$"_s);
    static const QRegularExpression kQuarter(u"^(\\d{4})-Q([1-4])$"_s);
    static const QRegularExpression kYear(u"^(\\d{4})$"_s);
    static const QRegularExpression kDays(u"^(\\d{4}-\\d{2}-\\d{2})\\.\\.(\\d{4}-\\d{2}-\\d{2})$"_s);
    std::optional<ReportPeriod> period;
    const QRegularExpressionMatch monthMatch = kMonth.match(label);
    const QRegularExpressionMatch quarterMatch = kQuarter.match(label);
    const QRegularExpressionMatch yearMatch = kYear.match(label);
    const QRegularExpressionMatch daysMatch = kDays.match(label);
    if (monthMatch.hasMatch()) {
        const int number = monthMatch.captured(2).toInt();
        if (number >= 1 && number <= 12)
            period = ReportPeriod::month(monthMatch.captured(1).toInt(), number);
    } else if (quarterMatch.hasMatch()) {
        period = ReportPeriod::quarter(quarterMatch.captured(1).toInt(), quarterMatch.captured(2).toInt());
    } else if (yearMatch.hasMatch()) {
        period = ReportPeriod::year(yearMatch.captured(1).toInt());
    } else if (daysMatch.hasMatch()) {
        period = ReportPeriod::days(QDate::fromString(daysMatch.captured(1), Qt::ISODate),
                                    QDate::fromString(daysMatch.captured(2), Qt::ISODate));
    }
    // Year 0 does not exist; a reversed or impossible run is empty.
    if (period && (period->first.year() < 1 || period->isEmpty()))
        return std::nullopt;
    return period;
}

QDateTime ReportPeriod::from() const
{
    return isEmpty() ? QDateTime() : localMidnight(first);
}

QDateTime ReportPeriod::to() const
{
    return isEmpty() ? QDateTime() : localMidnight(last.addDays(1));
}

bool ReportPeriod::contains(const QDateTime& instant) const
{
    return !isEmpty() && instant.isValid() && instant >= from() && instant < to();
}

QString ReportPeriod::label() const
{
    if (isEmpty())
        return {};
    switch (kind) {
    case Kind::Month:
        return first.toString(u"yyyy-MM"_s);
    case Kind::Quarter:
        return u"%1-Q%2"_s.arg(first.year()).arg((first.month() - 1) / 3 + 1);
    case Kind::Year:
        return QString::number(first.year());
    case Kind::Custom:
        break;
    }
    return u"%1..%2"_s.arg(first.toString(Qt::ISODate), last.toString(Qt::ISODate));
}

QJsonObject ReportPeriod::toJson() const
{
    return {{u"kind"_s, reportPeriodKindName(kind)},         {u"label"_s, label()},
            {u"first"_s, first.toString(Qt::ISODate)},       {u"last"_s, last.toString(Qt::ISODate)},
            {u"from"_s, from().toString(Qt::ISODateWithMs)}, {u"to"_s, to().toString(Qt::ISODateWithMs)}};
}

} // namespace paht
