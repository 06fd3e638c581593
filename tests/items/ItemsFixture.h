#pragma once

#include "WorkflowWorld.h"
#include "access/ReportAccess.h"
#include "items/DeadlineGauge.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QTranslator>

// The world of the item-model tests: the workflow tests' Quảng Ninh world, a gauge over its calendar and
// policy, and a fixture of reports driven through the real Workflow to each interesting step.
class ItemsWorld
{
public:
    ItemsWorld() : gauge(world.calendar, world.policy) {}

    // A report that reached `scenario` (see Scenario::reach), renumbered so that several can live in one
    // table. Fails the running test if the scenario does not apply.
    paht::Report reach(const QString& scenario, int serial) const;
    QList<paht::Event> eventsOf(const QString& scenario, int serial) const;

    // The fixture, by serial:
    //   1 received, 2 clarifying, 3 dispatched (SXD, NUOC), 4 in_progress, 5 awaiting_approval, 6 rework,
    //   7 awaiting_publication, 8 published, 9 published_feedback, 10 sxd_returned, 11 escalated,
    //   12 rejected, 13 last_approval.
    QList<paht::Report> fixture() const;
    static QString id(int serial); // "PAHT-2026-0001xx"
    QHash<QString, QString> agencyNames() const;

    // Monday 2 March 2026 10:00: every stage of the fixture is on track or paused.
    static QDateTime monday() { return WorkflowWorld::local(2026, 3, 2, 10); }
    // Thursday 5 March 2026 10:00: most open stages are overdue.
    static QDateTime thursday() { return WorkflowWorld::local(2026, 3, 5, 10); }

    static paht::Viewer intake() { return {paht::Role::IntakeOperator, {}, true}; }
    static paht::Viewer editor() { return {paht::Role::PublicationEditor, {}, true}; }
    static paht::Viewer supervisor() { return {paht::Role::Supervisor, {}, true}; }
    static paht::Viewer admin() { return {paht::Role::Administrator, {}, true}; }
    static paht::Viewer specialist(const QString& agency)
    {
        return {paht::Role::AgencySpecialist, agency, false};
    }
    static paht::Viewer leader(const QString& agency) { return {paht::Role::AgencyLeader, agency, false}; }

    WorkflowWorld world;
    paht::DeadlineGauge gauge;
};

// English plural forms for "%n hour(s)" sources, as the English catalogue will give them: without a
// catalogue Qt only substitutes %n and leaves "(s)".
class EnglishPlurals : public QTranslator
{
public:
    bool isEmpty() const override { return false; }
    QString translate(const char* context, const char* sourceText, const char* disambiguation,
                      int n) const override;
};

// A few Vietnamese entries, enough to check that the sentences compose in Vietnamese word order.
class VietnameseSample : public QTranslator
{
public:
    bool isEmpty() const override { return false; }
    QString translate(const char* context, const char* sourceText, const char* disambiguation,
                      int n) const override;
};
