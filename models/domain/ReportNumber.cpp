#include "domain/ReportNumber.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace paht {

QString ReportNumber::toString() const
{
    return format(year, serial);
}

QString ReportNumber::format(int year, int serial)
{
    if (year < 1000 || year > 9999 || serial < 1 || serial > 999999)
        return {};
    return u"PAHT-%1-%2"_s.arg(year).arg(serial, 6, 10, QLatin1Char('0'));
}

std::optional<ReportNumber> ReportNumber::parse(const QString& text)
{
    static const QRegularExpression pattern(u"^PAHT-([1-9][0-9]{3})-([0-9]{6})$"_s);
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    const ReportNumber number{match.captured(1).toInt(), match.captured(2).toInt()};
    if (number.serial == 0)
        return std::nullopt;
    return number;
}

} // namespace paht
