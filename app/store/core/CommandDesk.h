#pragma once

#include "access/ReportAccess.h"
#include "domain/User.h"
#include "workflow/Workflow.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QObject>

namespace paht {
class Clock;
}

namespace paht::store {

class Database;
class Regulation;

// Applies commands for the store (architecture "Sync protocol", POST /commands): each in its own
// transaction, through the shared workflow, answered applied / conflict / rejected / blocked, with the
// answer journaled under its commandId so that a replay gets the same answer and changes nothing.
class CommandDesk final : public QObject
{
    Q_OBJECT

public:
    CommandDesk(Database& db, const Regulation& regulation, const Clock& clock, QObject* parent = nullptr);

    // A batch from one caller. Commands after a failed one on the same report are "blocked".
    QJsonArray executeBatch(const QJsonArray& commands, const Actor& actor, const Viewer& viewer);
    QJsonObject execute(const QJsonObject& commandJson, const Actor& actor, const Viewer& viewer);

    static Actor actorFor(const User& user);
    static Viewer viewerFor(const User& user);
    static Directory loadDirectory(Database& db);

signals:
    void committed(qint64 seq);

private:
    QJsonObject apply(const Command& command, const Actor& actor, const Viewer& viewer,
                      const QByteArray& digest);
    QJsonObject applyInTransaction(const Command& command, const Actor& actor, const Viewer& viewer,
                                   qint64* committedSeq);
    QString allocateNumber(const QDateTime& now);

    Database& m_db;
    const Regulation& m_regulation;
    const Clock& m_clock;
};

} // namespace paht::store
