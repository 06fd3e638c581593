#include "core/Regulation.h"

#include "storage/DirectoryRows.h"

namespace paht::store {

const QString Regulation::kCalendarSetting = QStringLiteral("working_calendar");
const QString Regulation::kPolicySetting = QStringLiteral("sla_policy");

Regulation::Regulation(WorkingCalendar calendar, SlaPolicy policy)
    : m_calendar(std::move(calendar)), m_policy(std::move(policy)), m_slaClock(m_calendar),
      m_workflow(m_policy, m_slaClock)
{}

void Regulation::replace(WorkingCalendar calendar, SlaPolicy policy)
{
    m_calendar = std::move(calendar);
    m_policy = std::move(policy);
}

std::unique_ptr<Regulation> Regulation::load(const DirectoryRows& settings, QString* error)
{
    WorkingCalendar calendar = WorkingCalendar::regulationDefaults();
    if (const auto stored = settings.setting(kCalendarSetting)) {
        calendar = WorkingCalendar::fromJson(*stored, error);
        if (!error->isEmpty())
            return nullptr;
    }
    SlaPolicy policy = SlaPolicy::regulationDefaults();
    if (const auto stored = settings.setting(kPolicySetting)) {
        policy = SlaPolicy::fromJson(*stored, error);
        if (!error->isEmpty())
            return nullptr;
    }
    return std::make_unique<Regulation>(std::move(calendar), std::move(policy));
}

} // namespace paht::store
