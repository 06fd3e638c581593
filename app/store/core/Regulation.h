#pragma once

#include "calendar/SlaClock.h"
#include "calendar/SlaPolicy.h"
#include "calendar/WorkingCalendar.h"
#include "workflow/Workflow.h"

#include <memory>

namespace paht::store {

class DirectoryRows;

// The rules the store runs by: the working calendar, the SLA policy and the workflow built on them.
// The administrator's edited versions come from the settings table, the regulation's defaults otherwise.
class Regulation
{
public:
    Regulation(WorkingCalendar calendar, SlaPolicy policy);
    // The clock and the workflow point into this object: it never moves.
    Regulation(const Regulation&) = delete;
    Regulation& operator=(const Regulation&) = delete;
    static std::unique_ptr<Regulation> load(const DirectoryRows& settings, QString* error);
    // An administrator's new rules, from the next deadline stamped on. In place, so that the clock and
    // the workflow keep pointing at the current calendar and policy.
    void replace(WorkingCalendar calendar, SlaPolicy policy);

    const WorkingCalendar& calendar() const { return m_calendar; }
    const SlaPolicy& policy() const { return m_policy; }
    const SlaClock& clock() const { return m_slaClock; }
    const Workflow& workflow() const { return m_workflow; }

    static const QString kCalendarSetting;
    static const QString kPolicySetting;

private:
    WorkingCalendar m_calendar;
    SlaPolicy m_policy;
    SlaClock m_slaClock;
    Workflow m_workflow;
};

} // namespace paht::store
