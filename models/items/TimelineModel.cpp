#include "items/TimelineModel.h"

#include "calendar/WorkingCalendar.h"
#include "items/DisplayNames.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace paht {

TimelineModel::TimelineModel(QObject* parent) : QAbstractListModel(parent) {}

void TimelineModel::everythingChanged()
{
    if (!m_events.isEmpty())
        emit dataChanged(index(0), index(rowCount() - 1));
}

void TimelineModel::setDirectory(const Directory& directory)
{
    m_directory = directory;
    everythingChanged();
}

void TimelineModel::setUsers(const QList<User>& users)
{
    m_displayNames.clear();
    for (const User& user : users) {
        if (!user.displayName.isEmpty())
            m_displayNames.insert(user.username, user.displayName);
    }
    everythingChanged();
}

void TimelineModel::setDisplayLocale(const QLocale& locale)
{
    m_locale = locale;
    everythingChanged();
}

// Events are never edited, so the same report's list only grows: append what is new. Anything
// else (another report, a re-bootstrap that reordered) resets.
void TimelineModel::setEvents(const QString& reportId, const QList<Event>& events)
{
    const bool grows = reportId == m_reportId && events.size() >= m_events.size() &&
                       std::equal(m_events.cbegin(), m_events.cend(), events.cbegin());
    if (!grows) {
        beginResetModel();
        m_reportId = reportId;
        m_events = events;
        endResetModel();
        return;
    }
    if (events.size() == m_events.size())
        return;
    beginInsertRows({}, int(m_events.size()), int(events.size()) - 1);
    m_events = events;
    endInsertRows();
}

QString TimelineModel::actorName(const Event& event) const
{
    if (event.actor == u"citizen")
        //: Who did a step: the citizen who sent the report. Vietnamese: Người phản ánh
        return tr("Reporter");
    if (event.actor == u"system")
        //: Who did a step: the system itself. Vietnamese: Hệ thống
        return tr("System");
    return m_displayNames.value(event.actor, event.actor);
}

int TimelineModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_events.size());
}

QVariant TimelineModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Event& event = m_events.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return m_description.describe(event);
    case Qt::ToolTipRole:
    case TimeTextRole: {
        const QString when =
            m_locale.toString(event.at.toTimeZone(WorkingCalendar::timeZone()), QLocale::ShortFormat);
        if (role == TimeTextRole)
            return when;
        //: Tooltip of a timeline step: time and who. Vietnamese: "%1 · %2"
        return tr("%1 · %2").arg(when, actorName(event));
    }
    case TypeRole:
        return event.type;
    case ActorRole:
        return actorName(event);
    case ActorRoleNameRole:
        return event.actorRole ? displayName(*event.actorRole) : QString();
    case TimeRole:
        return event.at;
    case AgencyCodeRole:
        return event.agencyCode;
    case PublicRole:
        return event.isPublic;
    default:
        return {};
    }
}

QHash<int, QByteArray> TimelineModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(TypeRole, "type");
    names.insert(ActorRole, "actor");
    names.insert(ActorRoleNameRole, "actorRole");
    names.insert(TimeRole, "time");
    names.insert(TimeTextRole, "timeText");
    names.insert(AgencyCodeRole, "agencyCode");
    names.insert(PublicRole, "isPublic");
    return names;
}

} // namespace paht
