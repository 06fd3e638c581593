#pragma once

#include "stats/StatisticsResult.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace paht {

// One table of a periodic report as people read it: a title, translated column headers and cells
// already formatted (counts, percentages, working hours, dates, agency names). The screen, the CSV file
// and the PDF all show these same rows.
struct StatisticsTable
{
    QString key; // "summary", "agencies", "overdue", "backlog", "returns", "rejections", "workingTime",
                 // "ratings", "escalations", "longOverdue", "repeatedReturns", "ranking"
    QString title;
    QStringList headers;
    QList<QStringList> rows;
    QStringList reportIds; // per row: the report the row is about, empty when it is about none
    QString note;          // the definition of its figures, printed under it
    int labelColumns = 1;  // the first columns hold words; the others figures (aligned right)
};

// Builds the tables of one result, numbered in order. The province gets every table; one agency its own
// figures, overdue stages, backlog, working time, ratings, sticking points and its place in the ranking.
class StatisticsTables
{
    Q_DECLARE_TR_FUNCTIONS(paht::StatisticsTables)

public:
    // `agencyNames`: code → name from the directory; a code it does not know is shown as it is.
    explicit StatisticsTables(QHash<QString, QString> agencyNames) : m_names(std::move(agencyNames)) {}

    QList<StatisticsTable> build(const StatisticsResult& result) const;
    QString agencyName(const QString& code) const;

    // How the cells read: counts and shares in the locale, working time in working hours.
    static QString count(int value);
    static QString percent(const std::optional<double>& share); // "66,7 %", "—" when absent
    static QString workingHours(const std::optional<qint64>& seconds);

private:
    StatisticsTable summary(const StatisticsResult& result) const;
    StatisticsTable agencies(const PeriodReport& report) const;
    StatisticsTable returns(const ProvinceFigures& province) const;
    StatisticsTable longOverdue(const StickingPoints& points) const;
    StatisticsTable repeatedReturns(const StickingPoints& points) const;
    StatisticsTable ranking(const PeriodReport& report) const;

    QHash<QString, QString> m_names;
};

} // namespace paht
