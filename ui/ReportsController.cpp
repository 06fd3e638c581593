#include "ReportsController.h"

#include "ConsoleSession.h"
#include "ReportCharts.h"

#include "cache/LocalCache.h"
#include "calendar/Clock.h"
#include "sync/SyncClient.h"

#include <QSaveFile>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace paht::ui {

ReportsController::ReportsController(ConsoleSession& session, QObject* parent)
    : QObject(parent), m_session(session), m_dueDates(session.calendar()),
      m_loader(new StatisticsLoader(session.cache(), session.calendar(), session.clock(), this))
{
    connect(m_loader, &StatisticsLoader::loaded, this, &ReportsController::onLoaded);
    connect(m_loader, &StatisticsLoader::failed, this, [this](const QString& message) {
        m_loading = false;
        emit failed(message);
    });
    // The last complete month, for the province, until the user chooses.
    const QDate today = WorkingCalendar::localDate(session.clock().now());
    const QDate lastMonth = today.addMonths(-1);
    m_period = ReportPeriod::month(lastMonth.year(), lastMonth.month());
}

ReportsController::~ReportsController() = default;

void ReportsController::choose(const ReportPeriod& period, const QString& agencyCode, const QString& subject)
{
    m_period = period;
    m_agencyCode = agencyCode;
    m_subject = subject;
    refresh();
}

void ReportsController::openDue(const DueReport& report)
{
    choose(report.period, {}, report.subject());
}

void ReportsController::refresh()
{
    m_loading = true;
    emit loadingStarted();
    m_loader->load(m_period, m_agencyCode, m_session.isOnline() ? &m_session.sync().api() : nullptr);
}

bool ReportsController::isUnfinished() const
{
    return m_period.to() > m_session.clock().now();
}

QHash<QString, QString> ReportsController::agencyNames() const
{
    QHash<QString, QString> names;
    const Directory directory = m_session.cache().directory();
    for (auto it = directory.agencies.cbegin(); it != directory.agencies.cend(); ++it)
        names.insert(it.key(), it->name.isEmpty() ? it.key() : it->name);
    return names;
}

QStringList ReportsController::agenciesByName() const
{
    const QHash<QString, QString> names = agencyNames();
    QStringList codes = names.keys();
    std::sort(codes.begin(), codes.end(), [&names](const QString& a, const QString& b) {
        return QString::localeAwareCompare(names.value(a), names.value(b)) < 0;
    });
    return codes;
}

ReportHeading ReportsController::heading() const
{
    const QString agency =
        m_agencyCode.isEmpty() ? QString() : agencyNames().value(m_agencyCode, m_agencyCode);
    ReportHeading heading = ReportHeading::of(m_period, agency);
    if (!m_subject.isEmpty())
        heading.subject = m_subject;
    return heading;
}

void ReportsController::onLoaded()
{
    m_loading = false;
    const QHash<QString, QString> names = agencyNames();
    m_tables = StatisticsTables(names).build(result());
    m_charts = StatisticsCharts(names).build(result());
    m_models.clear();
    for (const StatisticsTable& table : m_tables) {
        m_models.push_back(std::make_unique<StatisticsTableModel>());
        m_models.back()->setTable(table);
    }
    emit changed();
}

StatisticsDocument ReportsController::tablesOnly() const
{
    StatisticsDocument document(heading(), m_tables, WorkingCalendar::localDate(m_session.clock().now()));
    document.setSource(sourceLine());
    return document;
}

StatisticsDocument ReportsController::document() const
{
    StatisticsDocument document = tablesOnly();
    for (const ChartData& chart : m_charts)
        document.addChart(chart.title, ReportCharts::image(chart));
    return document;
}

bool ReportsController::saveCsv(const QString& file) const
{
    QSaveFile out(file);
    if (!hasResult() || !out.open(QIODevice::WriteOnly))
        return false;
    out.write(tablesOnly().csv());
    return out.commit();
}

bool ReportsController::savePdf(const QString& file) const
{
    return hasResult() && document().writePdf(file);
}

bool ReportsController::print(QPagedPaintDevice* device) const
{
    return hasResult() && document().print(device);
}

QString ReportsController::suggestedFileName(const QString& suffix) const
{
    QString name = u"bao-cao-%1"_s.arg(m_period.label());
    if (!m_agencyCode.isEmpty())
        name += u"-"_s + m_agencyCode;
    return name.replace(u".."_s, u"_"_s) + u"."_s + suffix;
}

std::optional<DueReport> ReportsController::nextDue() const
{
    return m_dueDates.next(m_session.clock().now());
}

bool ReportsController::isReminding(const DueReport& report) const
{
    return m_dueDates.remindersAt(m_session.clock().now()).contains(report);
}

} // namespace paht::ui
