#pragma once

#include <QObject>
#include <QPointer>

#include <functional>

class QMenu;
class QWidget;

namespace paht {
class SlaPolicy;
class WorkingCalendar;
struct StoreAnswer;
} // namespace paht

namespace paht::ui {

class CalendarEditor;
class ConsoleSession;
class SlaPolicyEditor;

// The administrator's time rules (issue [5/6] item 4; requirements "Time rules used by every deadline"):
// opens the working-calendar and SLA-policy editors on the store's current rules (GET /sla-policy), saves
// what they ask to (PUT /admin/calendar, PUT /admin/sla-policy), and has the console's own deadline
// previews follow what was saved. The store enforces the administrator's role; the menu is only offered
// to that role.
class TimeRulesScreen final : public QObject
{
    Q_OBJECT

public:
    // `window` parents the editors.
    TimeRulesScreen(ConsoleSession& session, QWidget* window);
    ~TimeRulesScreen() override;

    void addActions(QMenu* menu);
    // Each reads the current rules from the store, then shows its editor (raises it when already open).
    void showCalendar();
    void showPolicy();

private:
    using Rules = std::function<void(const WorkingCalendar&, const SlaPolicy&)>;
    void fetch(const Rules& then);
    void saveCalendar();
    void savePolicy();
    // The store's reason a save failed, for the editor's status line.
    static QString failure(const StoreAnswer& answer);

    ConsoleSession& m_session;
    QWidget* m_window;
    QPointer<CalendarEditor> m_calendar;
    QPointer<SlaPolicyEditor> m_policy;
};

} // namespace paht::ui
