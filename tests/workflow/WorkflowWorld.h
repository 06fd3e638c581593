#pragma once

#include "calendar/SlaClock.h"
#include "calendar/SlaPolicy.h"
#include "calendar/WorkingCalendar.h"
#include "workflow/Workflow.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>
#include <variant>

// The world of the workflow tests: Quảng Ninh agencies and categories, the regulation's calendar and SLA
// policy, actors by name, a valid payload for every command, and named starting points.
class WorkflowWorld
{
public:
    WorkflowWorld();
    WorkflowWorld(const WorkflowWorld&) = delete;
    WorkflowWorld& operator=(const WorkflowWorld&) = delete;

    static constexpr const char* kReportId = "PAHT-2026-000123";

    // "operator", "operator_uncleared", "editor", "supervisor", "admin", "citizen", "system",
    // "specialist:<agency>", "leader:<agency>". Center staff are cleared for state secrets except
    // "operator_uncleared"; agency staff are not.
    static paht::Actor actor(const QString& key);
    static QJsonObject samplePayload(const QString& type);
    // Instants in Asia/Ho_Chi_Minh (+07:00), returned in UTC.
    static QDateTime local(int year, int month, int day, int hour, int minute = 0);

    paht::WorkingCalendar calendar;
    paht::SlaClock clock;
    paht::SlaPolicy policy;
    paht::Directory directory;
    paht::Workflow workflow;
};

// A report driven through the workflow one command at a time, at a clock that moves 10 minutes per step
// from Monday 2 March 2026, 08:00 (+07:00) unless told otherwise.
class Scenario
{
public:
    explicit Scenario(const WorkflowWorld& world);

    // A starting point by name: "none", "received", "received_classified", "clarifying", "rejected",
    // "dispatched" (to SXD and NUOC), "in_progress" (SXD accepted), "awaiting_approval" (SXD's result
    // submitted, NUOC processing), "rework", "last_approval" (SXD approved, NUOC awaiting approval),
    // "awaiting_publication", "published", "published_feedback", "answered_feedback", "answered_privately",
    // "closed_restricted", "sxd_returned", "returned_then_approved", "nuoc_approved", "escalated".
    // A suffix "@confidential" or "@secret" submits the report at that level.
    static Scenario reach(const WorkflowWorld& world, const QString& name);

    // Applies the command (an empty payload means the sample one) and keeps the outcome; after a failure,
    // later steps do nothing and failure() says what went wrong.
    Scenario& run(const QString& type, const QString& actor, const QJsonObject& payload = {});
    Scenario& at(const QDateTime& instant);

    // Applies the command without keeping the outcome; expectedVersion defaults to the current version.
    std::variant<paht::Outcome, paht::WorkflowError>
    attempt(const QString& type, const QString& actor, const QJsonObject& payload = {},
            std::optional<qint64> expectedVersion = {}) const;
    paht::Command command(const QString& type, const QJsonObject& payload, qint64 expectedVersion) const;

    bool ok() const { return m_failure.isEmpty(); }
    QString failure() const { return m_failure; }
    const std::optional<paht::Report>& current() const { return m_report; }
    const paht::Report& report() const { return *m_report; }
    const QList<paht::Event>& events() const { return m_events; }
    QDateTime now() const { return m_now; }

private:
    void walk(const QString& stage, const QString& level);

    const WorkflowWorld& m_world;
    std::optional<paht::Report> m_report;
    QList<paht::Event> m_events;
    QDateTime m_now;
    QString m_failure;
};

// For QVERIFY2 messages.
QString describe(const std::variant<paht::Outcome, paht::WorkflowError>& result);

// A Qt Test check: the command was refused with this code and a message.
void expectRefusal(const std::variant<paht::Outcome, paht::WorkflowError>& result,
                   paht::WorkflowErrorCode code);
