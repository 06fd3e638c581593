#pragma once

#include "stats/ReportDueDates.h"
#include "stats/StatisticsCharts.h"
#include "stats/StatisticsDocument.h"
#include "stats/StatisticsLoader.h"
#include "stats/StatisticsTableModel.h"

#include <QHash>
#include <QObject>
#include <memory>
#include <optional>
#include <vector>

class QPagedPaintDevice;

namespace paht::ui {

class ConsoleSession;

// The report screen's controller: which period and which scope (the province or one agency)
// are shown, their figures (from the store when online, from the cache offline, through StatisticsLoader),
// the table models, the charts' data, the exports, and the next report due. No widget.
class ReportsController final : public QObject
{
    Q_OBJECT

public:
    explicit ReportsController(ConsoleSession& session, QObject* parent = nullptr);
    ~ReportsController() override;

    // Shows `period` for the province (`agencyCode` empty) or one agency; `subject` names the period in
    // the title when a due report is opened ("tháng 9 năm 2026" for 15/08–14/09), else it is derived.
    void choose(const ReportPeriod& period, const QString& agencyCode = {}, const QString& subject = {});
    void openDue(const DueReport& report);
    void refresh();

    const ReportPeriod& period() const { return m_period; }
    const QString& agencyCode() const { return m_agencyCode; }
    bool isLoading() const { return m_loading; }
    bool hasResult() const { return m_loader->hasResult(); }
    const StatisticsResult& result() const { return m_loader->result(); }
    StatisticsLoader::Source source() const { return m_loader->source(); }
    QString sourceLine() const { return m_loader->sourceLine(); }
    // Whether the chosen period ends after today, so its figures are not final.
    bool isUnfinished() const;

    // Agencies of the directory, code → name, and their codes sorted by name.
    QHash<QString, QString> agencyNames() const;
    QStringList agenciesByName() const;

    ReportHeading heading() const;
    const QList<StatisticsTable>& tables() const { return m_tables; }
    StatisticsTableModel* model(int index) const { return m_models.at(std::size_t(index)).get(); }
    const QList<ChartData>& charts() const { return m_charts; }

    // The report with its charts, dated today.
    StatisticsDocument document() const;
    bool saveCsv(const QString& file) const;
    bool savePdf(const QString& file) const;
    bool print(QPagedPaintDevice* device) const;
    // A file name for the exports: "bao-cao-2026-09.pdf", "bao-cao-2026-09-SXD.csv".
    QString suggestedFileName(const QString& suffix) const;

    const ReportDueDates& dueDates() const { return m_dueDates; }
    std::optional<DueReport> nextDue() const;
    bool isReminding(const DueReport& report) const;

signals:
    void loadingStarted();
    void changed(); // new figures: rebuild tables and charts
    void failed(const QString& message);

private:
    void onLoaded();
    StatisticsDocument tablesOnly() const;

    ConsoleSession& m_session;
    ReportDueDates m_dueDates;
    StatisticsLoader* m_loader;
    ReportPeriod m_period;
    QString m_agencyCode;
    QString m_subject;
    bool m_loading = false;
    QList<StatisticsTable> m_tables;
    std::vector<std::unique_ptr<StatisticsTableModel>> m_models;
    QList<ChartData> m_charts;
};

} // namespace paht::ui
