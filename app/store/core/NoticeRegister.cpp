#include "core/NoticeRegister.h"

#include "calendar/WorkingCalendar.h"
#include "publication/PublicNotice.h"
#include "storage/NoticeSerials.h"

namespace paht::store {

namespace {

bool isAnswered(ReportState state)
{
    return state == ReportState::Published || state == ReportState::AnsweredPrivately;
}

} // namespace

bool NoticeRegister::issues(const std::optional<Report>& before, const Report& after)
{
    return isAnswered(after.state) && !(before && isAnswered(before->state));
}

bool NoticeRegister::stamp(Outcome* outcome, const QDateTime& now)
{
    const int year = WorkingCalendar::localDate(now).year();
    NoticeSerials serials(m_db);
    NoticeRecord notice;
    notice.issuedAt = now;
    for (const QString& agency : PublicNotice::issuingAgencies(outcome->report)) {
        const qint64 serial = serials.next(agency, year);
        if (serial <= 0)
            return false;
        notice.numbers.append({agency, NoticeNumber::format(static_cast<int>(serial), agency)});
    }
    outcome->report.notice = notice;
    for (Event& event : outcome->events) {
        if (event.type == QLatin1String("published") || event.type == QLatin1String("answered_privately"))
            event.payload.insert(QStringLiteral("notice"), notice.toJson());
    }
    return true;
}

} // namespace paht::store
