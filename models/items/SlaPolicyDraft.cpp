#include "items/SlaPolicyDraft.h"

#include <QRegularExpression>

namespace paht {

namespace {

QString stageField(SlaStage stage, const char* part)
{
    return QLatin1String("stages.") + slaStageName(stage) + QLatin1Char('.') + QLatin1String(part);
}

const QString kOverrides = QStringLiteral("overrides");

} // namespace

SlaPolicyDraft::SlaPolicyDraft(SlaPolicy policy) : m_policy(std::move(policy)), m_saved(m_policy) {}

QString SlaPolicyDraft::durationText(const SlaDuration& duration)
{
    return duration.unit == SlaDuration::Unit::WorkingDays
               //: Glossary: Ngày làm việc → "%n ngày làm việc"
               ? tr("%n working day(s)", nullptr, duration.amount)
               //: Glossary: Giờ làm việc → "%n giờ làm việc"
               : tr("%n working hour(s)", nullptr, duration.amount);
}

// The domain's reason, in the administrator's language. The store reads "<n>d"/"<n>h" back with
// SlaDuration::parse, whose bounds apply too.
QString SlaPolicyDraft::checkDuration(SlaStage stage, const SlaDuration& duration)
{
    QString reason = SlaPolicy::checkDuration(stage, duration);
    SlaDuration readBack;
    if (reason.isEmpty())
        reason = SlaDuration::parse(duration.toString(), &readBack);
    if (reason.isEmpty())
        return {};
    static const QRegularExpression atMost(QStringLiteral("at most (\\d+)"));
    const QRegularExpressionMatch limit = atMost.match(reason);
    if (duration.amount < 1)
        return tr("The duration must be at least 1.");
    if (stage == SlaStage::Processing && duration.unit != SlaDuration::Unit::WorkingDays)
        //: R-10. Glossary: Xử lý, Ngày làm việc → "Thời hạn xử lý tính bằng ngày làm việc (R-10)."
        return tr("Handling is counted in working days (R-10).");
    if (stage == SlaStage::Processing && duration.amount > SlaPolicy::kMaxProcessingWorkingDays)
        //: R-10. Vietnamese: "Thời hạn xử lý không quá %1 ngày làm việc (R-10)."
        return tr("Handling may take at most %1 working days (R-10).")
            .arg(SlaPolicy::kMaxProcessingWorkingDays);
    if (limit.hasMatch())
        return tr("The duration must be at most %1.").arg(limit.captured(1));
    return reason;
}

RuleProblem SlaPolicyDraft::setDuration(SlaStage stage, const SlaDuration& duration)
{
    const QString field = stageField(stage, "duration");
    const QString problem = checkDuration(stage, duration);
    if (!problem.isEmpty())
        return {field, problem};
    return {field, m_policy.setDuration(stage, duration)};
}

RuleProblem SlaPolicyDraft::setDueSoonMinutes(SlaStage stage, int minutes)
{
    const QString field = stageField(stage, "dueSoon");
    if (minutes < 0)
        return {field, tr("The threshold cannot be negative.")};
    if (!m_policy.setDueSoonSeconds(stage, qint64(minutes) * 60).isEmpty())
        return {field, tr("The threshold cannot be negative.")};
    return {field, {}};
}

RuleProblem SlaPolicyDraft::setOverride(OverrideScope scope, const QString& code, SlaStage stage,
                                        const SlaDuration& duration)
{
    const QString trimmed = code.trimmed();
    if (trimmed.isEmpty()) {
        return {kOverrides, scope == OverrideScope::Agency ? tr("Choose the handling agency.")
                                                           : tr("Choose the category.")};
    }
    const QString problem = checkDuration(stage, duration);
    if (!problem.isEmpty())
        return {kOverrides, problem};
    const QString refused = scope == OverrideScope::Agency
                                ? m_policy.setAgencyDuration(trimmed, stage, duration)
                                : m_policy.setCategoryDuration(trimmed, stage, duration);
    return {kOverrides, refused};
}

void SlaPolicyDraft::removeOverride(OverrideScope scope, const QString& code, SlaStage stage)
{
    if (scope == OverrideScope::Agency)
        m_policy.removeAgencyDuration(code, stage);
    else
        m_policy.removeCategoryDuration(code, stage);
}

RuleProblem SlaPolicyDraft::check() const
{
    QString reason;
    SlaPolicy::fromJson(m_policy.toJson(), &reason);
    return {reason.section(QLatin1String(": "), 0, 0), reason};
}

} // namespace paht
