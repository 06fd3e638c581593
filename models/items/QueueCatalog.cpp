#include "items/QueueCatalog.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace paht {

namespace {

// The viewer's own agency's assignment, while the agency still holds the report.
const Assignment* ownAssignment(const Report& report, const Viewer& viewer)
{
    const Assignment* own = report.assignmentFor(viewer.agencyCode);
    return own && own->state != AssignmentState::ReturnedToCenter ? own : nullptr;
}

Queue byState(const QString& id, const QString& name, ReportState state)
{
    return {id, name, [state](const Report& report, const Viewer&, const QDateTime&) {
                return report.state == state;
            }};
}

Queue byOwnAssignment(const QString& id, const QString& name, AssignmentState state)
{
    return {id, name, [state](const Report& report, const Viewer& viewer, const QDateTime&) {
                const Assignment* own = ownAssignment(report, viewer);
                return own && own->state == state;
            }};
}

Queue everything(const QString& name)
{
    return {u"all"_s, name, [](const Report& report, const Viewer& viewer, const QDateTime&) {
                return ReportAccess::canSee(report, viewer);
            }};
}

// an agency gave the report back and the center has not sent it on yet.
bool awaitsRedispatch(const Report& report)
{
    const QList<ReportState> open{ReportState::Dispatched, ReportState::InProgress,
                                  ReportState::AwaitingPublication};
    return open.contains(report.state) &&
           std::any_of(report.assignments.cbegin(), report.assignments.cend(),
                       [](const Assignment& a) { return a.state == AssignmentState::ReturnedToCenter; });
}

} // namespace

QList<Queue> QueueCatalog::queuesFor(const Viewer& viewer, const QList<Report>& reports,
                                     const QHash<QString, QString>& agencyNames, const QDateTime& now) const
{
    switch (viewer.role) {
    case Role::IntakeOperator:
        return intakeQueues();
    case Role::PublicationEditor:
        return editorQueues();
    case Role::AgencySpecialist:
        return specialistQueues();
    case Role::AgencyLeader:
        return leaderQueues();
    case Role::Supervisor:
        return supervisorQueues(reports, agencyNames, now);
    case Role::Administrator:
        break;
    }
    //: Queue: every report. Vietnamese: Tất cả
    return {everything(tr("All"))};
}

Queue QueueCatalog::overdueQueue(const QString& name) const
{
    const DeadlineGauge* gauge = &m_gauge;
    return {u"overdue"_s, name, [gauge](const Report& report, const Viewer& viewer, const QDateTime& now) {
                return gauge->isOverdue(report, viewer, now);
            }};
}

QList<Queue> QueueCatalog::intakeQueues() const
{
    return {
        //: Queue: reports received, not yet handled. Vietnamese: Mới tiếp nhận
        byState(u"new"_s, tr("New"), ReportState::Received),
        byState(u"clarifying"_s,
                //: Queue: checking with the reporter. Glossary: Làm rõ thông tin
                tr("Clarifying"), ReportState::Clarifying),
        {u"returned"_s,
         //: Queue: awaiting re-dispatch. Glossary: Trả lại Trung tâm
         tr("Returned by agency"),
         [](const Report& report, const Viewer&, const QDateTime&) {
             return awaitsRedispatch(report);
         }},
        byState(u"awaiting_publication"_s,
                //: Queue. Glossary: Công khai → "Chờ công khai"
                tr("Awaiting publication"), ReportState::AwaitingPublication),
        //: Queue: any step past its deadline. Glossary: Quá hạn
        overdueQueue(tr("Overdue")),
        //: Queue: every report. Vietnamese: Tất cả
        everything(tr("All")),
    };
}

QList<Queue> QueueCatalog::editorQueues() const
{
    return {
        byState(u"awaiting_publication"_s,
                //: Queue. Glossary: Công khai → "Chờ công khai"
                tr("Awaiting publication"), ReportState::AwaitingPublication),
        //: Queue. Glossary: Công khai → "Đã công khai"
        byState(u"published"_s, tr("Published"), ReportState::Published),
        //: Queue: every report. Vietnamese: Tất cả
        everything(tr("All")),
    };
}

QList<Queue> QueueCatalog::specialistQueues() const
{
    return {
        //: Queue. Glossary: Tiếp nhận xử lý → "Chờ tiếp nhận"
        byOwnAssignment(u"to_accept"_s, tr("To accept"), AssignmentState::PendingAcceptance),
        //: Queue. Glossary: Xử lý → "Đang xử lý"
        byOwnAssignment(u"in_progress"_s, tr("In progress"), AssignmentState::Processing),
        byOwnAssignment(u"rework"_s,
                        //: Queue. Glossary: Trả lại để xử lý lại → "Xử lý lại"
                        tr("Rework requested"), AssignmentState::Rework),
        {u"citizen_questions"_s,
         //: Queue (R-18). Glossary: Phản hồi / Làm rõ
         tr("Reporter asks for clarification"),
         [](const Report& report, const Viewer& viewer, const QDateTime&) {
             const Assignment* own = ownAssignment(report, viewer);
             return own && own->clarification && own->clarification->isOpen();
         }},
        //: Queue. Vietnamese: Tất cả của cơ quan
        everything(tr("All of my agency")),
    };
}

QList<Queue> QueueCatalog::leaderQueues() const
{
    return {
        byOwnAssignment(u"awaiting_approval"_s,
                        //: Queue. Glossary: Phê duyệt → "Chờ phê duyệt"
                        tr("Awaiting approval"), AssignmentState::AwaitingApproval),
        //: Queue. Glossary: Quá hạn → "Quá hạn của cơ quan"
        overdueQueue(tr("Overdue in my agency")),
        //: Queue. Vietnamese: Tất cả của cơ quan
        everything(tr("All of my agency")),
    };
}

QList<Queue> QueueCatalog::supervisorQueues(const QList<Report>& reports,
                                            const QHash<QString, QString>& agencyNames,
                                            const QDateTime& now) const
{
    QStringList late;
    for (const Report& report : reports) {
        for (const QString& code : m_gauge.overdueAgencies(report, now)) {
            if (!late.contains(code))
                late << code;
        }
    }
    const auto nameOf = [&agencyNames](const QString& code) {
        return agencyNames.value(code, code);
    };
    std::sort(late.begin(), late.end(), [&nameOf](const QString& a, const QString& b) {
        const int order = QString::localeAwareCompare(nameOf(a), nameOf(b));
        return order != 0 ? order < 0 : a < b;
    });

    //: Queue: any step past its deadline. Glossary: Quá hạn
    QList<Queue> queues{overdueQueue(tr("Overdue"))};
    const DeadlineGauge* gauge = &m_gauge;
    for (const QString& code : late) {
        //: Queue of one agency's overdue reports; %1 is the agency's name. Glossary: "Quá hạn: %1"
        const QString name = tr("Overdue: %1").arg(nameOf(code));
        queues << Queue{u"overdue:"_s + code, name,
                        [gauge, code](const Report& report, const Viewer&, const QDateTime& at) {
                            return gauge->overdueAgencies(report, at).contains(code);
                        }};
    }
    queues << Queue{u"escalated"_s,
                    //: Queue (R-13). Glossary: Báo cáo UBND tỉnh → "Đã báo cáo UBND tỉnh"
                    tr("Escalated"), [](const Report& report, const Viewer&, const QDateTime&) {
                        return report.escalation && report.escalation->isActive();
                    }};
    //: Queue: every report. Vietnamese: Tất cả
    queues << everything(tr("All"));
    return queues;
}

} // namespace paht
