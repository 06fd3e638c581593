#include "items/ReminderBoard.h"

#include "items/CommandTargets.h"

#include <QHash>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace paht {

int AgencyReminders::count(StageStatus status) const
{
    return static_cast<int>(
        std::count_if(assignments.cbegin(), assignments.cend(), [status](const ReminderCandidate& candidate) {
            return candidate.deadline.isOpen() && candidate.deadline.status == status;
        }));
}

ReminderBoard::ReminderBoard(const Workflow& workflow, const DeadlineGauge& gauge, const Directory& directory)
    : m_workflow(workflow), m_gauge(gauge), m_directory(directory)
{}

QList<ReminderCandidate> ReminderBoard::candidates(const Report& report, const Actor& actor,
                                                   const QDateTime& now) const
{
    QList<ReminderCandidate> found;
    const QStringList open = agenciesOpenTo(u"remind"_s, report, m_workflow, actor, m_directory, now);
    for (const Assignment& assignment : report.assignments) {
        if (!open.contains(assignment.agencyCode))
            continue;
        ReminderCandidate candidate;
        candidate.reportId = report.id;
        candidate.title = report.title;
        candidate.reportVersion = report.version;
        candidate.agencyCode = assignment.agencyCode;
        candidate.state = assignment.state;
        candidate.deadline = m_gauge.forAssignment(assignment, now);
        candidate.reminders = assignment.reminders;
        found << candidate;
    }
    return found;
}

QList<AgencyReminders> ReminderBoard::grouped(const QList<ReminderCandidate>& candidates) const
{
    QHash<QString, AgencyReminders> byAgency;
    for (const ReminderCandidate& candidate : candidates) {
        AgencyReminders& group = byAgency[candidate.agencyCode];
        if (group.agencyCode.isEmpty()) {
            group.agencyCode = candidate.agencyCode;
            const auto agency = m_directory.agencies.constFind(candidate.agencyCode);
            group.agencyName =
                agency == m_directory.agencies.constEnd() ? candidate.agencyCode : agency->name;
        }
        group.assignments << candidate;
    }
    QList<AgencyReminders> groups = byAgency.values();
    for (AgencyReminders& group : groups) {
        std::stable_sort(group.assignments.begin(), group.assignments.end(),
                         [](const ReminderCandidate& a, const ReminderCandidate& b) {
                             const qint64 ka = a.deadline.urgencyKey();
                             const qint64 kb = b.deadline.urgencyKey();
                             return ka != kb ? ka < kb : a.reportId < b.reportId;
                         });
    }
    std::sort(groups.begin(), groups.end(), [](const AgencyReminders& a, const AgencyReminders& b) {
        const int order = QString::localeAwareCompare(a.agencyName, b.agencyName);
        return order != 0 ? order < 0 : a.agencyCode < b.agencyCode;
    });
    return groups;
}

QList<AgencyReminders> ReminderBoard::late(const QList<Report>& reports, const Actor& actor,
                                           const QDateTime& now) const
{
    QList<ReminderCandidate> late;
    for (const Report& report : reports) {
        for (const ReminderCandidate& candidate : candidates(report, actor, now)) {
            if (candidate.isLate())
                late << candidate;
        }
    }
    return grouped(late);
}

QList<AgencyReminders> ReminderBoard::owing(const QList<Report>& reports, const Actor& actor,
                                            const QDateTime& now) const
{
    QList<ReminderCandidate> owing;
    for (const Report& report : reports)
        owing << candidates(report, actor, now);
    return grouped(owing);
}

QList<Command> ReminderBoard::commands(const QList<ReminderCandidate>& chosen, const QString& note)
{
    QList<Command> out;
    QHash<QString, qint64> nextVersion;
    for (const ReminderCandidate& candidate : chosen) {
        Command command;
        command.type = u"remind"_s;
        command.reportId = candidate.reportId;
        command.expectedVersion = nextVersion.value(candidate.reportId, candidate.reportVersion);
        command.payload = {{u"agencyCode"_s, candidate.agencyCode}};
        if (!note.trimmed().isEmpty())
            command.payload.insert(u"note"_s, note.trimmed());
        nextVersion.insert(candidate.reportId, command.expectedVersion + 1);
        out << command;
    }
    return out;
}

} // namespace paht
