#include "items/ReminderInbox.h"

#include "cache/LocalCache.h"

using namespace Qt::StringLiterals;

namespace paht {

namespace {

QString latestNote(const QList<Event>& events, const QString& agencyCode)
{
    for (auto event = events.crbegin(); event != events.crend(); ++event) {
        if (event->type == u"reminder_sent" && event->agencyCode == agencyCode)
            return event->payload.value(u"note"_s).toString();
    }
    return {};
}

} // namespace

ReminderInbox::ReminderInbox(LocalCache& cache, QString agencyCode)
    : m_cache(cache), m_agencyCode(std::move(agencyCode))
{}

QList<ReminderNotice> ReminderInbox::takeNew(const QStringList& reportIds)
{
    QList<Report> reports;
    if (reportIds.isEmpty()) {
        reports = m_cache.reports();
    } else {
        for (const QString& id : reportIds) {
            if (std::optional<Report> report = m_cache.report(id))
                reports << *report;
        }
    }
    QHash<QString, int> told = m_cache.notifiedReminders();
    bool changed = false;
    QList<ReminderNotice> notices;
    for (const Report& report : reports) {
        const Assignment* own = report.assignmentFor(m_agencyCode);
        const QString key = report.id + QLatin1Char('@') + m_agencyCode;
        if (!own || own->reminders == told.value(key, 0))
            continue;
        if (own->reminders > told.value(key, 0) && own->awaitsAgency())
            notices << ReminderNotice{report.id, report.title,
                                      latestNote(m_cache.events(report.id), m_agencyCode), own->reminders};
        told.insert(key, own->reminders);
        changed = true;
    }
    if (changed)
        m_cache.setNotifiedReminders(told);
    return notices;
}

} // namespace paht
