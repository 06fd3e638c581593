#pragma once

#include "calendar/Clock.h"
#include "workflow/Actor.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QStringList>

namespace paht::store {

class CommandDesk;
class Database;
class Regulation;

// Tells the life of one demo report through the real workflow, step by step on a clock of its own, so
// that demo queues hold reports at every step with deadlines met, near and missed.
class DemoStory
{
public:
    DemoStory(Database& db, const Regulation& regulation, QDateTime end, QStringList communes);
    ~DemoStory();

    bool tell(int index, int count, QString* error);

private:
    bool act(const Actor& actor, const QString& type, const QJsonObject& payload, QString* error);
    Actor staff(const QString& username, Role role, const QString& agency = {}) const;

    Database& m_db;
    QDateTime m_end;
    QStringList m_communes;
    ManualClock m_clock;
    std::unique_ptr<CommandDesk> m_desk;
    QRandomGenerator m_random{20260301};
    QString m_reportId;
    qint64 m_version = 0;
};

} // namespace paht::store
