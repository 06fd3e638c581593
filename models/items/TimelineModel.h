#pragma once

#include "domain/Event.h"
#include "domain/User.h"
#include "items/EventDescription.h"
#include "workflow/Directory.h"

#include <QAbstractListModel>
#include <QHash>
#include <QList>
#include <QLocale>

namespace paht {

// A report's timeline in the detail pane: one row per event, oldest first, with who, when and
// a translated sentence. New events of the same report are appended as rows; another report resets.
class TimelineModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role
    {
        TypeRole = Qt::UserRole + 1, // QString, the event's wire type
        ActorRole,         // QString, the actor's display name ("Người phản ánh" for the citizen)
        ActorRoleNameRole, // QString, the actor's translated role; empty for citizen and system
        TimeRole,          // QDateTime (UTC)
        TimeTextRole,      // QString, in the display locale and Asia/Ho_Chi_Minh
        AgencyCodeRole,    // QString
        PublicRole,        // bool: on the public timeline
    };

    explicit TimelineModel(QObject* parent = nullptr);

    // Agency and category names in the sentences.
    void setDirectory(const Directory& directory);
    // Usernames become display names.
    void setUsers(const QList<User>& users);
    void setDisplayLocale(const QLocale& locale);
    void setEvents(const QString& reportId, const QList<Event>& events);
    void clear() { setEvents({}, {}); }

    QString reportId() const { return m_reportId; }
    const Event& eventAt(int row) const { return m_events.at(row); }

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QString actorName(const Event& event) const;
    void everythingChanged();

    Directory m_directory;
    EventDescription m_description{m_directory};
    QHash<QString, QString> m_displayNames;
    QLocale m_locale;
    QString m_reportId;
    QList<Event> m_events;
};

} // namespace paht
