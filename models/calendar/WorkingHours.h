#pragma once

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QTime>
#include <QTimeZone>

namespace paht {

// One stretch of office hours in local time (Asia/Ho_Chi_Minh), start < end, within one day.
struct WorkingPeriod
{
    QTime start;
    QTime end;

    int seconds() const { return start.secsTo(end); }
    QString toString() const; // "07:30-11:30"

    friend bool operator==(const WorkingPeriod& a, const WorkingPeriod& b)
    {
        return a.start == b.start && a.end == b.end;
    }
};

// The office hours of a season, valid each year from one month/day to another (inclusive). A profile may
// wrap across the new year (e.g. winter from 10-15 to 04-14).
struct HoursProfile
{
    QString name;
    int fromMonth = 1;
    int fromDay = 1;
    int toMonth = 12;
    int toDay = 31;
    QList<WorkingPeriod> periods; // sorted, not overlapping

    bool covers(const QDate& date) const;

    friend bool operator==(const HoursProfile& a, const HoursProfile& b)
    {
        return a.name == b.name && a.fromMonth == b.fromMonth && a.fromDay == b.fromDay &&
               a.toMonth == b.toMonth && a.toDay == b.toDay && a.periods == b.periods;
    }
};

// Office hours on a working day, by season. Which days are working days is WorkingCalendar's job; this
// class only says which hours count on a date that works (swapped Saturdays included).
//
// The working-time zone is Asia/Ho_Chi_Minh, which has been a fixed UTC+7 without daylight saving since
// 1975: it is modelled as a fixed offset so that no deadline depends on the host's tzdata.
//
// JSON: {"profiles": [{"name": "winter", "from": "10-15", "to": "04-14",
//                      "periods": ["07:30-11:30", "13:30-17:00"]}, ...]}
// Profiles must cover every day of the year (29 February included) exactly once.
class WorkingHours
{
public:
    static constexpr int kUtcOffsetSeconds = 7 * 3600;

    // The regulation's default: all year, 07:30–11:30 and 13:30–17:00.
    WorkingHours();
    static WorkingHours standard() { return WorkingHours(); }
    // On error: the standard hours, and *error = "<field path>: <reason>".
    static WorkingHours fromProfiles(const QList<HoursProfile>& profiles, QString* error);
    static WorkingHours fromJson(const QJsonObject& json, QString* error);
    QJsonObject toJson() const;
    // An empty string, or what is wrong ("profiles[1].periods[0]: ...").
    static QString validate(const QList<HoursProfile>& profiles);

    static QTimeZone timeZone() { return QTimeZone(kUtcOffsetSeconds); }

    const QList<HoursProfile>& profiles() const { return m_profiles; }
    const HoursProfile& profileOn(const QDate& date) const;
    const QList<WorkingPeriod>& periodsOn(const QDate& date) const { return profileOn(date).periods; }

    friend bool operator==(const WorkingHours& a, const WorkingHours& b)
    {
        return a.m_profiles == b.m_profiles;
    }
    friend bool operator!=(const WorkingHours& a, const WorkingHours& b) { return !(a == b); }

private:
    explicit WorkingHours(QList<HoursProfile> profiles) : m_profiles(std::move(profiles)) {}

    QList<HoursProfile> m_profiles;
};

} // namespace paht
