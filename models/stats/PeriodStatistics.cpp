#include "stats/PeriodStatistics.h"

#include "calendar/SlaClock.h"
#include "stats/StageHistory.h"
#include "stats/StatisticsNotes.h"

#include <QHash>
#include <QJsonArray>
#include <QMap>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace paht {

namespace {

const QList<SlaStage> kAgencyStages{SlaStage::Acceptance, SlaStage::Return, SlaStage::Processing,
                                    SlaStage::Approval, SlaStage::CitizenClarification};

// One stage timing of a report, whom it concerns and how it counts (see the definitions in the header).
struct StageEntry
{
    const StageTiming* timing = nullptr;
    QString agencyCode;              // empty for the center's stages (intake, publication)
    bool judgedWhenCompleted = true; // false when a return closed it rather than the work
    bool canStandOpen = true;        // false for the return stage: it is stamped already complete
    bool beforeHandling = true;      // part of "handled on time" for the report
};

QList<StageEntry> stagesOf(const Report& report)
{
    QList<StageEntry> entries;
    entries << StageEntry{&report.intake, {}, true, true, true};
    for (const Assignment& assignment : report.assignments) {
        const QString& code = assignment.agencyCode;
        const bool returned = assignment.state == AssignmentState::ReturnedToCenter;
        const bool accepted = assignment.processing.has_value();
        entries << StageEntry{&assignment.acceptance, code, !returned || accepted, true, true};
        if (assignment.processing)
            entries << StageEntry{&*assignment.processing, code, !returned, true, true};
        if (assignment.approval)
            entries << StageEntry{&*assignment.approval, code, true, true, true};
        if (assignment.returnStage)
            entries << StageEntry{&*assignment.returnStage, code, true, false, true};
        if (assignment.clarification)
            entries << StageEntry{&assignment.clarification->timing, code, true, true, false};
    }
    if (report.publication)
        entries << StageEntry{&*report.publication, {}, true, true, false};
    return entries;
}

bool isHeld(const Assignment& assignment)
{
    return assignment.state != AssignmentState::ReturnedToCenter;
}

QDateTime approvedAt(const Assignment& assignment)
{
    if (assignment.state != AssignmentState::Approved || !assignment.approval ||
        assignment.approval->isOpen())
        return {};
    return assignment.approval->completedAt;
}

// When the last awaited result was approved; null while some agency holding the report has not finished.
QDateTime handledAt(const Report& report)
{
    QDateTime last;
    for (const Assignment& assignment : report.assignments) {
        if (!isHeld(assignment))
            continue;
        const QDateTime approved = approvedAt(assignment);
        if (!approved.isValid())
            return {};
        if (!last.isValid() || approved > last)
            last = approved;
    }
    return last;
}

QDateTime rejectedAt(const Report& report)
{
    return report.rejection && !report.intake.isOpen() ? report.intake.completedAt : QDateTime();
}

bool closedBefore(const Assignment& assignment, const QDateTime& end)
{
    const QDateTime approved = approvedAt(assignment);
    if (approved.isValid())
        return approved < end;
    return assignment.state == AssignmentState::ReturnedToCenter && assignment.returnStage &&
           !assignment.returnStage->isOpen() && assignment.returnStage->completedAt < end;
}

// The figures of the province or of one agency while they are being counted.
struct Tally
{
    HandlingFigures figures;
    QMap<SlaStage, StageOverdue> overdue;
    QMap<SlaStage, QList<qint64>> seconds;
    int dispatched = 0;

    void finish(const QList<SlaStage>& stages)
    {
        for (SlaStage stage : stages) {
            StageOverdue entry = overdue.value(stage);
            entry.stage = stage;
            figures.overdue << entry;
            figures.workingTime << StageWorkingTime::of(stage, seconds.value(stage));
        }
    }
};

class Computation
{
public:
    Computation(const WorkingCalendar& calendar, const StatisticsOptions& options, const ReportPeriod& period)
        : m_calendar(calendar), m_clock(calendar), m_options(options), m_period(period), m_end(period.to())
    {}

    void addAgency(const QString& code)
    {
        if (!m_agencies.contains(code))
            m_agencies.insert(code, Tally());
    }

    void count(const Report& report, const QList<Event>& events)
    {
        if (m_period.isEmpty())
            return;
        countIntake(report);
        countStages(report);
        countHandled(report);
        countBacklog(report);
        countRatings(report);
        countEvents(report, events);
    }

    PeriodReport finish()
    {
        PeriodReport out;
        out.period = m_period;
        out.weights = m_options.weights;
        m_province.finish(allSlaStages());
        out.province.received = m_received;
        out.province.dispatched = m_dispatched;
        for (auto it = m_rejected.cbegin(); it != m_rejected.cend(); ++it)
            out.province.rejected[it.key()] = it.value();
        out.province.returnedBy = m_returnedBy;
        out.province.escalations = m_escalations;
        std::sort(out.province.escalations.standingAtEnd.begin(),
                  out.province.escalations.standingAtEnd.end());
        out.province.handling = m_province.figures;
        for (auto it = m_agencies.begin(); it != m_agencies.end(); ++it) {
            it->finish(kAgencyStages);
            AgencyFigures agency;
            agency.agencyCode = it.key();
            agency.dispatched = it->dispatched;
            agency.handling = it->figures;
            out.agencies << agency;
        }
        out.stickingPoints.longOverdueWorkingDays = m_options.longOverdueWorkingDays;
        out.stickingPoints.longOverdue = m_longOverdue;
        std::sort(out.stickingPoints.longOverdue.begin(), out.stickingPoints.longOverdue.end(),
                  [](const LongOverdue& a, const LongOverdue& b) {
                      if (a.overdueWorkingDays != b.overdueWorkingDays)
                          return a.overdueWorkingDays > b.overdueWorkingDays;
                      if (a.reportId != b.reportId)
                          return a.reportId < b.reportId;
                      if (a.agencyCode != b.agencyCode)
                          return a.agencyCode < b.agencyCode;
                      return a.stage < b.stage;
                  });
        out.stickingPoints.returnedMoreThanOnce = m_repeatedReturns;
        std::sort(out.stickingPoints.returnedMoreThanOnce.begin(),
                  out.stickingPoints.returnedMoreThanOnce.end(),
                  [](const RepeatedReturn& a, const RepeatedReturn& b) { return a.reportId < b.reportId; });
        out.ranking = AgencyRanking(m_options.weights).rank(out.agencies);
        return out;
    }

private:
    bool inPeriod(const QDateTime& instant) const { return m_period.contains(instant); }

    Tally& agency(const QString& code) { return m_agencies[code]; }

    void countIntake(const Report& report)
    {
        if (inPeriod(report.receivedAt))
            ++m_received;
        const QDateTime rejected = rejectedAt(report);
        if (rejected.isValid()) {
            if (inPeriod(rejected))
                ++m_rejected[report.rejection->kind];
        } else if (!report.intake.isOpen() && inPeriod(report.intake.completedAt)) {
            ++m_dispatched;
        }
    }

    void countStages(const Report& report)
    {
        for (const StageEntry& entry : stagesOf(report)) {
            const StageTiming& timing = *entry.timing;
            Tally* owner = entry.agencyCode.isEmpty() ? nullptr : &agency(entry.agencyCode);
            if (entry.judgedWhenCompleted && !timing.isOpen() && inPeriod(timing.completedAt)) {
                const qint64 seconds = m_clock.workingSecondsBetween(timing.startedAt, timing.completedAt);
                const bool missed = m_clock.status(timing, m_end, 0) == StageStatus::Missed;
                for (Tally* tally : {&m_province, owner}) {
                    if (!tally)
                        continue;
                    tally->seconds[timing.stage] << seconds;
                    if (missed)
                        ++tally->overdue[timing.stage].missed;
                }
            }
            if (entry.canStandOpen && isOpenAt(timing, m_end) &&
                stageStatusAt(m_clock, timing, m_end) == StageStatus::Overdue) {
                for (Tally* tally : {&m_province, owner}) {
                    if (tally)
                        ++tally->overdue[timing.stage].overdueAtEnd;
                }
                const int days = wholeWorkingDays(m_calendar, timing.deadline, m_end);
                if (days >= m_options.longOverdueWorkingDays)
                    m_longOverdue << LongOverdue{report.id, entry.agencyCode, timing.stage, timing.deadline,
                                                 days};
            }
        }
    }

    bool isMet(const StageTiming& timing) const
    {
        return m_clock.status(timing, m_end, 0) == StageStatus::Met;
    }

    void countHandled(const Report& report)
    {
        for (const Assignment& assignment : report.assignments) {
            if (!inPeriod(approvedAt(assignment)))
                continue;
            Tally& tally = agency(assignment.agencyCode);
            ++tally.figures.handled;
            if (isMet(assignment.acceptance) && assignment.processing && isMet(*assignment.processing) &&
                isMet(*assignment.approval))
                ++tally.figures.handledOnTime;
        }
        if (!inPeriod(handledAt(report)))
            return;
        ++m_province.figures.handled;
        bool onTime = true;
        for (const StageEntry& entry : stagesOf(report)) {
            if (entry.beforeHandling && entry.judgedWhenCompleted)
                onTime = onTime && isMet(*entry.timing);
        }
        if (onTime)
            ++m_province.figures.handledOnTime;
    }

    void countBacklog(const Report& report)
    {
        const QDateTime handled = handledAt(report);
        const QDateTime rejected = rejectedAt(report);
        const bool closed =
            (handled.isValid() && handled < m_end) || (rejected.isValid() && rejected < m_end);
        if (report.receivedAt.isValid() && report.receivedAt < m_end && !closed)
            m_province.figures.backlog.add(wholeWorkingDays(m_calendar, report.receivedAt, m_end));
        for (const Assignment& assignment : report.assignments) {
            if (assignment.dispatchedAt.isValid() && assignment.dispatchedAt < m_end &&
                !closedBefore(assignment, m_end))
                agency(assignment.agencyCode)
                    .figures.backlog.add(wholeWorkingDays(m_calendar, assignment.dispatchedAt, m_end));
        }
    }

    void countRatings(const Report& report)
    {
        if (!report.rating || !inPeriod(report.rating->at))
            return;
        m_province.figures.ratings.add(report.rating->level);
        for (const Assignment& assignment : report.assignments) {
            if (assignment.state == AssignmentState::Approved)
                agency(assignment.agencyCode).figures.ratings.add(report.rating->level);
        }
    }

    void countEvents(const Report& report, const QList<Event>& events)
    {
        QStringList returnsUpToEnd;
        bool returnedInPeriod = false;
        bool escalated = false;
        for (const Event& event : events) {
            if (event.at >= m_end)
                break;
            const bool within = inPeriod(event.at);
            if (event.type == u"dispatched"_s) {
                if (within && !event.agencyCode.isEmpty())
                    ++agency(event.agencyCode).dispatched;
            } else if (event.type == u"assignment_returned"_s) {
                returnsUpToEnd << event.agencyCode;
                if (within) {
                    returnedInPeriod = true;
                    ++m_province.figures.returned;
                    ++m_returnedBy[event.agencyCode];
                    ++agency(event.agencyCode).figures.returned;
                }
            } else if (event.type == u"escalated"_s) {
                escalated = true;
                if (within)
                    ++m_escalations.opened;
            } else if (event.type == u"escalation_resolved"_s) {
                escalated = false;
                if (within)
                    ++m_escalations.resolved;
            }
        }
        if (returnsUpToEnd.size() >= 2 && returnedInPeriod)
            m_repeatedReturns << RepeatedReturn{report.id, returnsUpToEnd};
        if (escalated)
            m_escalations.standingAtEnd << report.id;
    }

    const WorkingCalendar& m_calendar;
    const SlaClock m_clock;
    const StatisticsOptions& m_options;
    const ReportPeriod m_period;
    const QDateTime m_end;

    int m_received = 0;
    int m_dispatched = 0;
    QMap<RejectionKind, int> m_rejected;
    QMap<QString, int> m_returnedBy;
    EscalationFigures m_escalations;
    Tally m_province;
    QMap<QString, Tally> m_agencies;
    QList<LongOverdue> m_longOverdue;
    QList<RepeatedReturn> m_repeatedReturns;
};

} // namespace

const AgencyFigures* PeriodReport::agency(const QString& code) const
{
    for (const AgencyFigures& figures : agencies) {
        if (figures.agencyCode == code)
            return &figures;
    }
    return nullptr;
}

const RankingEntry* PeriodReport::rankingOf(const QString& code) const
{
    for (const RankingEntry& entry : ranking) {
        if (entry.agencyCode == code)
            return &entry;
    }
    return nullptr;
}

QJsonObject PeriodReport::toJson() const
{
    QJsonArray agencyArray;
    for (const AgencyFigures& figures : agencies)
        agencyArray.append(figures.toJson());
    QJsonArray entries;
    for (const RankingEntry& entry : ranking)
        entries.append(entry.toJson());
    const AgencyRanking rule(weights);
    return {{u"period"_s, period.toJson()},
            {u"province"_s, province.toJson()},
            {u"agencies"_s, agencyArray},
            {u"stickingPoints"_s, stickingPoints.toJson()},
            {u"ranking"_s, QJsonObject{{u"formula"_s, rule.formula()},
                                       {u"weights"_s, weights.toJson()},
                                       {u"entries"_s, entries}}},
            {u"notes"_s, StatisticsNotes::all(stickingPoints.longOverdueWorkingDays, weights)}};
}

PeriodReport PeriodStatistics::compute(const ReportPeriod& period, const QList<Report>& reports,
                                       const QList<Event>& events, const QStringList& agencyCodes) const
{
    QHash<QString, QList<Event>> eventsByReport;
    for (const Event& event : events)
        eventsByReport[event.reportId] << event;
    for (QList<Event>& list : eventsByReport) {
        std::stable_sort(list.begin(), list.end(), [](const Event& a, const Event& b) {
            return a.at != b.at ? a.at < b.at : a.reportVersion < b.reportVersion;
        });
    }
    Computation computation(m_calendar, m_options, period);
    for (const QString& code : agencyCodes)
        computation.addAgency(code);
    for (const Report& report : reports)
        computation.count(report, eventsByReport.value(report.id));
    return computation.finish();
}

} // namespace paht
