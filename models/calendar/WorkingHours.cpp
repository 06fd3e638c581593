#include "calendar/WorkingHours.h"

#include "calendar/JsonFields.h"

#include <QJsonArray>

namespace paht {

namespace {

using json::error;
using json::indexed;

const QString kTimeFormat = QStringLiteral("HH:mm");

int monthDayKey(int month, int day)
{
    return month * 100 + day;
}

QString monthDayText(int month, int day)
{
    return QStringLiteral("%1-%2").arg(month, 2, 10, QLatin1Char('0')).arg(day, 2, 10, QLatin1Char('0'));
}

// "MM-dd"; validity is checked against a leap year so that "02-29" is accepted.
QString readMonthDay(const QJsonValue& value, int* month, int* day)
{
    if (!value.isString())
        return QStringLiteral("expected a month and day \"MM-dd\"");
    const QString text = value.toString();
    const QDate date = QDate::fromString(QLatin1String("2000-") + text, Qt::ISODate);
    if (text.size() != 5 || !date.isValid())
        return QStringLiteral("not a valid month and day \"MM-dd\": \"%1\"").arg(text);
    *month = date.month();
    *day = date.day();
    return {};
}

QString readPeriod(const QJsonValue& value, WorkingPeriod* out)
{
    const QString text = value.toString();
    const QStringList parts = text.split(QLatin1Char('-'));
    if (!value.isString() || parts.size() != 2)
        return QStringLiteral("expected \"HH:mm-HH:mm\"");
    out->start = QTime::fromString(parts[0], kTimeFormat);
    out->end = QTime::fromString(parts[1], kTimeFormat);
    if (!out->start.isValid() || !out->end.isValid())
        return QStringLiteral("not a valid time range \"HH:mm-HH:mm\": \"%1\"").arg(text);
    return {};
}

QList<HoursProfile> standardProfiles()
{
    HoursProfile allYear;
    allYear.name = QStringLiteral("all year");
    allYear.periods = {{QTime(7, 30), QTime(11, 30)}, {QTime(13, 30), QTime(17, 0)}};
    return {allYear};
}

} // namespace

QString WorkingPeriod::toString() const
{
    return start.toString(kTimeFormat) + QLatin1Char('-') + end.toString(kTimeFormat);
}

bool HoursProfile::covers(const QDate& date) const
{
    const int key = monthDayKey(date.month(), date.day());
    const int from = monthDayKey(fromMonth, fromDay);
    const int to = monthDayKey(toMonth, toDay);
    if (from <= to)
        return key >= from && key <= to;
    return key >= from || key <= to; // wraps across the new year
}

WorkingHours::WorkingHours() : m_profiles(standardProfiles()) {}

QString WorkingHours::validate(const QList<HoursProfile>& profiles)
{
    if (profiles.isEmpty())
        return error(QStringLiteral("profiles"), QStringLiteral("at least one profile is needed"));
    for (qsizetype i = 0; i < profiles.size(); ++i) {
        const HoursProfile& profile = profiles[i];
        const QString field = indexed(QStringLiteral("profiles"), i);
        if (!QDate(2000, profile.fromMonth, profile.fromDay).isValid())
            return error(field + QLatin1String(".from"), QStringLiteral("not a valid month and day"));
        if (!QDate(2000, profile.toMonth, profile.toDay).isValid())
            return error(field + QLatin1String(".to"), QStringLiteral("not a valid month and day"));
        if (profile.periods.isEmpty())
            return error(field + QLatin1String(".periods"), QStringLiteral("at least one period is needed"));
        for (qsizetype p = 0; p < profile.periods.size(); ++p) {
            const WorkingPeriod& period = profile.periods[p];
            const QString periodField = indexed(field + QLatin1String(".periods"), p);
            if (!period.start.isValid() || !period.end.isValid() || period.start >= period.end)
                return error(periodField, QStringLiteral("the start must come before the end"));
            if (p > 0 && period.start < profile.periods[p - 1].end)
                return error(periodField, QStringLiteral("overlaps or comes before the previous period"));
        }
    }
    // Every day of a leap year belongs to exactly one profile, so that a date never has two answers.
    for (QDate day(2000, 1, 1); day.year() == 2000; day = day.addDays(1)) {
        qsizetype owner = -1;
        for (qsizetype i = 0; i < profiles.size(); ++i) {
            if (!profiles[i].covers(day))
                continue;
            if (owner >= 0) {
                return error(indexed(QStringLiteral("profiles"), i),
                             QStringLiteral("overlaps profiles[%1] on %2")
                                 .arg(owner)
                                 .arg(monthDayText(day.month(), day.day())));
            }
            owner = i;
        }
        if (owner < 0) {
            return error(QStringLiteral("profiles"),
                         QStringLiteral("no profile covers %1").arg(monthDayText(day.month(), day.day())));
        }
    }
    return {};
}

WorkingHours WorkingHours::fromProfiles(const QList<HoursProfile>& profiles, QString* error)
{
    *error = validate(profiles);
    if (!error->isEmpty())
        return WorkingHours();
    return WorkingHours(profiles);
}

WorkingHours WorkingHours::fromJson(const QJsonObject& object, QString* error)
{
    const QString unknown = json::unknownKey(object, {QStringLiteral("profiles")});
    if (!unknown.isEmpty()) {
        *error = json::error(unknown, QStringLiteral("unknown field"));
        return WorkingHours();
    }
    const QJsonValue profilesValue = object.value(QLatin1String("profiles"));
    if (!profilesValue.isArray()) {
        *error = json::error(QStringLiteral("profiles"), QStringLiteral("expected an array of profiles"));
        return WorkingHours();
    }
    const QJsonArray array = profilesValue.toArray();
    QList<HoursProfile> profiles;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString field = indexed(QStringLiteral("profiles"), i);
        const auto fail = [&](const QString& reason) {
            *error = json::path(field, reason);
            return WorkingHours();
        };
        if (!array.at(i).isObject())
            return fail(QStringLiteral("expected an object"));
        const QJsonObject item = array.at(i).toObject();
        const QString unknownItemKey =
            json::unknownKey(item, {QStringLiteral("name"), QStringLiteral("from"), QStringLiteral("to"),
                                    QStringLiteral("periods")});
        if (!unknownItemKey.isEmpty())
            return fail(json::error(unknownItemKey, QStringLiteral("unknown field")));
        HoursProfile profile;
        QString reason = json::readOptionalString(item, QStringLiteral("name"), &profile.name);
        if (!reason.isEmpty())
            return fail(reason);
        if (!(reason = readMonthDay(item.value(QLatin1String("from")), &profile.fromMonth, &profile.fromDay))
                 .isEmpty())
            return fail(json::error(QStringLiteral("from"), reason));
        if (!(reason = readMonthDay(item.value(QLatin1String("to")), &profile.toMonth, &profile.toDay))
                 .isEmpty())
            return fail(json::error(QStringLiteral("to"), reason));
        const QJsonValue periods = item.value(QLatin1String("periods"));
        if (!periods.isArray())
            return fail(json::error(QStringLiteral("periods"),
                                    QStringLiteral("expected an array of \"HH:mm-HH:mm\"")));
        const QJsonArray periodArray = periods.toArray();
        for (qsizetype p = 0; p < periodArray.size(); ++p) {
            WorkingPeriod period;
            if (!(reason = readPeriod(periodArray.at(p), &period)).isEmpty())
                return fail(json::error(indexed(QStringLiteral("periods"), p), reason));
            profile.periods << period;
        }
        profiles << profile;
    }
    return fromProfiles(profiles, error);
}

QJsonObject WorkingHours::toJson() const
{
    QJsonArray profiles;
    for (const HoursProfile& profile : m_profiles) {
        QJsonArray periods;
        for (const WorkingPeriod& period : profile.periods)
            periods.append(period.toString());
        QJsonObject item{{QStringLiteral("from"), monthDayText(profile.fromMonth, profile.fromDay)},
                         {QStringLiteral("to"), monthDayText(profile.toMonth, profile.toDay)},
                         {QStringLiteral("periods"), periods}};
        if (!profile.name.isEmpty())
            item.insert(QStringLiteral("name"), profile.name);
        profiles.append(item);
    }
    return {{QStringLiteral("profiles"), profiles}};
}

const HoursProfile& WorkingHours::profileOn(const QDate& date) const
{
    for (const HoursProfile& profile : m_profiles) {
        if (profile.covers(date))
            return profile;
    }
    return m_profiles.constFirst(); // unreachable for validated profiles: they cover every day
}

} // namespace paht
