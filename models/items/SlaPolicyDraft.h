#pragma once

#include "calendar/SlaPolicy.h"
#include "items/RuleProblem.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace paht {

// What an SLA policy override applies to.
enum class OverrideScope
{
    Agency,
    Category
};

// The SLA policy while the administrator edits it (issue [5/6] item 4): each stage's duration and "due
// soon" threshold, the per-agency and per-category overrides, whether intake pauses while clarifying.
//
// The domain decides (SlaPolicy::checkDuration and the setters; SlaDuration::parse for the bounds the
// store applies when it reads the JSON back): a refused edit leaves the draft as it was and says why, so
// what is sent is a policy the store accepts.
class SlaPolicyDraft
{
    Q_DECLARE_TR_FUNCTIONS(SlaPolicyDraft)

public:
    explicit SlaPolicyDraft(SlaPolicy policy = SlaPolicy::regulationDefaults());

    const SlaPolicy& policy() const { return m_policy; }
    QJsonObject toJson() const { return m_policy.toJson(); }
    bool isModified() const { return m_policy != m_saved; }
    void markSaved() { m_saved = m_policy; }

    // The stage's own value, without overrides.
    SlaDuration duration(SlaStage stage) const { return m_policy.duration(stage); }
    int dueSoonMinutes(SlaStage stage) const { return int(m_policy.dueSoonSeconds(stage) / 60); }

    // Problems name the field "stages.<stage>.duration", "stages.<stage>.dueSoon" or "overrides".
    RuleProblem setDuration(SlaStage stage, const SlaDuration& duration);
    RuleProblem setDueSoonMinutes(SlaStage stage, int minutes);
    RuleProblem setOverride(OverrideScope scope, const QString& code, SlaStage stage,
                            const SlaDuration& duration);
    void removeOverride(OverrideScope scope, const QString& code, SlaStage stage);
    void setPausesDuringClarification(bool pauses) { m_policy.setPausesDuringClarification(pauses); }

    // The last word before sending: the policy read back from its JSON as the store will read it.
    RuleProblem check() const;

    // "5 working days", "1 working hour".
    static QString durationText(const SlaDuration& duration);

private:
    static QString checkDuration(SlaStage stage, const SlaDuration& duration);

    SlaPolicy m_policy;
    SlaPolicy m_saved;
};

} // namespace paht
