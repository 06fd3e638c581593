#include "calendar/SlaClock.h"

#include <QVarLengthArray>

#include <algorithm>
#include <optional>

namespace paht {

namespace {

// The clock works in milliseconds since the epoch (UTC) so that timestamps keep their precision through
// pauses and resumptions; durations are given and answered in seconds.
constexpr qint64 kMsPerDay = 86400000;
constexpr qint64 kOffsetMs = qint64(WorkingHours::kUtcOffsetSeconds) * 1000;
constexpr qint64 kJulianDayOfEpoch = 2440588; // 1970-01-01
// The longest run of days without working time searched through before giving up (a broken table).
constexpr int kMaxIdleDays = 3 * 366;

struct Span
{
    qint64 start;
    qint64 end;
};
using DaySpans = QVarLengthArray<Span, 4>;

qint64 floorDiv(qint64 a, qint64 b)
{
    const qint64 quotient = a / b;
    return (a % b != 0 && (a < 0) != (b < 0)) ? quotient - 1 : quotient;
}

QDate localDateOf(qint64 ms)
{
    return QDate::fromJulianDay(floorDiv(ms + kOffsetMs, kMsPerDay) + kJulianDayOfEpoch);
}

qint64 localMidnightMs(const QDate& date)
{
    return (date.toJulianDay() - kJulianDayOfEpoch) * kMsPerDay - kOffsetMs;
}

QDateTime instant(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

qint64 lengthOf(const DaySpans& spans)
{
    qint64 total = 0;
    for (const Span& span : spans)
        total += span.end - span.start;
    return total;
}

// Working time of the day elapsed at `ms`.
qint64 elapsedAt(const DaySpans& spans, qint64 ms)
{
    qint64 total = 0;
    for (const Span& span : spans)
        total += std::clamp<qint64>(ms - span.start, 0, span.end - span.start);
    return total;
}

// The earliest instant of the day at which `elapsed` working time has passed; the end of the day when the
// day is shorter.
qint64 pointAt(const DaySpans& spans, qint64 elapsed)
{
    for (const Span& span : spans) {
        const qint64 length = span.end - span.start;
        if (elapsed <= length)
            return span.start + elapsed;
        elapsed -= length;
    }
    return spans.back().end;
}

// The working periods of one local day as milliseconds, read from the calendar.
class Timeline
{
public:
    explicit Timeline(const WorkingCalendar& calendar) : m_calendar(calendar) {}

    DaySpans spans(const QDate& date) const
    {
        DaySpans result;
        const qint64 midnight = localMidnightMs(date);
        for (const WorkingPeriod& period : m_calendar.workingHoursOn(date))
            result.append({midnight + period.start.msecsSinceStartOfDay(),
                           midnight + period.end.msecsSinceStartOfDay()});
        return result;
    }

    std::optional<qint64> anchor(qint64 ms) const
    {
        QDate date = localDateOf(ms);
        for (int day = 0; day <= kMaxIdleDays; ++day, date = date.addDays(-1)) {
            const DaySpans daySpans = spans(date);
            for (auto span = daySpans.crbegin(); span != daySpans.crend(); ++span) {
                if (ms >= span->start)
                    return std::min(ms, span->end);
            }
        }
        return std::nullopt;
    }

    std::optional<qint64> addWorkingMs(qint64 from, qint64 amount) const
    {
        const std::optional<qint64> start = anchor(from);
        if (!start || amount <= 0)
            return start;
        qint64 remaining = amount;
        int idle = 0;
        for (QDate date = localDateOf(*start);; date = date.addDays(1)) {
            const DaySpans daySpans = spans(date);
            if (daySpans.isEmpty() && ++idle > kMaxIdleDays)
                return std::nullopt;
            if (!daySpans.isEmpty())
                idle = 0;
            for (const Span& span : daySpans) {
                const qint64 begin = std::max(span.start, *start);
                if (begin >= span.end)
                    continue;
                if (remaining <= span.end - begin)
                    return begin + remaining;
                remaining -= span.end - begin;
            }
        }
    }

    std::optional<qint64> addWorkingDays(qint64 from, int days) const
    {
        const std::optional<qint64> start = anchor(from);
        if (!start)
            return std::nullopt;
        const QDate startDate = localDateOf(*start);
        const qint64 elapsed = elapsedAt(spans(startDate), *start);
        QDate date = startDate;
        DaySpans target = spans(date);
        int idle = 0;
        for (int counted = 0; counted < days;) {
            date = date.addDays(1);
            target = spans(date);
            if (!target.isEmpty()) {
                ++counted;
                idle = 0;
            } else if (++idle > kMaxIdleDays) {
                return std::nullopt;
            }
        }
        return pointAt(target, std::min(elapsed, lengthOf(target)));
    }

    qint64 workingMsBetween(qint64 a, qint64 b) const
    {
        qint64 total = 0;
        const QDate last = localDateOf(b);
        for (QDate date = localDateOf(a); date <= last; date = date.addDays(1)) {
            for (const Span& span : spans(date))
                total += std::max<qint64>(0, std::min(b, span.end) - std::max(a, span.start));
        }
        return total;
    }

private:
    const WorkingCalendar& m_calendar;
};

QDateTime toDateTime(const std::optional<qint64>& ms)
{
    return ms ? instant(*ms) : QDateTime();
}

} // namespace

QDateTime SlaClock::effectiveStart(const QDateTime& at) const
{
    if (!at.isValid())
        return {};
    return toDateTime(Timeline(m_calendar).anchor(at.toMSecsSinceEpoch()));
}

QDateTime SlaClock::addWorkingDays(const QDateTime& from, int days) const
{
    if (!from.isValid())
        return {};
    return toDateTime(Timeline(m_calendar).addWorkingDays(from.toMSecsSinceEpoch(), std::max(days, 0)));
}

QDateTime SlaClock::addWorkingSeconds(const QDateTime& from, qint64 seconds) const
{
    if (!from.isValid())
        return {};
    return toDateTime(Timeline(m_calendar).addWorkingMs(from.toMSecsSinceEpoch(), seconds * 1000));
}

qint64 SlaClock::workingSecondsBetween(const QDateTime& a, const QDateTime& b) const
{
    if (!a.isValid() || !b.isValid() || b <= a)
        return 0;
    return Timeline(m_calendar).workingMsBetween(a.toMSecsSinceEpoch(), b.toMSecsSinceEpoch()) / 1000;
}

QDateTime SlaClock::deadline(const QDateTime& start, const SlaDuration& duration) const
{
    if (duration.unit == SlaDuration::Unit::WorkingDays)
        return addWorkingDays(start, duration.amount);
    return addWorkingHours(start, duration.amount);
}

StageTiming SlaClock::start(SlaStage stage, const QDateTime& at, const SlaDuration& duration) const
{
    StageTiming timing;
    timing.stage = stage;
    timing.startedAt = at.toUTC();
    timing.deadline = deadline(at, duration);
    return timing;
}

StageTiming SlaClock::pause(StageTiming timing, const QDateTime& at) const
{
    if (timing.isOpen() && !timing.isPaused())
        timing.pausedSince = at.toUTC();
    return timing;
}

StageTiming SlaClock::resume(StageTiming timing, const QDateTime& at) const
{
    if (!timing.isPaused())
        return timing;
    const Timeline timeline(m_calendar);
    const qint64 paused =
        at > timing.pausedSince
            ? timeline.workingMsBetween(timing.pausedSince.toMSecsSinceEpoch(), at.toMSecsSinceEpoch())
            : 0;
    if (paused > 0 && timing.deadline.isValid())
        timing.deadline = toDateTime(timeline.addWorkingMs(timing.deadline.toMSecsSinceEpoch(), paused));
    timing.pausedSince = QDateTime();
    return timing;
}

StageTiming SlaClock::complete(StageTiming timing, const QDateTime& at) const
{
    if (!timing.isOpen())
        return timing;
    timing = resume(timing, at);
    timing.completedAt = at.toUTC();
    return timing;
}

StageStatus SlaClock::status(const StageTiming& timing, const QDateTime& now, qint64 dueSoonSeconds) const
{
    if (!timing.isOpen()) {
        // A record closed while paused (not made by complete()) is judged where its clock stopped.
        const QDateTime stopped =
            timing.isPaused() ? std::min(timing.pausedSince, timing.completedAt) : timing.completedAt;
        return !timing.deadline.isValid() || stopped <= timing.deadline ? StageStatus::Met
                                                                        : StageStatus::Missed;
    }
    if (timing.isPaused())
        return StageStatus::Paused;
    if (!timing.deadline.isValid())
        return StageStatus::OnTrack;
    if (now > timing.deadline)
        return StageStatus::Overdue;
    return workingSecondsBetween(now, timing.deadline) <= dueSoonSeconds ? StageStatus::DueSoon
                                                                         : StageStatus::OnTrack;
}

qint64 SlaClock::remainingWorkingSeconds(const StageTiming& timing, const QDateTime& now) const
{
    if (!timing.deadline.isValid())
        return 0;
    QDateTime reference = now;
    if (!timing.isOpen())
        reference = timing.completedAt;
    if (timing.isPaused())
        reference = timing.isOpen() ? timing.pausedSince : std::min(timing.pausedSince, timing.completedAt);
    if (reference <= timing.deadline)
        return workingSecondsBetween(reference, timing.deadline);
    return -workingSecondsBetween(timing.deadline, reference);
}

} // namespace paht
