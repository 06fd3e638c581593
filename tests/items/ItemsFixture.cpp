#include "ItemsFixture.h"

#include <QTest>

using namespace paht;
using namespace Qt::StringLiterals;

QString ItemsWorld::id(int serial)
{
    return u"PAHT-2026-%1"_s.arg(100 + serial, 6, 10, QLatin1Char('0'));
}

Report ItemsWorld::reach(const QString& scenario, int serial) const
{
    const Scenario reached = Scenario::reach(world, scenario);
    if (!reached.ok()) {
        QTest::qFail(qPrintable(reached.failure()), __FILE__, __LINE__);
        return {};
    }
    Report report = reached.report();
    report.id = id(serial);
    return report;
}

QList<Event> ItemsWorld::eventsOf(const QString& scenario, int serial) const
{
    QList<Event> events = Scenario::reach(world, scenario).events();
    for (Event& event : events)
        event.reportId = id(serial);
    return events;
}

QList<Report> ItemsWorld::fixture() const
{
    const QStringList scenarios{u"received"_s,
                                u"clarifying"_s,
                                u"dispatched"_s,
                                u"in_progress"_s,
                                u"awaiting_approval"_s,
                                u"rework"_s,
                                u"awaiting_publication"_s,
                                u"published"_s,
                                u"published_feedback"_s,
                                u"sxd_returned"_s,
                                u"escalated"_s,
                                u"rejected"_s,
                                u"last_approval"_s};
    QList<Report> reports;
    for (int i = 0; i < scenarios.size(); ++i)
        reports << reach(scenarios.at(i), i + 1);
    return reports;
}

QHash<QString, QString> ItemsWorld::agencyNames() const
{
    QHash<QString, QString> names;
    for (const Agency& agency : world.directory.agencies)
        names.insert(agency.code, agency.name);
    return names;
}

QString EnglishPlurals::translate(const char*, const char* sourceText, const char*, int n) const
{
    QString text = QString::fromUtf8(sourceText);
    if (n < 0 || !text.contains(u"(s)"))
        return {};
    return text.replace(u"(s)"_s, n == 1 ? QString() : u"s"_s);
}

QString VietnameseSample::translate(const char* context, const char* sourceText, const char*, int) const
{
    static const QHash<QString, QString> entries{
        {u"paht::DeadlineText|%n day(s)"_s, u"%n ngày"_s},
        {u"paht::DeadlineText|%n hour(s)"_s, u"%n giờ"_s},
        {u"paht::DeadlineText|%n working hour(s)"_s, u"%n giờ làm việc"_s},
        {u"paht::DeadlineText|%n working day(s)"_s, u"%n ngày làm việc"_s},
        {u"paht::DeadlineText|%1 %2"_s, u"%1 %2"_s},
        {u"paht::DeadlineText|%1 left"_s, u"còn %1"_s},
        {u"paht::DeadlineText|overdue by %1"_s, u"quá hạn %1"_s},
        {u"paht::DeadlineText|paused"_s, u"tạm dừng"_s},
        {u"paht::QueueCatalog|New"_s, u"Mới"_s},
        {u"paht::QueueListModel|%1 (%2 · %n overdue)"_s, u"%1 (%2 · %n quá hạn)"_s},
        {u"paht::ActionSet|Dispatch"_s, u"Chuyển xử lý"_s},
        {u"paht::ReportState|Awaiting publication"_s, u"Chờ công khai"_s},
    };
    return entries.value(QString::fromUtf8(context) + u'|' + QString::fromUtf8(sourceText));
}
