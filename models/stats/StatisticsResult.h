#pragma once

#include "stats/PeriodStatistics.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace paht {

// Received and handled in one month of the period (the chart of the months of a quarter or a year). For
// the province "received" counts the reports received; for one agency, the reports dispatched to it.
struct MonthFigures
{
    ReportPeriod period; // the month, cut to the report's period where the period starts or ends within it
    int received = 0;
    int handled = 0;

    QJsonObject toJson() const;
    friend bool operator==(const MonthFigures& a, const MonthFigures& b)
    {
        return a.period == b.period && a.received == b.received && a.handled == b.handled;
    }
};

// What GET /api/v1/statistics answers and what the console computes from its cache when offline: the
// period's report for the province or for one agency, its months, and when it was computed. The store
// and the console both build it with compute(), so they give the same numbers.
struct StatisticsResult
{
    QString agencyCode; // empty: the province; else the report is restricted to this agency (forAgency)
    PeriodReport report;
    QList<MonthFigures> months;
    QDateTime computedAt; // UTC

    bool isProvince() const { return agencyCode.isEmpty(); }

    // `agencyCode` empty for the province. The months are computed with the same PeriodStatistics.
    static StatisticsResult compute(const PeriodStatistics& statistics, const ReportPeriod& period,
                                    const QList<Report>& reports, const QList<Event>& events,
                                    const QStringList& agencyCodes, const QString& agencyCode,
                                    const QDateTime& computedAt);
    // The report as one agency may read it: its own figures, its place in the ranking (ranked among all),
    // its sticking points; no province figures, no other agency.
    static PeriodReport forAgency(const PeriodReport& report, const QString& agencyCode);
    // The months of the period, each cut to the period.
    static QList<ReportPeriod> monthsOf(const ReportPeriod& period);

    // {"agency": code|null, "report": PeriodReport (without "province" for an agency), "months": […],
    //  "computedAt": "…Z"}
    QJsonObject toJson() const;
    // Reads what toJson() writes; nothing (and `error` says why) when it is not such a document.
    static std::optional<StatisticsResult> fromJson(const QJsonObject& json, QString* error = nullptr);

    friend bool operator==(const StatisticsResult& a, const StatisticsResult& b)
    {
        return a.agencyCode == b.agencyCode && a.report == b.report && a.months == b.months &&
               a.computedAt == b.computedAt;
    }
};

// PeriodReport::toJson read back (PeriodReportJson.cpp); the notes are not read: they are printed from
// StatisticsNotes in the reader's language.
std::optional<PeriodReport> periodReportFromJson(const QJsonObject& json, QString* error = nullptr);

} // namespace paht
