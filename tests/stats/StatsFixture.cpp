#include "StatsFixture.h"

#include "calendar/WorkingHours.h"

#include <QMap>

using namespace Qt::StringLiterals;

namespace paht::test {

namespace {

StageTiming timing(SlaStage stage, const QDateTime& start, const char* deadline,
                   const char* completed = nullptr)
{
    StageTiming result;
    result.stage = stage;
    result.startedAt = start.toUTC();
    result.deadline = vn(deadline).toUTC();
    if (completed)
        result.completedAt = vn(completed).toUTC();
    return result;
}

StageTiming timing(SlaStage stage, const char* start, const char* deadline, const char* completed = nullptr)
{
    return timing(stage, vn(start), deadline, completed);
}

// A report received at `at`; its intake ended (dispatch or rejection) at `intakeDone`, or is still open.
Report received(int number, const char* at, const char* intakeDeadline, const char* intakeDone,
                ReportState state)
{
    Report report;
    report.id = StatsFixture::reportId(number);
    report.title = u"Phản ánh số %1"_s.arg(number);
    report.description = u"Nội dung phản ánh số %1"_s.arg(number);
    report.categoryCode = u"chieu_sang"_s;
    report.location.latitude = 20.95;
    report.location.longitude = 107.08;
    report.location.address = u"Phường Hồng Gai, Hạ Long"_s;
    report.reporter.name = u"Nguyễn Văn An"_s;
    report.reporter.phone = u"0912345678"_s;
    report.reporter.email = u"an@example.vn"_s;
    report.state = state;
    report.receivedAt = vn(at).toUTC();
    report.intake = timing(SlaStage::Intake, at, intakeDeadline, intakeDone);
    return report;
}

Assignment assigned(const char* agency, AssignmentState state, const char* dispatched,
                    const char* acceptanceDeadline, const char* acceptanceDone)
{
    Assignment assignment;
    assignment.agencyCode = QString::fromLatin1(agency);
    assignment.state = state;
    assignment.dispatchedAt = vn(dispatched).toUTC();
    assignment.acceptance = timing(SlaStage::Acceptance, dispatched, acceptanceDeadline, acceptanceDone);
    return assignment;
}

// Processing from the acceptance on, then the leader's approval from the result on.
void handled(Assignment* assignment, const char* processingDeadline, const char* resultAt,
             const char* approvalDeadline, const char* approvedAt)
{
    assignment->processing =
        timing(SlaStage::Processing, assignment->acceptance.completedAt, processingDeadline, resultAt);
    if (resultAt)
        assignment->approval = timing(SlaStage::Approval, resultAt, approvalDeadline, approvedAt);
}

// the return stage runs from the dispatch to the return.
void returned(Assignment* assignment, const char* deadline, const char* at)
{
    assignment->returnStage = timing(SlaStage::Return, assignment->dispatchedAt, deadline, at);
    assignment->returnReason = u"Không thuộc thẩm quyền"_s;
}

void rated(Report* report, Rating level, const char* at)
{
    report->rating = RatingRecord{level, {}, vn(at).toUTC()};
}

class Events
{
public:
    explicit Events(QList<Event>* out) : m_out(out) {}

    void add(int number, const char* type, const char* at, const char* agency = "")
    {
        Event event;
        event.reportId = StatsFixture::reportId(number);
        event.type = QString::fromLatin1(type);
        event.actor = u"system"_s;
        event.at = vn(at).toUTC();
        event.reportVersion = ++m_versions[number];
        event.agencyCode = QString::fromLatin1(agency);
        m_out->append(event);
    }

private:
    QList<Event>* m_out;
    QMap<int, qint64> m_versions;
};

} // namespace

QDateTime vn(const char* text)
{
    QDateTime local = QDateTime::fromString(QString::fromLatin1(text), u"yyyy-MM-dd HH:mm"_s);
    local.setTimeZone(WorkingHours::timeZone());
    return local;
}

QStringList StatsFixture::agencies()
{
    return {u"DIEN"_s, u"NUOC"_s, u"SXD"_s, u"UBND-06673"_s};
}

QString StatsFixture::reportId(int number)
{
    return u"PAHT-2026-%1"_s.arg(number, 6, 10, QLatin1Char('0'));
}

StatsFixture StatsFixture::build()
{
    using A = AssignmentState;
    using S = ReportState;
    StatsFixture f;
    Events events(&f.events);

    // R1: SXD, everything within its deadline.
    {
        Report r = received(1, "2026-09-03 08:00", "2026-09-04 08:00", "2026-09-03 10:00", S::Published);
        Assignment sxd =
            assigned("SXD", A::Approved, "2026-09-03 10:00", "2026-09-04 10:00", "2026-09-03 14:00");
        handled(&sxd, "2026-09-08 14:00", "2026-09-07 14:00", "2026-09-08 14:00", "2026-09-07 16:00");
        r.assignments << sxd;
        r.publication =
            timing(SlaStage::Publication, "2026-09-07 16:00", "2026-09-07 17:00", "2026-09-07 16:30");
        rated(&r, Rating::Dissatisfied, "2026-09-08 09:00");
        events.add(1, "dispatched", "2026-09-03 10:00", "SXD");
        f.reports << r;
    }
    // R2: received and dispatched in August, handled in September. The acceptance deadline jumps the
    // holidays of 1–2 September; the leader approves an hour late.
    {
        Report r = received(2, "2026-08-28 15:00", "2026-08-31 15:00", "2026-08-31 09:00", S::Published);
        Assignment nuoc =
            assigned("NUOC", A::Approved, "2026-08-31 09:00", "2026-09-03 09:00", "2026-09-03 08:00");
        handled(&nuoc, "2026-09-10 08:00", "2026-09-09 10:00", "2026-09-10 10:00", "2026-09-10 11:00");
        r.assignments << nuoc;
        r.publication =
            timing(SlaStage::Publication, "2026-09-10 11:00", "2026-09-10 14:00", "2026-09-10 13:45");
        rated(&r, Rating::Satisfied, "2026-09-11 10:00");
        events.add(2, "dispatched", "2026-08-31 09:00", "NUOC");
        f.reports << r;
    }
    // R3: SXD processes two days late; the center publishes late.
    {
        Report r = received(3, "2026-09-07 09:00", "2026-09-08 09:00", "2026-09-07 11:00", S::Published);
        Assignment sxd =
            assigned("SXD", A::Approved, "2026-09-07 11:00", "2026-09-08 11:00", "2026-09-07 15:00");
        handled(&sxd, "2026-09-10 15:00", "2026-09-14 15:00", "2026-09-15 15:00", "2026-09-14 16:00");
        r.assignments << sxd;
        r.publication =
            timing(SlaStage::Publication, "2026-09-14 16:00", "2026-09-14 17:00", "2026-09-15 08:30");
        rated(&r, Rating::VeryDissatisfied, "2026-09-16 09:00");
        events.add(3, "dispatched", "2026-09-07 11:00", "SXD");
        f.reports << r;
    }
    // R4: SXD returns it without accepting (in time); the ward handles it; never published.
    {
        Report r =
            received(4, "2026-09-08 10:00", "2026-09-09 10:00", "2026-09-08 11:00", S::AwaitingPublication);
        Assignment sxd =
            assigned("SXD", A::ReturnedToCenter, "2026-09-08 11:00", "2026-09-09 11:00", "2026-09-09 09:00");
        returned(&sxd, "2026-09-09 11:00", "2026-09-09 09:00");
        Assignment ward =
            assigned("UBND-06673", A::Approved, "2026-09-09 10:00", "2026-09-10 10:00", "2026-09-09 14:00");
        handled(&ward, "2026-09-16 14:00", "2026-09-11 15:00", "2026-09-14 15:00", "2026-09-14 10:00");
        r.assignments << sxd << ward;
        r.publication = timing(SlaStage::Publication, "2026-09-14 10:00", "2026-09-14 11:00");
        events.add(4, "dispatched", "2026-09-08 11:00", "SXD");
        events.add(4, "assignment_returned", "2026-09-09 09:00", "SXD");
        events.add(4, "dispatched", "2026-09-09 10:00", "UBND-06673");
        f.reports << r;
    }
    // R5: returned by NUOC, then by SXD (late, without accepting), sent to NUOC again, whose processing is
    // overdue; escalated. NUOC's first assignment was replaced by the second dispatch: only the events
    // remember its return.
    {
        Report r = received(5, "2026-09-09 08:00", "2026-09-10 08:00", "2026-09-09 09:00", S::InProgress);
        Assignment nuoc =
            assigned("NUOC", A::Processing, "2026-09-11 10:00", "2026-09-14 10:00", "2026-09-14 09:00");
        handled(&nuoc, "2026-09-21 09:00", nullptr, nullptr, nullptr);
        Assignment sxd =
            assigned("SXD", A::ReturnedToCenter, "2026-09-10 08:00", "2026-09-11 08:00", "2026-09-11 09:00");
        returned(&sxd, "2026-09-11 08:00", "2026-09-11 09:00");
        r.assignments << nuoc << sxd;
        r.escalation = Escalation{
            u"Hai cơ quan không thống nhất"_s, u"supervisor"_s, vn("2026-09-22 09:00").toUTC(), {}, {}, {}};
        events.add(5, "dispatched", "2026-09-09 09:00", "NUOC");
        events.add(5, "assignment_returned", "2026-09-09 16:00", "NUOC");
        events.add(5, "dispatched", "2026-09-10 08:00", "SXD");
        events.add(5, "assignment_returned", "2026-09-11 09:00", "SXD");
        events.add(5, "dispatched", "2026-09-11 10:00", "NUOC");
        events.add(5, "escalated", "2026-09-22 09:00");
        f.reports << r;
    }
    // R6–R8: not taken. R7 is a duplicate linked after its intake deadline.
    {
        Report r = received(6, "2026-09-10 09:00", "2026-09-11 09:00", "2026-09-10 10:00", S::Rejected);
        r.rejection = Rejection{RejectionKind::Complaint, u"Khiếu nại"_s};
        f.reports << r;
        r = received(7, "2026-09-10 14:00", "2026-09-11 14:00", "2026-09-11 15:00", S::Rejected);
        r.rejection = Rejection{RejectionKind::Duplicate, {}};
        r.duplicateOf = reportId(6);
        f.reports << r;
        r = received(8, "2026-09-14 08:00", "2026-09-15 08:00", "2026-09-14 09:00", S::Rejected);
        r.rejection = Rejection{RejectionKind::Complaint, u"Khiếu nại"_s};
        f.reports << r;
    }
    // R9: the ward, on time after a rework (the records keep the last processing and approval); the
    // reporter's question is still unanswered at the end of September.
    {
        Report r = received(9, "2026-09-15 09:00", "2026-09-16 09:00", "2026-09-15 10:00", S::Published);
        Assignment ward =
            assigned("UBND-06673", A::Approved, "2026-09-15 10:00", "2026-09-16 10:00", "2026-09-15 14:00");
        handled(&ward, "2026-09-22 14:00", "2026-09-21 10:00", "2026-09-22 10:00", "2026-09-21 15:00");
        CitizenClarification question;
        question.question = u"Khi nào sửa xong?"_s;
        question.askedAt = vn("2026-09-23 10:00").toUTC();
        question.timing = timing(SlaStage::CitizenClarification, "2026-09-23 10:00", "2026-09-30 10:00");
        ward.clarification = question;
        r.assignments << ward;
        r.publication =
            timing(SlaStage::Publication, "2026-09-21 15:00", "2026-09-21 16:00", "2026-09-21 15:30");
        rated(&r, Rating::Satisfied, "2026-09-23 09:00");
        events.add(9, "dispatched", "2026-09-15 10:00", "UBND-06673");
        f.reports << r;
    }
    // R10: received on a Friday evening; SXD accepts an hour late and its processing is overdue.
    {
        Report r = received(10, "2026-09-18 16:00", "2026-09-21 16:00", "2026-09-21 08:00", S::InProgress);
        Assignment sxd =
            assigned("SXD", A::Processing, "2026-09-21 08:00", "2026-09-22 08:00", "2026-09-22 09:00");
        handled(&sxd, "2026-09-25 09:00", nullptr, nullptr, nullptr);
        r.assignments << sxd;
        events.add(10, "dispatched", "2026-09-21 08:00", "SXD");
        f.reports << r;
    }
    // R11: received on a Friday afternoon, being clarified with the reporter (intake paused).
    {
        Report r = received(11, "2026-09-25 16:00", "2026-09-28 16:00", nullptr, S::Clarifying);
        r.intake.pausedSince = vn("2026-09-28 09:00").toUTC();
        f.reports << r;
    }
    // R12: received on the last afternoon of September.
    f.reports << received(12, "2026-09-30 15:00", "2026-10-01 15:00", nullptr, S::Received);
    // R13: handled and published in August, rated in September.
    {
        Report r = received(13, "2026-08-24 09:00", "2026-08-25 09:00", "2026-08-24 10:00", S::Published);
        Assignment nuoc =
            assigned("NUOC", A::Approved, "2026-08-24 10:00", "2026-08-25 10:00", "2026-08-24 11:00");
        handled(&nuoc, "2026-08-31 11:00", "2026-08-26 10:00", "2026-08-27 10:00", "2026-08-26 14:00");
        r.assignments << nuoc;
        r.publication =
            timing(SlaStage::Publication, "2026-08-26 14:00", "2026-08-26 15:00", "2026-08-26 15:00");
        rated(&r, Rating::VerySatisfied, "2026-09-03 10:00");
        events.add(13, "dispatched", "2026-08-24 10:00", "NUOC");
        f.reports << r;
    }
    // R14: the ward's result is in on 30 September; the leader approves it (late) on 2 October.
    {
        Report r = received(14, "2026-09-29 08:00", "2026-09-30 08:00", "2026-09-29 09:00", S::Published);
        Assignment ward =
            assigned("UBND-06673", A::Approved, "2026-09-29 09:00", "2026-09-30 09:00", "2026-09-29 10:00");
        handled(&ward, "2026-10-06 10:00", "2026-09-30 16:00", "2026-10-01 16:00", "2026-10-02 09:00");
        r.assignments << ward;
        r.publication =
            timing(SlaStage::Publication, "2026-10-02 09:00", "2026-10-02 10:00", "2026-10-02 10:00");
        events.add(14, "dispatched", "2026-09-29 09:00", "UBND-06673");
        f.reports << r;
    }
    // R15: SXD and NUOC together; NUOC's leader approves an hour late. Escalated and resolved.
    {
        Report r = received(15, "2026-09-03 09:00", "2026-09-04 09:00", "2026-09-03 10:00", S::Published);
        Assignment sxd =
            assigned("SXD", A::Approved, "2026-09-03 10:00", "2026-09-04 10:00", "2026-09-03 11:00");
        handled(&sxd, "2026-09-08 11:00", "2026-09-08 10:00", "2026-09-09 10:00", "2026-09-08 15:00");
        Assignment nuoc =
            assigned("NUOC", A::Approved, "2026-09-03 10:00", "2026-09-04 10:00", "2026-09-04 09:00");
        handled(&nuoc, "2026-09-11 09:00", "2026-09-11 08:00", "2026-09-14 08:00", "2026-09-14 09:00");
        r.assignments << sxd << nuoc;
        r.publication =
            timing(SlaStage::Publication, "2026-09-14 09:00", "2026-09-14 10:00", "2026-09-14 09:30");
        rated(&r, Rating::Neutral, "2026-09-15 10:00");
        r.escalation = Escalation{u"Xử lý chưa triệt để"_s, u"supervisor"_s, vn("2026-09-10 09:00").toUTC(),
                                  u"Đã thống nhất"_s,       u"supervisor"_s, vn("2026-09-16 10:00").toUTC()};
        events.add(15, "dispatched", "2026-09-03 10:00", "SXD");
        events.add(15, "dispatched", "2026-09-03 10:00", "NUOC");
        events.add(15, "escalated", "2026-09-10 09:00");
        events.add(15, "escalation_resolved", "2026-09-16 10:00");
        f.reports << r;
    }
    return f;
}

} // namespace paht::test
