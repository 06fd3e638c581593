#pragma once

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace paht {

// The stretch of time a periodic report covers: the instants [from, to), whose bounds are
// local midnights in Asia/Ho_Chi_Minh, so "September 2026" is 2026-09-01 00:00 +07:00 up to but not
// including 2026-10-01 00:00 +07:00, whatever the host's time zone.
struct ReportPeriod
{
    enum class Kind
    {
        Month,
        Quarter,
        Year,
        Custom
    };

    Kind kind = Kind::Custom;
    QDate first; // local date, included
    QDate last;  // local date, included

    static ReportPeriod month(int year, int month);     // month 1..12
    static ReportPeriod quarter(int year, int quarter); // quarter 1..4
    static ReportPeriod year(int year);
    // Any run of whole days, both included; an invalid or reversed pair gives an empty period.
    static ReportPeriod days(const QDate& first, const QDate& last);
    // The period a label() names; nothing for any other text, an impossible date or a reversed run.
    static std::optional<ReportPeriod> fromLabel(const QString& label);

    QDateTime from() const; // UTC, included
    QDateTime to() const;   // UTC, excluded
    bool contains(const QDateTime& instant) const;
    bool isEmpty() const { return !first.isValid() || !last.isValid() || last < first; }
    // "2026-09", "2026-Q3", "2026", "2026-09-01..2026-09-15": a stable key, not a translated title.
    QString label() const;

    QJsonObject toJson() const;

    friend bool operator==(const ReportPeriod& a, const ReportPeriod& b)
    {
        return a.kind == b.kind && a.first == b.first && a.last == b.last;
    }
    friend bool operator!=(const ReportPeriod& a, const ReportPeriod& b) { return !(a == b); }
};

QString reportPeriodKindName(ReportPeriod::Kind kind); // month, quarter, year, custom

} // namespace paht
