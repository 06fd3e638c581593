#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace paht {

// The steps of Appendix I that carry a deadline (requirements "Time rules", architecture "The workflow").
enum class SlaStage
{
    Intake,               // classify and dispatch within 1 working day of receipt
    Acceptance,           // the agency accepts within 1 working day
    Return,               // return to the center within 1 working day if not competent
    Processing,           // handle within the agency's limit, never more than 5 working days
    Approval,             // the leader decides within 1 working day of the result
    Publication,          // the center publishes within 1 working hour of approval
    CitizenClarification, // the agency answers the citizen's request for clarification
};

QString slaStageName(SlaStage stage);                      // "intake", "acceptance", ...
bool slaStageFromName(const QString& name, SlaStage* out); // false for an unknown name
QList<SlaStage> allSlaStages();                            // in the order of the workflow

enum class StageStatus
{
    OnTrack,
    DueSoon,
    Overdue,
    Paused,
    Met,
    Missed
};
QString stageStatusName(StageStatus status); // "on_track", "due_soon", "overdue", "paused", "met", "missed"
bool stageStatusFromName(const QString& name, StageStatus* out); // false for an unknown name

// One stage's clock on one report or assignment. Pauses (e.g. while the center clarifies with the
// reporter) push the deadline back by the working time they lasted.
struct StageTiming
{
    SlaStage stage = SlaStage::Intake;
    QDateTime startedAt;   // UTC
    QDateTime deadline;    // UTC; moves later when a pause ends
    QDateTime pausedSince; // UTC; null unless paused now
    QDateTime completedAt; // UTC; null while open

    bool isOpen() const { return completedAt.isNull(); }
    bool isPaused() const { return !pausedSince.isNull(); }

    QJsonObject toJson() const;
    // Returns an empty string on success, else "<field>: <reason>".
    static QString fromJson(const QJsonObject& json, StageTiming* out);

    friend bool operator==(const StageTiming& a, const StageTiming& b)
    {
        return a.stage == b.stage && a.startedAt == b.startedAt && a.deadline == b.deadline &&
               a.pausedSince == b.pausedSince && a.completedAt == b.completedAt;
    }
    friend bool operator!=(const StageTiming& a, const StageTiming& b) { return !(a == b); }
};

} // namespace paht
