#pragma once

#include "http/ApiError.h"
#include "http/HttpMessage.h"

#include <QDateTime>
#include <QStringList>
#include <optional>
#include <variant>

namespace paht::store::open311 {

// The query of GET requests (GeoReport v2): either a list of ids, in which case the spec says every
// other parameter is ignored, or a window of requested_datetime (by default the last 90 days, never
// more than 90) narrowed by service codes and open/closed status.
struct RequestFilter
{
    static constexpr int kMaxWindowDays = 90;

    QStringList ids;
    QStringList serviceCodes; // empty: all
    QDateTime start;          // UTC, inclusive
    QDateTime end;            // UTC, inclusive
    std::optional<bool> open; // empty: both

    static std::variant<RequestFilter, ApiError> fromQuery(const HttpRequest& request, const QDateTime& now);
    // A W3C datetime or date; a date or a time without an offset is read in the province's zone (UTC+7).
    // `endOfDay` makes a bare date mean its last instant, so end_date=2026-03-09 includes that day.
    static QDateTime parseDateTime(const QString& text, bool endOfDay);
};

} // namespace paht::store::open311
