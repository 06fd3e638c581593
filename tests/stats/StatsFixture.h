#pragma once

#include "domain/Event.h"
#include "domain/Report.h"

#include <QDateTime>
#include <QList>
#include <QStringList>

namespace paht::test {

// Vietnamese wall-clock time, "yyyy-MM-dd HH:mm" (UTC+7), as the tables of the fixture are written.
QDateTime vn(const char* text);

// Fifteen reports of August and September 2026 with their events, written out stage by stage so that
// every figure of the September report can be worked out by hand (see tst_stats_period.cpp). The deadlines
// are written by hand too, on the regulation's durations (intake, acceptance, return, approval: 1 working
// day; processing: 3 working days at SXD, 5 elsewhere; publication: 1 working hour; the answer to the
// reporter: 5 working days), with the Labour Code calendar: 1 and 2 September 2026 (Tuesday, Wednesday)
// are holidays.
struct StatsFixture
{
    QList<Report> reports;
    QList<Event> events;

    // DIEN (the power company) has no work at all in the fixture.
    static QStringList agencies();
    static QString reportId(int number);
    static StatsFixture build();
};

} // namespace paht::test
