#include "ReportsScreen.h"

#include "ConsoleSession.h"
#include "DesktopNotifier.h"
#include "MainWindow.h"
#include "QueuePanel.h"
#include "ReportsController.h"
#include "ReportsWindow.h"

#include "stats/PeriodWording.h"

#include <QAction>
#include <QMenu>

using namespace Qt::StringLiterals;

namespace paht::ui {

namespace {
constexpr int kDueCheckMs = 10 * 60 * 1000;
} // namespace

ReportsScreen::ReportsScreen(ConsoleSession& session, MainWindow& window)
    : QObject(&window), m_session(session), m_window(window), m_menu(new QMenu(tr("&Reports"), &window)),
      m_controller(new ReportsController(session, this))
{
    m_menu->setObjectName(u"reportsMenu"_s);
    QAction* open = m_menu->addAction(tr("&Periodic reports…"), this, [this] { showReports(); });
    open->setObjectName(u"openReports"_s);
    connect(&m_dueTimer, &QTimer::timeout, this, &ReportsScreen::checkDueReports);
}

ReportsScreen::~ReportsScreen() = default;

ReportsWindow* ReportsScreen::showReports()
{
    if (!m_reports) {
        m_reports = new ReportsWindow(*m_controller, &m_window);
        m_reports->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_reports, &ReportsWindow::reportWanted, this, [this](const QString& reportId) {
            m_window.queuePanel()->selectQueue(u"all"_s);
            m_window.selectReport(reportId);
            m_window.raise();
            m_window.activateWindow();
        });
        if (!m_controller->hasResult())
            m_controller->refresh();
    }
    m_reports->show();
    m_reports->raise();
    m_reports->activateWindow();
    return m_reports;
}

void ReportsScreen::watchDueReports()
{
    m_inbox =
        std::make_unique<DueReportInbox>(m_session.cache(), m_controller->dueDates(), m_session.clock());
    m_dueTimer.start(kDueCheckMs);
    // Once the event loop runs, so that whoever listens to the notifier hears the first ones.
    QTimer::singleShot(0, this, &ReportsScreen::checkDueReports);
}

void ReportsScreen::checkDueReports()
{
    if (!m_inbox)
        return;
    const QList<DueReport> due = m_inbox->takeNew();
    if (due.isEmpty())
        return;
    QStringList lines;
    for (const DueReport& report : due) {
        //: One due report in a notification; %1 the report, %2 the day it is due.
        //: Vietnamese: "%1: hạn trước ngày %2"
        lines << tr("%1: due before %2").arg(report.name(), PeriodWording::date(report.dueDate));
    }
    //: Notification title (R-22). Vietnamese: "Sắp đến hạn gửi báo cáo định kỳ"
    m_window.notifier()->show(tr("A periodic report is due soon"), lines.join(u"\n"_s));
}

} // namespace paht::ui
