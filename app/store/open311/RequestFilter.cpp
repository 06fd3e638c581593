#include "open311/RequestFilter.h"

#include "calendar/WorkingCalendar.h"

#include <QRegularExpression>

namespace paht::store::open311 {

namespace {

ApiError fieldError(const QString& field, const QString& reason)
{
    return ApiError::badRequest(QStringLiteral("invalid_query"), QStringLiteral("%1: %2").arg(field, reason),
                                field);
}

QStringList commaList(const QString& text)
{
    QStringList items;
    for (const QString& item : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (!item.trimmed().isEmpty())
            items.append(item.trimmed());
    }
    items.removeDuplicates();
    return items;
}

} // namespace

QDateTime RequestFilter::parseDateTime(const QString& text, bool endOfDay)
{
    static const QRegularExpression dateOnly(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    if (dateOnly.match(text).hasMatch()) {
        const QDate date = QDate::fromString(text, Qt::ISODate);
        if (!date.isValid())
            return {};
        const QTime time = endOfDay ? QTime(23, 59, 59, 999) : QTime(0, 0);
        return QDateTime(date, time, WorkingCalendar::timeZone()).toUTC();
    }
    QDateTime parsed = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!parsed.isValid())
        return {};
    if (parsed.timeSpec() == Qt::LocalTime) // no offset given: the province's wall clock, not the server's
        parsed = QDateTime(parsed.date(), parsed.time(), WorkingCalendar::timeZone());
    return parsed.toUTC();
}

std::variant<RequestFilter, ApiError> RequestFilter::fromQuery(const HttpRequest& request,
                                                               const QDateTime& now)
{
    RequestFilter filter;
    filter.ids = commaList(request.queryValue(QStringLiteral("service_request_id")));
    if (!filter.ids.isEmpty())
        return filter;
    filter.serviceCodes = commaList(request.queryValue(QStringLiteral("service_code")));

    const QStringList statuses = commaList(request.queryValue(QStringLiteral("status")));
    for (const QString& status : statuses) {
        if (status != QLatin1String("open") && status != QLatin1String("closed"))
            return fieldError(QStringLiteral("status"),
                              QStringLiteral("expected open or closed, got \"%1\"").arg(status.left(40)));
    }
    if (statuses.size() == 1) // both named is the same as none
        filter.open = statuses.first() == QLatin1String("open");

    const QString startText = request.queryValue(QStringLiteral("start_date"));
    const QString endText = request.queryValue(QStringLiteral("end_date"));
    const qint64 window = qint64(kMaxWindowDays) * 24 * 3600;
    if (!startText.isEmpty()) {
        filter.start = parseDateTime(startText, false);
        if (!filter.start.isValid())
            return fieldError(
                QStringLiteral("start_date"),
                QStringLiteral("expected a W3C datetime like 2026-03-09T09:00:00+07:00, got \"%1\"")
                    .arg(startText.left(40)));
    }
    if (!endText.isEmpty()) {
        filter.end = parseDateTime(endText, true);
        if (!filter.end.isValid())
            return fieldError(
                QStringLiteral("end_date"),
                QStringLiteral("expected a W3C datetime like 2026-03-09T17:00:00+07:00, got \"%1\"")
                    .arg(endText.left(40)));
    }
    if (filter.start.isValid() && !filter.end.isValid())
        filter.end = filter.start.addSecs(window);
    else if (!filter.start.isValid() && filter.end.isValid())
        filter.start = filter.end.addSecs(-window);
    else if (!filter.start.isValid())
        filter = RequestFilter{{}, filter.serviceCodes, now.addSecs(-window), now, filter.open};
    if (filter.end < filter.start)
        return fieldError(QStringLiteral("end_date"), QStringLiteral("is before start_date"));
    if (filter.start.secsTo(filter.end) > window)
        return fieldError(QStringLiteral("start_date"),
                          QStringLiteral("the window may span at most %1 days").arg(kMaxWindowDays));
    return filter;
}

} // namespace paht::store::open311
