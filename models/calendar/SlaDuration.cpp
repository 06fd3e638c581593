#include "calendar/SlaDuration.h"

namespace paht {

namespace {

// Bounds that catch typos ("50d" for "5d" is still accepted for a stage without a legal cap, "5000d" not).
constexpr int kMaxDays = 365;
constexpr int kMaxHours = 9999;

} // namespace

QString SlaDuration::toString() const
{
    return QString::number(amount) + (unit == Unit::WorkingDays ? QLatin1Char('d') : QLatin1Char('h'));
}

QString SlaDuration::parse(const QString& text, SlaDuration* out)
{
    const QString usage =
        QStringLiteral("expected \"<n>d\" (working days) or \"<n>h\" (working hours), got \"%1\"").arg(text);
    if (text.size() < 2)
        return usage;
    const QChar suffix = text.back();
    Unit unit;
    if (suffix == QLatin1Char('d'))
        unit = Unit::WorkingDays;
    else if (suffix == QLatin1Char('h'))
        unit = Unit::WorkingHours;
    else
        return usage;
    const QString number = text.chopped(1);
    for (const QChar c : number) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return usage;
    }
    bool ok = false;
    const int amount = number.toInt(&ok);
    if (!ok || amount < 1)
        return QStringLiteral("the amount must be at least 1, got \"%1\"").arg(text);
    const int limit = unit == Unit::WorkingDays ? kMaxDays : kMaxHours;
    if (amount > limit)
        return QStringLiteral("the amount must be at most %1, got \"%2\"").arg(limit).arg(text);
    *out = SlaDuration{unit, amount};
    return {};
}

} // namespace paht
