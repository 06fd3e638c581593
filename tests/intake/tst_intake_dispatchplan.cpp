// The dispatch dialog's plan (R-7 … R-11): candidates with suggestions first, who cannot take a report,
// the deadlines each chosen agency gets on the working-time clock, and the workflow's verdict.
#include "intake/DispatchPlan.h"

#include "calendar/WorkingCalendar.h"

#include <QJsonArray>
#include <QTest>
#include <QTimeZone>

using namespace paht;
using namespace Qt::StringLiterals;

namespace {

// Wall-clock time in Quảng Ninh (UTC+7), returned in UTC.
QDateTime vn(int month, int day, int hour, int minute = 0)
{
    return QDateTime(QDate(2026, month, day), QTime(hour, minute), QTimeZone(7 * 3600)).toUTC();
}

Agency agency(const QString& code, const QString& name, AgencyKind kind, int limitDays)
{
    Agency value;
    value.code = code;
    value.name = name;
    value.kind = kind;
    value.processingLimitDays = limitDays;
    return value;
}

Actor staff(const QString& username, Role role, const QString& agencyCode = {}, bool clearance = true)
{
    return Actor::staff(User{username, username, role, agencyCode, clearance, false});
}

Actor intakeOperator()
{
    return staff(u"tiepnhan01"_s, Role::IntakeOperator);
}

// March 2026 has no public holiday: the regulation's calendar is plain weekdays 07:30–11:30, 13:30–17:00.
struct World
{
    World()
        : calendar(WorkingCalendar::regulationDefaults()), clock(calendar),
          policy(SlaPolicy::regulationDefaults()), workflow(policy, clock)
    {
        directory.add(agency(u"SXD"_s, u"Sở Xây dựng"_s, AgencyKind::ProvincialDepartment, 5));
        directory.add(
            agency(u"UBND-06673"_s, u"UBND phường Bãi Cháy"_s, AgencyKind::CommunePeopleCommittee, 3));
        directory.add(agency(u"NUOC"_s, u"Công ty Cổ phần Nước sạch Quảng Ninh"_s,
                             AgencyKind::PublicServiceCompany, 2));
        directory.add(agency(u"DIEN"_s, u"Điện lực Quảng Ninh"_s, AgencyKind::PublicServiceCompany, 5));
        // An agency whose own limit is past the regulation's 5 working days: it gets 5.
        directory.add(agency(u"BQL"_s, u"Ban Quản lý dự án"_s, AgencyKind::ProvincialDepartment, 7));
        directory.add(
            Category{u"chieu_sang"_s, u"Chiếu sáng công cộng"_s, {u"SXD"_s, u"UBND-06673"_s}, true});
        directory.add(Category{u"cap_nuoc"_s, u"Cấp nước sạch"_s, {u"NUOC"_s}, true});
        // Water reports get 4 working days by the table; NUOC's own limit (2) is shorter still.
        policy.setCategoryDuration(u"cap_nuoc"_s, SlaStage::Processing, SlaDuration::workingDays(4));
    }

    Report received(const QString& id, const QString& category, const QDateTime& at,
                    Confidentiality confidentiality = Confidentiality::Public) const
    {
        Report report;
        report.id = id;
        report.title = u"Đèn đường hỏng"_s;
        report.categoryCode = category;
        report.location.communeCode = u"06673"_s;
        report.confidentiality = confidentiality;
        report.receivedAt = at;
        report.intake = clock.start(SlaStage::Intake, at, policy.duration(SlaStage::Intake));
        return report;
    }

    Report apply(const Report& report, const QString& type, const Actor& actor, const QJsonObject& payload,
                 const QDateTime& at) const
    {
        Command command;
        command.commandId = type;
        command.type = type;
        command.reportId = report.id;
        command.expectedVersion = report.version;
        command.payload = payload;
        const auto result = workflow.apply(report, command, actor, directory, at);
        if (const auto* error = std::get_if<WorkflowError>(&result))
            qFatal("%s refused: %s", qPrintable(type), qPrintable(error->message));
        return std::get<Outcome>(result).report;
    }

    // Dispatched to SXD and the ward; the ward returned it as not its competence.
    Report returnedByWard(const QDateTime& at) const
    {
        Report report = received(u"PAHT-2026-000010"_s, u"chieu_sang"_s, at);
        report = apply(report, u"dispatch"_s, intakeOperator(),
                       DispatchPlan::payload({u"SXD"_s, u"UBND-06673"_s}, {}), at);
        return apply(report, u"return_to_center"_s, staff(u"ward"_s, Role::AgencySpecialist, u"UBND-06673"_s),
                     {{u"reason"_s, u"Tuyến đèn do Sở quản lý"_s}}, at.addSecs(3600));
    }

    DispatchPlan plan(const QList<Report>& reports, const QDateTime& now,
                      const Actor& actor = intakeOperator()) const
    {
        return DispatchPlan(reports, directory, policy, clock, workflow, actor, now);
    }

    WorkingCalendar calendar;
    SlaClock clock;
    SlaPolicy policy;
    Workflow workflow;
    Directory directory;
};

QStringList codesOf(const QList<DispatchCandidate>& candidates)
{
    QStringList codes;
    for (const DispatchCandidate& candidate : candidates)
        codes.append(candidate.agency.code);
    return codes;
}

QString vnText(const QDateTime& instant)
{
    return instant.toTimeZone(QTimeZone(7 * 3600)).toString(u"ddd dd/MM HH:mm"_s);
}

} // namespace

class IntakeDispatchPlanTest : public QObject
{
    Q_OBJECT

    World m_world;

private slots:
    void suggestionsOfEveryReportComeFirstThenTheOthersByName()
    {
        const QDateTime now = vn(3, 9, 9);
        const Report lighting = m_world.received(u"PAHT-2026-000001"_s, u"chieu_sang"_s, now);
        const Report water = m_world.received(u"PAHT-2026-000002"_s, u"cap_nuoc"_s, now);
        const DispatchPlan plan = m_world.plan({lighting, water}, now);
        QCOMPARE(plan.suggested(), (QStringList{u"SXD"_s, u"UBND-06673"_s, u"NUOC"_s}));
        // "Điện" sorts as "dien", between "Ban" and nothing else: đ never lands after the whole alphabet.
        const QList<DispatchCandidate> all = plan.candidates();
        QCOMPARE(codesOf(all), (QStringList{u"SXD"_s, u"UBND-06673"_s, u"NUOC"_s, u"BQL"_s, u"DIEN"_s}));
        QVERIFY(all.at(2).suggested);
        QVERIFY(!all.at(3).suggested);
    }

    void filterIgnoresDiacriticsAndMatchesCodes_data()
    {
        QTest::addColumn<QString>("filter");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("without marks") << u"bai chay"_s << QStringList{u"UBND-06673"_s};
        QTest::newRow("with marks, any case") << u"BÃI Cháy"_s << QStringList{u"UBND-06673"_s};
        QTest::newRow("đ typed as d") << u"dien luc"_s << QStringList{u"DIEN"_s};
        QTest::newRow("code") << u"sxd"_s << QStringList{u"SXD"_s};
        QTest::newRow("every word must match") << u"quang ninh nuoc"_s << QStringList{u"NUOC"_s};
        QTest::newRow("words common to several") << u"quang ninh"_s << QStringList{u"NUOC"_s, u"DIEN"_s};
        QTest::newRow("nothing") << u"xyz"_s << QStringList{};
    }

    void filterIgnoresDiacriticsAndMatchesCodes()
    {
        QFETCH(QString, filter);
        QFETCH(QStringList, expected);
        const QDateTime now = vn(3, 9, 9);
        const DispatchPlan plan =
            m_world.plan({m_world.received(u"PAHT-2026-000001"_s, u"chieu_sang"_s, now)}, now);
        QCOMPARE(codesOf(plan.candidates(filter)), expected);
    }

    void anAgencyHoldingTheReportIsExcludedOneThatReturnedItIsNot()
    {
        const Report report = m_world.returnedByWard(vn(3, 9, 9));
        const DispatchPlan plan = m_world.plan({report}, vn(3, 9, 14));
        QVERIFY(!plan.canTake(u"SXD"_s, report));
        QVERIFY(plan.canTake(u"UBND-06673"_s, report));
        QVERIFY(plan.canTake(u"NUOC"_s, report));
        for (const DispatchCandidate& candidate : plan.candidates()) {
            if (candidate.agency.code == u"SXD")
                QCOMPARE(candidate.holding, QStringList{report.id});
            else
                QVERIFY(candidate.holding.isEmpty());
            QCOMPARE(candidate.returned.isEmpty(), candidate.agency.code != u"UBND-06673");
        }

        const QList<DispatchReturn> returns = plan.returns();
        QCOMPARE(returns.size(), 1);
        QCOMPARE(returns.first().agencyCode, u"UBND-06673"_s);
        QCOMPARE(returns.first().reason, u"Tuyến đèn do Sở quản lý"_s);
        QCOMPARE(returns.first().returnedAt, vn(3, 9, 10));

        // the center re-dispatches to another agency, or insists on the same one.
        QVERIFY(plan.problems({u"NUOC"_s}, {}).isEmpty());
        QVERIFY(plan.problems({u"UBND-06673"_s}, u"Đề nghị phường phối hợp"_s).isEmpty());
        const QList<DispatchProblem> again = plan.problems({u"NUOC"_s, u"SXD"_s}, {});
        QCOMPARE(again.size(), 1);
        QCOMPARE(again.first().reportId, report.id);
        QVERIFY2(again.first().text.contains(u"Sở Xây dựng"_s) && again.first().text.contains(u"holds"_s),
                 qPrintable(again.first().text));
    }

    void deadlinesOnTheWorkingClock_data()
    {
        QTest::addColumn<QDateTime>("now");
        QTest::addColumn<QString>("agency");
        QTest::addColumn<QString>("category");
        QTest::addColumn<int>("days");
        QTest::addColumn<QString>("acceptBy");
        QTest::addColumn<QString>("ifAcceptedNow");
        QTest::addColumn<QString>("atTheLatest");
        // Monday morning: acceptance the next day, processing 5 working days.
        QTest::newRow("Monday, department")
            << vn(3, 9, 9) << u"SXD"_s << u"chieu_sang"_s << 5 << u"Tue 10/03 09:00"_s << u"Mon 16/03 09:00"_s
            << u"Tue 17/03 09:00"_s;
        QTest::newRow("Monday, ward limit 3")
            << vn(3, 9, 9) << u"UBND-06673"_s << u"chieu_sang"_s << 3 << u"Tue 10/03 09:00"_s
            << u"Thu 12/03 09:00"_s << u"Fri 13/03 09:00"_s;
        // Friday afternoon: the weekend does not count, acceptance is due on Monday.
        QTest::newRow("Friday afternoon")
            << vn(3, 13, 16) << u"SXD"_s << u"chieu_sang"_s << 5 << u"Mon 16/03 16:00"_s
            << u"Fri 20/03 16:00"_s << u"Mon 23/03 16:00"_s;
        QTest::newRow("Friday afternoon, ward")
            << vn(3, 13, 16) << u"UBND-06673"_s << u"chieu_sang"_s << 3 << u"Mon 16/03 16:00"_s
            << u"Wed 18/03 16:00"_s << u"Thu 19/03 16:00"_s;
        // Saturday stands at Friday 17:00, the end of the last working period.
        QTest::newRow("Saturday") << vn(3, 14, 10) << u"SXD"_s << u"chieu_sang"_s << 5 << u"Mon 16/03 17:00"_s
                                  << u"Fri 20/03 17:00"_s << u"Mon 23/03 17:00"_s;
        // An agency's limit past 5 days is capped at 5.
        QTest::newRow("limit 7 capped")
            << vn(3, 9, 9) << u"BQL"_s << u"chieu_sang"_s << 5 << u"Tue 10/03 09:00"_s << u"Mon 16/03 09:00"_s
            << u"Tue 17/03 09:00"_s;
        // The category's 4 days, and the agency's own 2 below them.
        QTest::newRow("category override")
            << vn(3, 9, 9) << u"SXD"_s << u"cap_nuoc"_s << 4 << u"Tue 10/03 09:00"_s << u"Fri 13/03 09:00"_s
            << u"Mon 16/03 09:00"_s;
        QTest::newRow("agency limit below the category")
            << vn(3, 9, 9) << u"NUOC"_s << u"cap_nuoc"_s << 2 << u"Tue 10/03 09:00"_s << u"Wed 11/03 09:00"_s
            << u"Thu 12/03 09:00"_s;
    }

    void deadlinesOnTheWorkingClock()
    {
        QFETCH(QDateTime, now);
        QFETCH(QString, agency);
        QFETCH(QString, category);
        QFETCH(int, days);
        QFETCH(QString, acceptBy);
        QFETCH(QString, ifAcceptedNow);
        QFETCH(QString, atTheLatest);
        const DispatchPlan plan = m_world.plan({m_world.received(u"PAHT-2026-000001"_s, category, now)}, now);
        const QList<DispatchDeadlines> rows = plan.deadlines({agency});
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().agencyCode, agency);
        QCOMPARE(rows.first().processingDays, days);
        QCOMPARE(vnText(rows.first().acceptBy), acceptBy);
        QCOMPARE(vnText(rows.first().processedByIfAcceptedNow), ifAcceptedNow);
        QCOMPARE(vnText(rows.first().processedByAtTheLatest), atTheLatest);
    }

    void deadlinesAreWhatTheWorkflowSetsOnDispatchAndAcceptance()
    {
        const QDateTime now = vn(3, 13, 16);
        const Report report = m_world.received(u"PAHT-2026-000001"_s, u"chieu_sang"_s, now);
        const DispatchPlan plan = m_world.plan({report}, now);
        const DispatchDeadlines row = plan.deadlines({u"UBND-06673"_s}).first();
        Report dispatched = m_world.apply(report, u"dispatch"_s, intakeOperator(),
                                          DispatchPlan::payload({u"UBND-06673"_s}, {}), now);
        QCOMPARE(dispatched.assignmentFor(u"UBND-06673"_s)->acceptance.deadline, row.acceptBy);
        const Actor ward = staff(u"ward"_s, Role::AgencySpecialist, u"UBND-06673"_s);
        const Report acceptedNow = m_world.apply(dispatched, u"accept"_s, ward, {}, now);
        QCOMPARE(acceptedNow.assignmentFor(u"UBND-06673"_s)->processing->deadline,
                 row.processedByIfAcceptedNow);
        const Report acceptedLate = m_world.apply(dispatched, u"accept"_s, ward, {}, row.acceptBy);
        QCOMPARE(acceptedLate.assignmentFor(u"UBND-06673"_s)->processing->deadline,
                 row.processedByAtTheLatest);
    }

    void severalReportsGiveOneRowPerAgencyAndCategory()
    {
        const QDateTime now = vn(3, 9, 9);
        const Report a = m_world.received(u"PAHT-2026-000001"_s, u"chieu_sang"_s, now);
        const Report b = m_world.received(u"PAHT-2026-000002"_s, u"cap_nuoc"_s, now);
        const Report c = m_world.received(u"PAHT-2026-000003"_s, u"chieu_sang"_s, now);
        const Report unclassified = m_world.received(u"PAHT-2026-000004"_s, QString(), now);
        const QList<DispatchDeadlines> rows =
            m_world.plan({a, b, unclassified, c}, now).deadlines({u"SXD"_s, u"GONE"_s});
        QCOMPARE(rows.size(), 2); // neither an unknown agency nor an unclassified report has deadlines
        QCOMPARE(rows.at(0).categoryCode, u"chieu_sang"_s);
        QCOMPARE(rows.at(0).reportIds, (QStringList{a.id, c.id}));
        QCOMPARE(rows.at(0).processingDays, 5);
        QCOMPARE(rows.at(1).categoryCode, u"cap_nuoc"_s);
        QCOMPARE(rows.at(1).reportIds, QStringList{b.id});
        QCOMPARE(rows.at(1).processingDays, 4);
    }

    void problemsNameTheReportAndTheReason_data()
    {
        QTest::addColumn<QString>("situation");
        QTest::addColumn<QStringList>("agencies");
        QTest::addColumn<QString>("reportId"); // of the only problem; "-" for none
        QTest::addColumn<QString>("says");
        QTest::newRow("valid") << u"classified"_s << QStringList{u"SXD"_s} << u"-"_s << QString();
        QTest::newRow("no agency") << u"classified"_s << QStringList{} << QString() << u"at least one"_s;
        QTest::newRow("not classified")
            << u"unclassified"_s << QStringList{u"SXD"_s} << u"PAHT-2026-000001"_s << u"Classify"_s;
        QTest::newRow("already dispatched")
            << u"dispatched"_s << QStringList{u"NUOC"_s} << u"PAHT-2026-000001"_s << u"R-11"_s;
        QTest::newRow("rejected") << u"rejected"_s << QStringList{u"SXD"_s} << u"PAHT-2026-000001"_s
                                  << u"Rejected"_s;
        QTest::newRow("editor") << u"editor"_s << QStringList{u"SXD"_s} << u"PAHT-2026-000001"_s << u"role"_s;
        QTest::newRow("state secret, no clearance")
            << u"secret"_s << QStringList{u"SXD"_s} << u"PAHT-2026-000001"_s << u"R-17"_s;
        QTest::newRow("unknown agency")
            << u"classified"_s << QStringList{u"GONE"_s} << u"PAHT-2026-000001"_s << u"GONE"_s;
    }

    void problemsNameTheReportAndTheReason()
    {
        QFETCH(QString, situation);
        QFETCH(QStringList, agencies);
        QFETCH(QString, reportId);
        QFETCH(QString, says);
        const QDateTime now = vn(3, 9, 9);
        const QString id = u"PAHT-2026-000001"_s;
        Report report =
            m_world.received(id, situation == u"unclassified" ? QString() : u"chieu_sang"_s, now,
                             situation == u"secret" ? Confidentiality::StateSecret : Confidentiality::Public);
        Actor actor = intakeOperator();
        if (situation == u"dispatched")
            report = m_world.apply(report, u"dispatch"_s, actor, DispatchPlan::payload({u"SXD"_s}, {}), now);
        if (situation == u"rejected")
            report.state = ReportState::Rejected;
        if (situation == u"editor")
            actor = staff(u"bientap01"_s, Role::PublicationEditor);
        if (situation == u"secret")
            actor = staff(u"tiepnhan02"_s, Role::IntakeOperator, {}, false);

        const QList<DispatchProblem> problems = m_world.plan({report}, now, actor).problems(agencies, {});
        if (reportId == u"-") {
            QVERIFY2(problems.isEmpty(), qPrintable(problems.value(0).text));
            return;
        }
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.first().reportId, reportId);
        QVERIFY2(problems.first().text.contains(says), qPrintable(problems.first().text));
    }

    void oneBlockedReportBlocksTheDispatchAndIsNamed()
    {
        const QDateTime now = vn(3, 9, 9);
        const Report ready = m_world.received(u"PAHT-2026-000001"_s, u"chieu_sang"_s, now);
        const Report unclassified = m_world.received(u"PAHT-2026-000002"_s, QString(), now);
        const DispatchPlan plan = m_world.plan({ready, unclassified}, now);
        const QList<DispatchProblem> problems = plan.problems({u"SXD"_s}, u"Kiểm tra gấp"_s);
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.first().reportId, unclassified.id);
        // Left out, the rest can go.
        QVERIFY(plan.withReports({ready}, now).problems({u"SXD"_s}, {}).isEmpty());
    }

    void payloadCarriesTheAgenciesAndATrimmedInstruction()
    {
        const QJsonObject payload = DispatchPlan::payload({u"SXD"_s, u"NUOC"_s}, u"  Kiểm tra gấp \n"_s);
        QCOMPARE(payload.value(u"agencies"_s).toArray(), (QJsonArray{u"SXD"_s, u"NUOC"_s}));
        QCOMPARE(payload.value(u"instruction"_s).toString(), u"Kiểm tra gấp"_s);
        QVERIFY(!DispatchPlan::payload({u"SXD"_s}, u"  "_s).contains(u"instruction"_s));
    }
};

QTEST_GUILESS_MAIN(IntakeDispatchPlanTest)
#include "tst_intake_dispatchplan.moc"
