#include "TimeRulesScreen.h"

#include "CalendarEditor.h"
#include "ConsoleSession.h"
#include "SlaPolicyEditor.h"

#include "cache/LocalCache.h"
#include "calendar/Clock.h"
#include "sync/SyncClient.h"

#include <QAction>
#include <QMenu>
#include <QMessageBox>

namespace paht::ui {

namespace {

void present(QDialog* editor)
{
    editor->setAttribute(Qt::WA_DeleteOnClose);
    editor->setWindowFlag(Qt::Window);
    editor->show();
}

QJsonObject objectIn(const StoreAnswer& answer, const char* key)
{
    return answer.json.value(QLatin1String(key)).toObject();
}

} // namespace

TimeRulesScreen::TimeRulesScreen(ConsoleSession& session, QWidget* window)
    : QObject(window), m_session(session), m_window(window)
{}

TimeRulesScreen::~TimeRulesScreen() = default;

void TimeRulesScreen::addActions(QMenu* menu)
{
    //: Menu item. Glossary: Ngày làm việc → "Lịch làm việc, ngày nghỉ…"
    QAction* calendar = menu->addAction(tr("Working &calendar…"), this, &TimeRulesScreen::showCalendar);
    calendar->setObjectName(QStringLiteral("calendarEditorAction"));
    //: Menu item. Glossary: Hạn xử lý → "Thời hạn xử lý…"
    QAction* policy = menu->addAction(tr("&SLA policy…"), this, &TimeRulesScreen::showPolicy);
    policy->setObjectName(QStringLiteral("slaPolicyAction"));
}

void TimeRulesScreen::fetch(const Rules& then)
{
    m_session.sync().api().get(
        QStringLiteral("/sla-policy"), {}, this, [this, then](const StoreAnswer& answer) {
            QString error;
            const WorkingCalendar calendar = WorkingCalendar::fromJson(objectIn(answer, "calendar"), &error);
            QString policyError;
            const SlaPolicy policy = SlaPolicy::fromJson(objectIn(answer, "policy"), &policyError);
            if (!answer.ok() || !error.isEmpty() || !policyError.isEmpty()) {
                QMessageBox::warning(
                    m_window, m_window->windowTitle(),
                    //: %1 the store's or the network's reason. Vietnamese: "Không đọc được lịch làm
                    //: việc và thời hạn hiện hành từ máy chủ: %1"
                    tr("The current calendar and SLA policy could not be read from the store: %1")
                        .arg(answer.ok() ? error + policyError : answer.message));
                return;
            }
            then(calendar, policy);
        });
}

void TimeRulesScreen::showCalendar()
{
    if (m_calendar) {
        m_calendar->raise();
        m_calendar->activateWindow();
        return;
    }
    fetch([this](const WorkingCalendar& calendar, const SlaPolicy&) {
        if (m_calendar)
            return;
        const int year = WorkingCalendar::localDate(m_session.clock().now()).year();
        m_calendar = new CalendarEditor(calendar, year, m_window);
        connect(m_calendar, &CalendarEditor::saveRequested, this, &TimeRulesScreen::saveCalendar);
        present(m_calendar);
    });
}

void TimeRulesScreen::showPolicy()
{
    if (m_policy) {
        m_policy->raise();
        m_policy->activateWindow();
        return;
    }
    fetch([this](const WorkingCalendar&, const SlaPolicy& policy) {
        if (m_policy)
            return;
        m_policy = new SlaPolicyEditor(policy, m_session.cache().directory(), m_window);
        connect(m_policy, &SlaPolicyEditor::saveRequested, this, &TimeRulesScreen::savePolicy);
        present(m_policy);
    });
}

QString TimeRulesScreen::failure(const StoreAnswer& answer)
{
    if (!answer.reached())
        //: Vietnamese: "Không kết nối được máy chủ: chưa lưu gì."
        return tr("The store cannot be reached: nothing was saved.");
    //: %1 the store's reason. Vietnamese: "Máy chủ không chấp nhận: %1"
    return tr("The store refused the change: %1").arg(answer.message);
}

void TimeRulesScreen::saveCalendar()
{
    CalendarEditor* editor = m_calendar;
    editor->setSaving();
    const QJsonObject body{{QStringLiteral("calendar"), editor->draft().toJson()}};
    m_session.sync().api().put(
        QStringLiteral("/admin/calendar"), body, editor, [this, editor](const StoreAnswer& answer) {
            if (!answer.ok()) {
                editor->saveFailed(failure(answer));
                return;
            }
            // The store took the calendar as sent (the same domain decides there).
            m_session.adoptRules(editor->draft().calendar(), m_session.policy());
            //: Glossary: Hạn xử lý → "Đã lưu: hạn xử lý tính từ nay theo lịch này."
            editor->saved(tr("Saved: deadlines set from now on follow this calendar."));
        });
}

void TimeRulesScreen::savePolicy()
{
    SlaPolicyEditor* editor = m_policy;
    editor->setSaving();
    const QJsonObject body{{QStringLiteral("policy"), editor->draft().toJson()}};
    m_session.sync().api().put(
        QStringLiteral("/admin/sla-policy"), body, editor, [this, editor](const StoreAnswer& answer) {
            if (!answer.ok()) {
                editor->saveFailed(failure(answer));
                return;
            }
            m_session.adoptRules(m_session.calendar(), editor->draft().policy());
            //: Glossary: Hạn xử lý → "Đã lưu: hạn xử lý tính từ nay theo các thời hạn này."
            editor->saved(tr("Saved: deadlines set from now on follow these time limits."));
        });
}

} // namespace paht::ui
