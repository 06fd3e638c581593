#pragma once

#include "stats/StatisticsResult.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace paht {

struct ChartSeries
{
    QString name;
    QList<double> values; // one per category
};

// What one chart of a periodic report draws, without any widget: bars by category, one set per series.
struct ChartData
{
    QString key; // "months", "overdueByAgency", "workingTime", "ratings"
    QString title;
    QString valueTitle; // the value axis
    QStringList categories;
    QList<ChartSeries> series;
    bool stacked = false;
};

// The charts people would rather look at than read (issue [5/6]): received and handled per month, overdue
// by agency, working time per stage (median and 90th percentile, in working hours) and the ratings. They
// draw the figures of the result, nothing recomputed.
class StatisticsCharts
{
    Q_DECLARE_TR_FUNCTIONS(paht::StatisticsCharts)

public:
    explicit StatisticsCharts(QHash<QString, QString> agencyNames) : m_names(std::move(agencyNames)) {}

    QList<ChartData> build(const StatisticsResult& result) const;

private:
    ChartData months(const StatisticsResult& result) const;
    ChartData overdueByAgency(const PeriodReport& report) const;
    ChartData workingTime(const HandlingFigures& handling) const;
    ChartData ratings(const HandlingFigures& handling) const;

    QHash<QString, QString> m_names;
};

} // namespace paht
