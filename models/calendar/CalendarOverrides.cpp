#include "calendar/CalendarOverrides.h"

#include "calendar/Holiday.h"
#include "calendar/JsonFields.h"
#include "calendar/LunarCalendar.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QtDebug>

namespace paht {

namespace {

using json::error;
using json::indexed;

bool isWeekend(const QDate& date)
{
    return date.dayOfWeek() >= Qt::Saturday;
}

// Dates of one year's notice stay within that year, except swaps and extra days that may bridge the
// new year (the 2019 notice: Monday 31 December 2018 off, Saturday 5 January 2019 worked).
QString checkYear(const QDate& date, int year, int slack)
{
    if (date.year() < year - slack || date.year() > year + slack) {
        return slack == 0 ? QStringLiteral("%1 is not in %2").arg(json::dateToJson(date)).arg(year)
                          : QStringLiteral("%1 is too far from %2").arg(json::dateToJson(date)).arg(year);
    }
    return {};
}

QString validateDates(const QList<QDate>& dates, const QString& field, int year)
{
    if (dates.isEmpty())
        return error(field, QStringLiteral("must list at least one date"));
    for (qsizetype i = 0; i < dates.size(); ++i) {
        if (!dates[i].isValid())
            return error(indexed(field, i), QStringLiteral("not a valid date"));
        const QString reason = checkYear(dates[i], year, 0);
        if (!reason.isEmpty())
            return error(indexed(field, i), reason);
    }
    return {};
}

QString validateListedDays(const QList<ListedDay>& days, const QString& field, int year, int slack)
{
    for (qsizetype i = 0; i < days.size(); ++i) {
        const ListedDay& day = days[i];
        if (!day.date.isValid())
            return error(indexed(field, i) + QLatin1String(".date"), QStringLiteral("not a valid date"));
        const QString reason = checkYear(day.date, year, slack);
        if (!reason.isEmpty())
            return error(indexed(field, i) + QLatin1String(".date"), reason);
        if (!day.holidayKey.isEmpty() && !Holiday::isKnownKey(day.holidayKey)) {
            return error(indexed(field, i) + QLatin1String(".holiday"),
                         QStringLiteral("unknown holiday \"%1\" (known: %2)")
                             .arg(day.holidayKey, Holiday::keys().join(QLatin1String(", "))));
        }
    }
    return {};
}

// Field paths are those of the JSON year object, so that fromJson can prefix "years.<year>.".
QString validate(const YearOverride& entry)
{
    if (entry.year < LunarCalendar::kFirstYear || entry.year > LunarCalendar::kLastYear)
        return error(QStringLiteral("year"), QStringLiteral("must be between 1900 and 2199"));
    QString reason;
    if (entry.tetDays &&
        !(reason = validateDates(*entry.tetDays, QStringLiteral("tet.days"), entry.year)).isEmpty())
        return reason;
    if (entry.tetCompensatoryDays && !entry.tetCompensatoryDays->isEmpty() &&
        !(reason =
              validateDates(*entry.tetCompensatoryDays, QStringLiteral("tet.compensatoryDays"), entry.year))
             .isEmpty())
        return reason;
    if (!entry.nationalDayAdjacent.isNull()) {
        const QDate first(entry.year, 9, 1);
        const QDate third(entry.year, 9, 3);
        if (entry.nationalDayAdjacent != first && entry.nationalDayAdjacent != third) {
            return error(QStringLiteral("nationalDayAdjacent"),
                         QStringLiteral("must be %1 or %2 (the day before or after 2 September)")
                             .arg(json::dateToJson(first), json::dateToJson(third)));
        }
    }
    for (qsizetype i = 0; i < entry.swaps.size(); ++i) {
        const DaySwap& swap = entry.swaps[i];
        const QString field = indexed(QStringLiteral("swaps"), i);
        if (!swap.worked.isValid() || !isWeekend(swap.worked))
            return error(field + QLatin1String(".worked"), QStringLiteral("must be a Saturday or a Sunday"));
        if (!swap.off.isValid() || isWeekend(swap.off))
            return error(field + QLatin1String(".off"),
                         QStringLiteral("must be a weekday (Monday to Friday)"));
        if (!(reason = checkYear(swap.worked, entry.year, 1)).isEmpty())
            return error(field + QLatin1String(".worked"), reason);
        if (!(reason = checkYear(swap.off, entry.year, 1)).isEmpty())
            return error(field + QLatin1String(".off"), reason);
    }
    if (!(reason = validateListedDays(entry.extraDaysOff, QStringLiteral("extraDaysOff"), entry.year, 1))
             .isEmpty())
        return reason;
    if (entry.nonWorkingDays &&
        !(reason = validateListedDays(*entry.nonWorkingDays, QStringLiteral("nonWorkingDays"), entry.year, 0))
             .isEmpty())
        return reason;
    return {};
}

QString readDateList(const QJsonValue& value, const QString& field, QList<QDate>* out)
{
    if (!value.isArray())
        return error(field, QStringLiteral("expected an array of dates"));
    const QJsonArray array = value.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        QDate date;
        const QString reason = json::readDate(array.at(i), &date);
        if (!reason.isEmpty())
            return error(indexed(field, i), reason);
        out->append(date);
    }
    return {};
}

QString readListedDays(const QJsonValue& value, const QString& field, QList<ListedDay>* out)
{
    if (!value.isArray())
        return error(field, QStringLiteral("expected an array of {\"date\", \"holiday\", \"note\"}"));
    const QJsonArray array = value.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString itemField = indexed(field, i);
        if (!array.at(i).isObject())
            return error(itemField, QStringLiteral("expected an object {\"date\", \"holiday\", \"note\"}"));
        const QJsonObject object = array.at(i).toObject();
        const QString unknown = json::unknownKey(
            object, {QStringLiteral("date"), QStringLiteral("holiday"), QStringLiteral("note")});
        if (!unknown.isEmpty())
            return error(json::path(itemField, unknown), QStringLiteral("unknown field"));
        ListedDay day;
        QString reason = json::readDate(object.value(QLatin1String("date")), &day.date);
        if (!reason.isEmpty())
            return error(itemField + QLatin1String(".date"), reason);
        if (!(reason = json::readOptionalString(object, QStringLiteral("holiday"), &day.holidayKey))
                 .isEmpty() ||
            !(reason = json::readOptionalString(object, QStringLiteral("note"), &day.note)).isEmpty())
            return json::path(itemField, reason);
        out->append(day);
    }
    return {};
}

QString readSwaps(const QJsonValue& value, QList<DaySwap>* out)
{
    const QString field = QStringLiteral("swaps");
    if (!value.isArray())
        return error(field, QStringLiteral("expected an array of {\"worked\", \"off\", \"note\"}"));
    const QJsonArray array = value.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString itemField = indexed(field, i);
        if (!array.at(i).isObject())
            return error(itemField, QStringLiteral("expected an object {\"worked\", \"off\", \"note\"}"));
        const QJsonObject object = array.at(i).toObject();
        const QString unknown = json::unknownKey(
            object, {QStringLiteral("worked"), QStringLiteral("off"), QStringLiteral("note")});
        if (!unknown.isEmpty())
            return error(json::path(itemField, unknown), QStringLiteral("unknown field"));
        DaySwap swap;
        QString reason = json::readDate(object.value(QLatin1String("worked")), &swap.worked);
        if (!reason.isEmpty())
            return error(itemField + QLatin1String(".worked"), reason);
        if (!(reason = json::readDate(object.value(QLatin1String("off")), &swap.off)).isEmpty())
            return error(itemField + QLatin1String(".off"), reason);
        if (!(reason = json::readOptionalString(object, QStringLiteral("note"), &swap.note)).isEmpty())
            return json::path(itemField, reason);
        out->append(swap);
    }
    return {};
}

QString readTet(const QJsonValue& value, YearOverride* entry)
{
    if (!value.isObject())
        return error(QStringLiteral("tet"),
                     QStringLiteral("expected an object {\"days\", \"compensatoryDays\"}"));
    const QJsonObject object = value.toObject();
    const QString unknown =
        json::unknownKey(object, {QStringLiteral("days"), QStringLiteral("compensatoryDays")});
    if (!unknown.isEmpty())
        return error(QLatin1String("tet.") + unknown, QStringLiteral("unknown field"));
    if (object.contains(QLatin1String("days"))) {
        QList<QDate> days;
        const QString reason =
            readDateList(object.value(QLatin1String("days")), QStringLiteral("tet.days"), &days);
        if (!reason.isEmpty())
            return reason;
        entry->tetDays = days;
    }
    if (object.contains(QLatin1String("compensatoryDays"))) {
        QList<QDate> days;
        const QString reason = readDateList(object.value(QLatin1String("compensatoryDays")),
                                            QStringLiteral("tet.compensatoryDays"), &days);
        if (!reason.isEmpty())
            return reason;
        entry->tetCompensatoryDays = days;
    }
    return {};
}

// Field paths in the result are relative to the year object.
QString readYear(const QJsonObject& object, YearOverride* entry)
{
    const QString unknown = json::unknownKey(
        object, {QStringLiteral("source"), QStringLiteral("tet"), QStringLiteral("nationalDayAdjacent"),
                 QStringLiteral("swaps"), QStringLiteral("extraDaysOff"), QStringLiteral("nonWorkingDays")});
    if (!unknown.isEmpty())
        return error(unknown, QStringLiteral("unknown field"));
    QString reason = json::readOptionalString(object, QStringLiteral("source"), &entry->source);
    if (!reason.isEmpty())
        return reason;
    if (object.contains(QLatin1String("tet")) &&
        !(reason = readTet(object.value(QLatin1String("tet")), entry)).isEmpty())
        return reason;
    if (object.contains(QLatin1String("nationalDayAdjacent")) &&
        !(reason =
              json::readDate(object.value(QLatin1String("nationalDayAdjacent")), &entry->nationalDayAdjacent))
             .isEmpty())
        return error(QStringLiteral("nationalDayAdjacent"), reason);
    if (object.contains(QLatin1String("swaps")) &&
        !(reason = readSwaps(object.value(QLatin1String("swaps")), &entry->swaps)).isEmpty())
        return reason;
    if (object.contains(QLatin1String("extraDaysOff")) &&
        !(reason = readListedDays(object.value(QLatin1String("extraDaysOff")), QStringLiteral("extraDaysOff"),
                                  &entry->extraDaysOff))
             .isEmpty())
        return reason;
    if (object.contains(QLatin1String("nonWorkingDays"))) {
        QList<ListedDay> days;
        if (!(reason = readListedDays(object.value(QLatin1String("nonWorkingDays")),
                                      QStringLiteral("nonWorkingDays"), &days))
                 .isEmpty())
            return reason;
        entry->nonWorkingDays = days;
    }
    return validate(*entry);
}

QJsonArray datesToJson(const QList<QDate>& dates)
{
    QJsonArray array;
    for (const QDate& date : dates)
        array.append(json::dateToJson(date));
    return array;
}

QJsonArray listedDaysToJson(const QList<ListedDay>& days)
{
    QJsonArray array;
    for (const ListedDay& day : days) {
        QJsonObject object{{QStringLiteral("date"), json::dateToJson(day.date)}};
        if (!day.holidayKey.isEmpty())
            object.insert(QStringLiteral("holiday"), day.holidayKey);
        if (!day.note.isEmpty())
            object.insert(QStringLiteral("note"), day.note);
        array.append(object);
    }
    return array;
}

QJsonObject yearToJson(const YearOverride& entry)
{
    QJsonObject object;
    if (!entry.source.isEmpty())
        object.insert(QStringLiteral("source"), entry.source);
    if (entry.tetDays || entry.tetCompensatoryDays) {
        QJsonObject tet;
        if (entry.tetDays)
            tet.insert(QStringLiteral("days"), datesToJson(*entry.tetDays));
        if (entry.tetCompensatoryDays)
            tet.insert(QStringLiteral("compensatoryDays"), datesToJson(*entry.tetCompensatoryDays));
        object.insert(QStringLiteral("tet"), tet);
    }
    if (!entry.nationalDayAdjacent.isNull())
        object.insert(QStringLiteral("nationalDayAdjacent"), json::dateToJson(entry.nationalDayAdjacent));
    if (!entry.swaps.isEmpty()) {
        QJsonArray swaps;
        for (const DaySwap& swap : entry.swaps) {
            QJsonObject item{{QStringLiteral("worked"), json::dateToJson(swap.worked)},
                             {QStringLiteral("off"), json::dateToJson(swap.off)}};
            if (!swap.note.isEmpty())
                item.insert(QStringLiteral("note"), swap.note);
            swaps.append(item);
        }
        object.insert(QStringLiteral("swaps"), swaps);
    }
    if (!entry.extraDaysOff.isEmpty())
        object.insert(QStringLiteral("extraDaysOff"), listedDaysToJson(entry.extraDaysOff));
    if (entry.nonWorkingDays)
        object.insert(QStringLiteral("nonWorkingDays"), listedDaysToJson(*entry.nonWorkingDays));
    return object;
}

} // namespace

CalendarOverrides CalendarOverrides::regulationDefaults()
{
    QString problem;
    CalendarOverrides table = load(QString::fromLatin1(kResourcePath), &problem);
    if (!problem.isEmpty())
        qCritical("calendar overrides %s: %s", kResourcePath, qUtf8Printable(problem));
    return table;
}

CalendarOverrides CalendarOverrides::load(const QString& path, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read %1: %2").arg(path, file.errorString());
        return {};
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!document.isObject()) {
        *error = QStringLiteral("%1 is not a JSON object: %2").arg(path, parseError.errorString());
        return {};
    }
    return fromJson(document.object(), error);
}

CalendarOverrides CalendarOverrides::fromJson(const QJsonObject& object, QString* error)
{
    error->clear();
    CalendarOverrides table;
    const QString unknown = json::unknownKey(object, {QStringLiteral("about"), QStringLiteral("years")});
    if (!unknown.isEmpty()) {
        *error = json::error(unknown, QStringLiteral("unknown field"));
        return {};
    }
    QString reason = json::readOptionalString(object, QStringLiteral("about"), &table.m_about);
    if (!reason.isEmpty()) {
        *error = reason;
        return {};
    }
    const QJsonValue years = object.value(QLatin1String("years"));
    if (years.isUndefined())
        return table;
    if (!years.isObject()) {
        *error = json::error(QStringLiteral("years"), QStringLiteral("expected an object keyed by year"));
        return {};
    }
    const QJsonObject yearsObject = years.toObject();
    for (auto it = yearsObject.begin(); it != yearsObject.end(); ++it) {
        const QString field = QLatin1String("years.") + it.key();
        bool isNumber = false;
        YearOverride entry;
        entry.year = it.key().toInt(&isNumber);
        if (!isNumber || entry.year < LunarCalendar::kFirstYear || entry.year > LunarCalendar::kLastYear) {
            *error = json::error(field, QStringLiteral("the key must be a year between 1900 and 2199"));
            return {};
        }
        if (!it.value().isObject()) {
            *error = json::error(field, QStringLiteral("expected an object"));
            return {};
        }
        reason = readYear(it.value().toObject(), &entry);
        if (!reason.isEmpty()) {
            *error = json::path(field, reason);
            return {};
        }
        table.m_years.insert(entry.year, entry);
    }
    return table;
}

QJsonObject CalendarOverrides::toJson() const
{
    QJsonObject years;
    for (const YearOverride& entry : m_years)
        years.insert(QString::number(entry.year), yearToJson(entry));
    QJsonObject object{{QStringLiteral("years"), years}};
    if (!m_about.isEmpty())
        object.insert(QStringLiteral("about"), m_about);
    return object;
}

const YearOverride* CalendarOverrides::forYear(int year) const
{
    const auto it = m_years.constFind(year);
    return it == m_years.constEnd() ? nullptr : &it.value();
}

QString CalendarOverrides::setYear(const YearOverride& entry)
{
    const QString reason = validate(entry);
    if (!reason.isEmpty())
        return reason;
    m_years.insert(entry.year, entry);
    return {};
}

} // namespace paht
