#include "items/DeadlineIndicator.h"

#include <QCoreApplication>

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace paht {

namespace {

constexpr qint64 kSecondsPerHour = 3600;

// Rank first, then the working time left: overdue stages have the most negative remainder first.
enum class UrgencyRank : qint64
{
    Overdue,
    DueSoon,
    OnTrack,
    Paused,
    Finished,
    None
};

UrgencyRank rankOf(const DeadlineIndicator& indicator)
{
    if (!indicator.valid)
        return UrgencyRank::None;
    switch (indicator.status) {
    case StageStatus::Overdue:
        return UrgencyRank::Overdue;
    case StageStatus::DueSoon:
        return UrgencyRank::DueSoon;
    case StageStatus::OnTrack:
        return UrgencyRank::OnTrack;
    case StageStatus::Paused:
        return UrgencyRank::Paused;
    case StageStatus::Met:
    case StageStatus::Missed:
        break;
    }
    return UrgencyRank::Finished;
}

// Each unit in a plain and a "working" form, so that only the last unit of "1 day 2 working hours" carries
// the word, as Vietnamese puts it last: "1 ngày 2 giờ làm việc".
struct Unit
{
    const char* plain;
    const char* working;
};

constexpr Unit kDays{
    //: Glossary: Ngày làm việc → "%n ngày"
    QT_TRANSLATE_N_NOOP("paht::DeadlineText", "%n day(s)"),
    //: Glossary: Ngày làm việc → "%n ngày làm việc"
    QT_TRANSLATE_N_NOOP("paht::DeadlineText", "%n working day(s)"),
};
constexpr Unit kHours{
    //: Glossary: Giờ làm việc → "%n giờ"
    QT_TRANSLATE_N_NOOP("paht::DeadlineText", "%n hour(s)"),
    //: Glossary: Giờ làm việc → "%n giờ làm việc"
    QT_TRANSLATE_N_NOOP("paht::DeadlineText", "%n working hour(s)"),
};
constexpr Unit kMinutes{
    //: Vietnamese: "%n phút"
    QT_TRANSLATE_N_NOOP("paht::DeadlineText", "%n minute(s)"),
    //: Vietnamese: "%n phút làm việc"
    QT_TRANSLATE_N_NOOP("paht::DeadlineText", "%n working minute(s)"),
};

QString amount(const Unit& unit, bool working, qint64 count)
{
    return QCoreApplication::translate("paht::DeadlineText", working ? unit.working : unit.plain, nullptr,
                                       int(std::min<qint64>(count, std::numeric_limits<int>::max())));
}

} // namespace

QString DeadlineIndicator::text() const
{
    return DeadlineText::describe(*this);
}

qint64 DeadlineIndicator::urgencyKey() const
{
    // 2^47 seconds is over four million years: the remainder never reaches into the rank's bits.
    constexpr qint64 kSpan = qint64(1) << 47;
    const qint64 remaining = std::clamp<qint64>(remainingSeconds, -kSpan + 1, kSpan - 1);
    const qint64 within = rankOf(*this) == UrgencyRank::None ? 0 : remaining + kSpan;
    return (static_cast<qint64>(rankOf(*this)) << 48) + within;
}

QColor DeadlineIndicator::statusColor(StageStatus status)
{
    switch (status) {
    case StageStatus::OnTrack:
        return QColor(0x2e, 0x7d, 0x32); // green
    case StageStatus::DueSoon:
        return QColor(0xef, 0x6c, 0x00); // amber
    case StageStatus::Overdue:
        return QColor(0xc6, 0x28, 0x28); // red
    case StageStatus::Paused:
        return QColor(0x54, 0x6e, 0x7a); // blue grey
    case StageStatus::Met:
        return QColor(0x55, 0x8b, 0x2f); // olive green
    case StageStatus::Missed:
        return QColor(0x8e, 0x24, 0x4a); // wine
    }
    return {};
}

QString DeadlineIndicator::statusIconName(StageStatus status)
{
    return u"deadline-"_s + stageStatusName(status).replace(QLatin1Char('_'), QLatin1Char('-'));
}

QString DeadlineText::duration(qint64 seconds, qint64 workingDaySeconds, bool working)
{
    seconds = std::max<qint64>(seconds, 0);
    const qint64 day = workingDaySeconds > 0 ? workingDaySeconds : 24 * kSecondsPerHour;
    const qint64 days = seconds / day;
    const qint64 hours = (seconds % day) / kSecondsPerHour;
    if (days > 0 && hours == 0)
        return amount(kDays, working, days);
    if (days > 0)
        //: Joins "1 day" and "2 hours" into "1 day 2 hours" (Vietnamese: "1 ngày 2 giờ")
        return tr("%1 %2").arg(amount(kDays, false, days), amount(kHours, working, hours));
    if (hours > 0)
        return amount(kHours, working, hours);
    return amount(kMinutes, working, (seconds + 59) / 60);
}

QString DeadlineText::allowance(const SlaDuration& duration)
{
    const Unit& unit = duration.unit == SlaDuration::Unit::WorkingDays ? kDays : kHours;
    return amount(unit, true, duration.amount);
}

QString DeadlineText::describe(const DeadlineIndicator& indicator)
{
    if (!indicator.valid)
        return {};
    const qint64 day = indicator.workingDaySeconds;
    const qint64 remaining = indicator.remainingSeconds;
    switch (indicator.status) {
    case StageStatus::OnTrack:
    case StageStatus::DueSoon:
        //: Working time left before the deadline; %1 is e.g. "3 working hours". Vietnamese: "còn %1"
        return tr("%1 left").arg(duration(remaining, day, true));
    case StageStatus::Overdue:
        //: %1 is e.g. "1 day 2 hours". Glossary: Quá hạn → "quá hạn %1"
        return tr("overdue by %1").arg(duration(-remaining, day, false));
    case StageStatus::Paused:
        //: The deadline clock is stopped, e.g. while the center clarifies with the reporter. "tạm dừng"
        return tr("paused");
    case StageStatus::Met:
        //: A finished step that kept its deadline. Vietnamese: "đúng hạn"
        return tr("done on time");
    case StageStatus::Missed:
        //: A finished step that missed its deadline; %1 is e.g. "2 hours". Vietnamese: "trễ hạn %1"
        return tr("done %1 late").arg(duration(-remaining, day, false));
    }
    return {};
}

} // namespace paht
