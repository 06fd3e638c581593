#pragma once

#include "calendar/SlaDuration.h"
#include "calendar/StageTiming.h"

#include <QJsonObject>
#include <QMap>
#include <QString>

namespace paht {

// How long each stage of Appendix I may take (architecture: "Durations live in an SLA policy table, not in
// code"), with overrides per handling agency and per category.
//
// Precedence of duration(stage, agency, category): the category's override, else the agency's override,
// else the stage's default. The Processing stage is always in working days and never more than
// 5: the table refuses more, and duration() caps whatever it holds.
//
// JSON (resources/sla-policy.json):
// {
//   "about": "free text",
//   "pausesDuringClarification": true,
//   "stages": {"intake": {"duration": "1d", "dueSoon": "2h"}, ..., "publication": {"duration": "1h",
//              "dueSoon": "15m"}},
//   "agencies": {"<agency code>": {"processing": "3d"}},
//   "categories": {"<category code>": {"processing": "2d"}}
// }
// Durations: "<n>d" working days, "<n>h" working hours. dueSoon: working time "<n>h", "<n>m" or "<n>s".
// A stage missing from "stages" keeps the regulation's value; unknown keys are errors.
class SlaPolicy
{
public:
    static constexpr int kMaxProcessingWorkingDays = 5;
    static constexpr const char* kResourcePath = ":/paht/sla-policy.json";

    // The regulation's values (R-8 … R-14), the same as the shipped JSON.
    SlaPolicy();
    // The shipped table. A broken resource is a build defect: it is logged and SlaPolicy() is used.
    static SlaPolicy regulationDefaults();
    static SlaPolicy load(const QString& path, QString* error);
    // On error: SlaPolicy(), and *error = "<field path>: <reason>" (e.g. "agencies.SXD.processing: ...").
    static SlaPolicy fromJson(const QJsonObject& json, QString* error);
    QJsonObject toJson() const;

    SlaDuration duration(SlaStage stage, const QString& agencyCode = {},
                         const QString& categoryCode = {}) const;
    // Whether the intake clock stops while the center clarifies a report with its reporter.
    bool pausesDuringClarification() const { return m_pausesDuringClarification; }
    // How much working time before the deadline a stage counts as "due soon".
    qint64 dueSoonSeconds(SlaStage stage) const;

    // Editing, for the administration screen. Each returns an empty string, or why the value was refused.
    static QString checkDuration(SlaStage stage, const SlaDuration& duration);
    QString setDuration(SlaStage stage, const SlaDuration& duration);
    QString setAgencyDuration(const QString& agencyCode, SlaStage stage, const SlaDuration& duration);
    QString setCategoryDuration(const QString& categoryCode, SlaStage stage, const SlaDuration& duration);
    void removeAgencyDuration(const QString& agencyCode, SlaStage stage);
    void removeCategoryDuration(const QString& categoryCode, SlaStage stage);
    QString setDueSoonSeconds(SlaStage stage, qint64 seconds);
    void setPausesDuringClarification(bool pauses) { m_pausesDuringClarification = pauses; }
    QString about() const { return m_about; }
    void setAbout(const QString& about) { m_about = about; }

    using StageDurations = QMap<SlaStage, SlaDuration>;
    const QMap<QString, StageDurations>& agencyOverrides() const { return m_agencies; }
    const QMap<QString, StageDurations>& categoryOverrides() const { return m_categories; }

    friend bool operator==(const SlaPolicy& a, const SlaPolicy& b)
    {
        return a.m_about == b.m_about && a.m_pausesDuringClarification == b.m_pausesDuringClarification &&
               a.m_defaults == b.m_defaults && a.m_dueSoon == b.m_dueSoon && a.m_agencies == b.m_agencies &&
               a.m_categories == b.m_categories;
    }
    friend bool operator!=(const SlaPolicy& a, const SlaPolicy& b) { return !(a == b); }

private:
    QString m_about;
    bool m_pausesDuringClarification = true;
    StageDurations m_defaults;
    QMap<SlaStage, qint64> m_dueSoon;
    QMap<QString, StageDurations> m_agencies;
    QMap<QString, StageDurations> m_categories;
};

} // namespace paht
