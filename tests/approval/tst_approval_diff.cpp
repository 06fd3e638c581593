// The word-level difference of result texts (R-12: the leader's edit shown as a difference; R-29: kept
// and readable in the history), and the leader's decisions as the outbox carries them.
#include "approval/LeaderDecision.h"
#include "approval/TextDiff.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTest>

using namespace paht;
using namespace Qt::StringLiterals;
using Kind = DiffSegment::Kind;

namespace {

QList<DiffSegment> segs(std::initializer_list<std::pair<Kind, QString>> list)
{
    QList<DiffSegment> out;
    for (const auto& [kind, text] : list)
        out.append({kind, text});
    return out;
}

QString describe(const QList<DiffSegment>& segments)
{
    QStringList parts;
    for (const DiffSegment& s : segments)
        parts << (s.kind == Kind::Equal      ? u"="_s
                  : s.kind == Kind::Inserted ? u"+"_s
                                             : u"-"_s) +
                     u'[' + s.text + u']';
    return parts.join(u' ');
}

} // namespace

class ApprovalDiffTest : public QObject
{
    Q_OBJECT

private slots:
    void identicalTextsHaveNoChange()
    {
        const QString text = u"Đã thay bóng đèn tại ngõ 5, đường Trần Hưng Đạo."_s;
        const TextDiff diff(text, text);
        QVERIFY(diff.isUnchanged());
        QCOMPARE(diff.segments(), segs({{Kind::Equal, text}}));
        QCOMPARE(diff.insertedWords(), 0);
        QCOMPARE(diff.removedWords(), 0);
        QVERIFY(!diff.toHtml().contains(u"<span"_s));
        QVERIFY(TextDiff(QString(), QString()).segments().isEmpty());
    }

    void anInsertionIsMarkedAlone()
    {
        const TextDiff diff(u"Đã thay bóng đèn."_s, u"Đã thay bóng đèn mới."_s);
        QCOMPARE(
            diff.segments(),
            segs({{Kind::Equal, u"Đã thay bóng đèn"_s}, {Kind::Inserted, u" mới"_s}, {Kind::Equal, u"."_s}}));
        QCOMPARE(diff.insertedWords(), 1);
        QCOMPARE(diff.removedWords(), 0);
        QVERIFY(!diff.isUnchanged());
    }

    void aDeletionIsMarkedAlone()
    {
        const TextDiff diff(u"Đã sửa xong toàn bộ hệ thống đèn."_s, u"Đã sửa xong hệ thống đèn."_s);
        QCOMPARE(diff.segments(), segs({{Kind::Equal, u"Đã sửa xong "_s},
                                        {Kind::Removed, u"toàn bộ "_s},
                                        {Kind::Equal, u"hệ thống đèn."_s}}));
        QCOMPARE(diff.removedWords(), 2);
        QCOMPARE(diff.insertedWords(), 0);
    }

    void aReplacementRemovesThenInserts()
    {
        const TextDiff diff(u"Đèn hỏng ở ngõ 5"_s, u"Đèn đã được thay ở ngõ 5"_s);
        QCOMPARE(diff.segments(), segs({{Kind::Equal, u"Đèn "_s},
                                        {Kind::Removed, u"hỏng"_s},
                                        {Kind::Inserted, u"đã được thay"_s},
                                        {Kind::Equal, u" ở ngõ 5"_s}}));
        QCOMPARE(diff.removedWords(), 1);
        QCOMPARE(diff.insertedWords(), 3);
    }

    // Two replaced words with one kept space between them read as one replacement.
    void neighbouringReplacementsJoinOverASpace()
    {
        const TextDiff diff(u"Đã thay bóng đèn tại ngõ 5"_s, u"Đã sửa cột đèn tại ngõ 7"_s);
        QCOMPARE(diff.segments(), segs({{Kind::Equal, u"Đã "_s},
                                        {Kind::Removed, u"thay bóng"_s},
                                        {Kind::Inserted, u"sửa cột"_s},
                                        {Kind::Equal, u" đèn tại ngõ "_s},
                                        {Kind::Removed, u"5"_s},
                                        {Kind::Inserted, u"7"_s}}));
        // A line break is no joining space: the lines stay apart.
        const TextDiff lines(u"thay\nbóng"_s, u"sửa\ncột"_s);
        QCOMPARE(lines.segments().size(), 5);
        QCOMPARE(lines.segments().at(2), (DiffSegment{Kind::Equal, u"\n"_s}));
    }

    void vietnameseWordsAreWholeTokens()
    {
        QCOMPARE(TextDiff::tokenize(u"Đường Hạ Long, số 5."_s),
                 (QStringList{u"Đường"_s, u" "_s, u"Hạ"_s, u" "_s, u"Long"_s, u","_s, u" "_s, u"số"_s, u" "_s,
                              u"5"_s, u"."_s}));
        // Decomposed: "ườ" as u + horn + o + horn + grave is still one word.
        const QString decomposed = u"Đường phố"_s.normalized(QString::NormalizationForm_D);
        QVERIFY(decomposed.size() > u"Đường phố"_s.size());
        QCOMPARE(TextDiff::tokenize(decomposed).size(), 3);

        // A changed tone mark changes the whole word, not a letter in it.
        const TextDiff tone(u"Đã sửa đèn"_s, u"Đã sưa đèn"_s);
        QCOMPARE(tone.segments(), segs({{Kind::Equal, u"Đã "_s},
                                        {Kind::Removed, u"sửa"_s},
                                        {Kind::Inserted, u"sưa"_s},
                                        {Kind::Equal, u" đèn"_s}}));
        // The same text typed precomposed or decomposed is no change.
        QVERIFY(TextDiff(u"Phường Hồng Hải"_s, u"Phường Hồng Hải"_s.normalized(QString::NormalizationForm_D))
                    .isUnchanged());
    }

    void htmlEscapesEveryCharacterOfTheTexts()
    {
        const TextDiff diff(u"Đèn < 5m & <b>hỏng</b>"_s, u"Đèn < 5m & <script>x</script> > 3\n\"q\""_s);
        const QString html = diff.toHtml();
        QVERIFY2(html.contains(u"Đèn &lt; 5m &amp; &lt;"_s), qPrintable(html));
        QVERIFY2(html.contains(u"&lt;/"_s) && html.contains(u"&gt; 3<br>"_s), qPrintable(html));
        QVERIFY2(html.contains(u"<br>&quot;q&quot;"_s), qPrintable(html));
        QVERIFY(html.contains(u"line-through"_s));
        QVERIFY(html.contains(u"underline"_s));
        // Without the marks' own tags, no markup character of the texts is left bare.
        QString bare = html;
        bare.remove(QRegularExpression(u"<span style=\"[^\"]*\">|</span>|<br>"_s));
        QVERIFY2(!bare.contains(u'<') && !bare.contains(u'>') && !bare.contains(u'"'), qPrintable(bare));
        QVERIFY2(!bare.contains(QRegularExpression(u"&(?!(lt|gt|amp|quot);)"_s)), qPrintable(bare));
    }

    // Any two texts: the segments rebuild both exactly.
    void segmentsRebuildBothTexts()
    {
        const QStringList words{u"đèn"_s, u"đường"_s,  u"hỏng"_s, u"đã"_s, u"sửa"_s, u","_s,
                                u"."_s,   u"ngõ"_s,    u"5"_s,    u"\n"_s, u"  "_s,  u"<"_s,
                                u"&"_s,   u"phường"_s, u"Hồng"_s, u"Hải"_s};
        QRandomGenerator random(20260309);
        const auto text = [&](int n) {
            QString out;
            for (int i = 0; i < n; ++i)
                out += words.at(random.bounded(int(words.size()))) + (random.bounded(3) ? u" "_s : QString());
            return out;
        };
        for (int round = 0; round < 300; ++round) {
            const QString a = text(random.bounded(40));
            const QString b =
                random.bounded(2) ? text(random.bounded(40)) : a.left(random.bounded(a.size() + 1)) + text(3);
            const TextDiff diff(a, b);
            QVERIFY2(diff.before() == a && diff.after() == b,
                     qPrintable(a + u" → "_s + b + u": "_s + describe(diff.segments())));
            for (qsizetype i = 1; i < diff.segments().size(); ++i)
                QVERIFY(diff.segments().at(i).kind != diff.segments().at(i - 1).kind);
        }
    }

    void aLongRewriteStaysQuick()
    {
        QString a, b;
        for (int i = 0; i < 3000; ++i) {
            a += u"từ%1 "_s.arg(i);
            b += u"chữ%1 "_s.arg(i);
        }
        QElapsedTimer timer;
        timer.start();
        const TextDiff diff(a, b);
        QCOMPARE(diff.before(), a);
        QCOMPARE(diff.after(), b);
        QCOMPARE(diff.removedWords(), 3000);
        QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
    }

    void approvingNeedsNothingMore()
    {
        const LeaderDecision approve = LeaderDecision::approve();
        QVERIFY(approve.isValid());
        QCOMPARE(approve.command(), u"approve"_s);
        QCOMPARE(approve.payload(), QJsonObject());
    }

    // a rework carries a reason for the specialist.
    void aReworkNeedsAReason()
    {
        QVERIFY(!LeaderDecision::returnForRework(QString()).isValid());
        QVERIFY(!LeaderDecision::returnForRework(u"  \n "_s).isValid());
        const LeaderDecision rework = LeaderDecision::returnForRework(u"  Thiếu ảnh sau khi sửa. "_s);
        QVERIFY(rework.isValid());
        QCOMPARE(rework.command(), u"return_for_rework"_s);
        QCOMPARE(rework.payload(), (QJsonObject{{u"reason"_s, u"Thiếu ảnh sau khi sửa."_s}}));
    }

    // an edit must change the text (the store refuses an unchanged one) and keep some text.
    void anEditMustChangeTheText()
    {
        const QString submitted = u"Đã thay bóng đèn."_s;
        QVERIFY(!LeaderDecision::editAndApprove(submitted, submitted).isValid());
        QVERIFY(!LeaderDecision::editAndApprove(submitted, u"  Đã thay bóng đèn.\n"_s).isValid());
        QVERIFY(!LeaderDecision::editAndApprove(submitted, u"   "_s).isValid());
        const LeaderDecision edit = LeaderDecision::editAndApprove(submitted, u"Đã thay bóng đèn LED.\n"_s);
        QVERIFY(edit.isValid());
        QCOMPARE(edit.command(), u"edit_and_approve"_s);
        QCOMPARE(edit.payload(), (QJsonObject{{u"text"_s, u"Đã thay bóng đèn LED."_s}}));
    }
};

QTEST_GUILESS_MAIN(ApprovalDiffTest)
#include "tst_approval_diff.moc"
