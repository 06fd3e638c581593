// The SLA policy editor's models (issue [5/6] item 4): each stage's duration and "due soon" threshold, the
// per-agency and per-category overrides, every edit decided by the domain (R-10: handling in working
// days, at most 5) and refused with a reason next to its field; the table of overrides.
#include "items/SlaOverrideModel.h"
#include "items/SlaPolicyDraft.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace paht;
using namespace Qt::StringLiterals;

class SlaEditingTest : public QObject
{
    Q_OBJECT

private slots:
    void stageDurationsAreCheckedByTheDomain_data();
    void stageDurationsAreCheckedByTheDomain();
    void dueSoonThresholdsInMinutes();
    void overridesPerAgencyAndCategory();
    void checkReadsThePolicyBackAsTheStoreWill();
    void draftKnowsWhenItWasSaved();
    void overrideTableListsAgenciesThenCategories();
};

void SlaEditingTest::stageDurationsAreCheckedByTheDomain_data()
{
    QTest::addColumn<QString>("stage");
    QTest::addColumn<QString>("duration");
    QTest::addColumn<QString>("problem");
    QTest::newRow("intake 2 days") << u"intake"_s << u"2d"_s << QString();
    QTest::newRow("publication 2 hours") << u"publication"_s << u"2h"_s << QString();
    QTest::newRow("handling 3 days (R-10)") << u"processing"_s << u"3d"_s << QString();
    QTest::newRow("handling 6 days (R-10)")
        << u"processing"_s << u"6d"_s << u"Handling may take at most 5 working days (R-10)."_s;
    QTest::newRow("handling in hours (R-10)")
        << u"processing"_s << u"8h"_s << u"Handling is counted in working days (R-10)."_s;
    QTest::newRow("zero") << u"approval"_s << u"0d"_s << u"The duration must be at least 1."_s;
    // The store reads "<n>d" back with SlaDuration::parse, which stops at a year of working days.
    QTest::newRow("beyond what the store reads")
        << u"citizen_clarification"_s << u"400d"_s << u"The duration must be at most 365."_s;
}

void SlaEditingTest::stageDurationsAreCheckedByTheDomain()
{
    QFETCH(QString, stage);
    QFETCH(QString, duration);
    QFETCH(QString, problem);
    SlaStage slaStage;
    QVERIFY(slaStageFromName(stage, &slaStage));
    SlaDuration value{duration.endsWith(u'd') ? SlaDuration::Unit::WorkingDays
                                              : SlaDuration::Unit::WorkingHours,
                      duration.chopped(1).toInt()};
    SlaPolicyDraft draft;
    const SlaDuration before = draft.duration(slaStage);
    const RuleProblem answer = draft.setDuration(slaStage, value);
    QCOMPARE(answer.field, u"stages.%1.duration"_s.arg(stage));
    QCOMPARE(answer.message, problem);
    QCOMPARE(draft.duration(slaStage), problem.isEmpty() ? value : before);
    QCOMPARE(draft.isModified(), problem.isEmpty() && value != before);
}

void SlaEditingTest::dueSoonThresholdsInMinutes()
{
    SlaPolicyDraft draft;
    QCOMPARE(draft.dueSoonMinutes(SlaStage::Intake), 120);
    QCOMPARE(draft.dueSoonMinutes(SlaStage::Publication), 15);
    QVERIFY(draft.setDueSoonMinutes(SlaStage::Intake, 90).ok());
    QCOMPARE(draft.policy().dueSoonSeconds(SlaStage::Intake), 90 * 60);
    QCOMPARE(draft.toJson()["stages"_L1]["intake"_L1]["dueSoon"_L1].toString(), u"90m"_s);
    const RuleProblem problem = draft.setDueSoonMinutes(SlaStage::Intake, -5);
    QCOMPARE(problem.field, u"stages.intake.dueSoon"_s);
    QCOMPARE(problem.message, u"The threshold cannot be negative."_s);
    QCOMPARE(draft.dueSoonMinutes(SlaStage::Intake), 90);
}

void SlaEditingTest::overridesPerAgencyAndCategory()
{
    SlaPolicyDraft draft;
    QVERIFY(
        draft
            .setOverride(OverrideScope::Agency, u" SXD "_s, SlaStage::Processing, SlaDuration::workingDays(3))
            .ok());
    QVERIFY(draft
                .setOverride(OverrideScope::Category, u"cap_nuoc"_s, SlaStage::Processing,
                             SlaDuration::workingDays(2))
                .ok());
    QCOMPARE(draft.policy().duration(SlaStage::Processing, u"SXD"_s), SlaDuration::workingDays(3));
    // The category's override comes before the agency's.
    QCOMPARE(draft.policy().duration(SlaStage::Processing, u"SXD"_s, u"cap_nuoc"_s),
             SlaDuration::workingDays(2));

    RuleProblem problem = draft.setOverride(OverrideScope::Agency, u"NUOC"_s, SlaStage::Processing,
                                            SlaDuration::workingDays(7));
    QCOMPARE(problem.field, u"overrides"_s);
    QCOMPARE(problem.message, u"Handling may take at most 5 working days (R-10)."_s);
    problem =
        draft.setOverride(OverrideScope::Agency, u"  "_s, SlaStage::Processing, SlaDuration::workingDays(2));
    QCOMPARE(problem.message, u"Choose the handling agency."_s);
    problem = draft.setOverride(OverrideScope::Category, {}, SlaStage::Intake, SlaDuration::workingDays(2));
    QCOMPARE(problem.message, u"Choose the category."_s);
    QVERIFY(!draft.policy().agencyOverrides().contains(u"NUOC"_s));

    draft.removeOverride(OverrideScope::Agency, u"SXD"_s, SlaStage::Processing);
    QVERIFY(draft.policy().agencyOverrides().isEmpty());
    QCOMPARE(draft.policy().duration(SlaStage::Processing, u"SXD"_s), SlaDuration::workingDays(5));
    draft.removeOverride(OverrideScope::Category, u"cap_nuoc"_s, SlaStage::Processing);
    QVERIFY(draft.policy().categoryOverrides().isEmpty());
}

void SlaEditingTest::checkReadsThePolicyBackAsTheStoreWill()
{
    SlaPolicyDraft draft;
    QVERIFY(draft.check().ok());
    // SlaPolicy's own setter takes 400 days; the JSON the store reads would not.
    SlaPolicy loose;
    QVERIFY(loose.setDuration(SlaStage::CitizenClarification, SlaDuration::workingDays(400)).isEmpty());
    const RuleProblem problem = SlaPolicyDraft(loose).check();
    QCOMPARE(problem.field, u"stages.citizen_clarification.duration"_s);
    QVERIFY2(problem.message.contains(u"at most 365"_s), qPrintable(problem.message));
}

void SlaEditingTest::draftKnowsWhenItWasSaved()
{
    SlaPolicyDraft draft;
    QVERIFY(!draft.isModified());
    draft.setPausesDuringClarification(false);
    QVERIFY(draft.isModified());
    QCOMPARE(draft.toJson()["pausesDuringClarification"_L1].toBool(true), false);
    draft.markSaved();
    QVERIFY(!draft.isModified());
}

void SlaEditingTest::overrideTableListsAgenciesThenCategories()
{
    SlaOverrideModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    SlaPolicyDraft draft;
    QVERIFY(draft
                .setOverride(OverrideScope::Category, u"cap_nuoc"_s, SlaStage::Processing,
                             SlaDuration::workingDays(2))
                .ok());
    QVERIFY(draft
                .setOverride(OverrideScope::Agency, u"UBND-06673"_s, SlaStage::Processing,
                             SlaDuration::workingDays(4))
                .ok());
    QVERIFY(
        draft.setOverride(OverrideScope::Agency, u"SXD"_s, SlaStage::Approval, SlaDuration::workingHours(4))
            .ok());
    QVERIFY(
        draft.setOverride(OverrideScope::Agency, u"SXD"_s, SlaStage::Processing, SlaDuration::workingDays(3))
            .ok());
    model.setPolicy(draft.policy());
    model.setNames({{u"SXD"_s, u"Sở Xây dựng"_s}}, {{u"cap_nuoc"_s, u"Cấp nước"_s}});

    QStringList lines;
    for (int row = 0; row < model.rowCount(); ++row) {
        QStringList cells;
        for (int column = 0; column < SlaOverrideModel::ColumnCount; ++column)
            cells << model.index(row, column).data().toString();
        lines << cells.join(u" | "_s);
    }
    QCOMPARE(lines, QStringList({
                        u"Handling agency | SXD — Sở Xây dựng | Handling | 3 working day(s)"_s,
                        u"Handling agency | SXD — Sở Xây dựng | Approval | 4 working hour(s)"_s,
                        u"Handling agency | UBND-06673 | Handling | 4 working day(s)"_s,
                        u"Category | cap_nuoc — Cấp nước | Handling | 2 working day(s)"_s,
                    }));
    const SlaOverrideModel::Entry last = model.entry(3);
    QCOMPARE(last.scope, OverrideScope::Category);
    QCOMPARE(last.code, u"cap_nuoc"_s);
    QCOMPARE(model.index(1, 0).data(SlaOverrideModel::StageRole).toString(), u"approval"_s);
    QCOMPARE(model.index(0, 0).data(SlaOverrideModel::CodeRole).toString(), u"SXD"_s);

    draft.removeOverride(OverrideScope::Agency, u"SXD"_s, SlaStage::Approval);
    model.setPolicy(draft.policy());
    QCOMPARE(model.rowCount(), 3);
}

QTEST_GUILESS_MAIN(SlaEditingTest)
#include "tst_items_sla_editing.moc"
