#pragma once

#include "CommandScreen.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>

class QWidget;

namespace paht::ui {

class ConsoleSession;
class ReportDetailView;
class ResultEditor;
class SpecialistPanel;

// The agency specialist's screens (R-9 … ): the result editor for submit_result, and a
// dialog each for return_to_center, answer_citizen and request_contact; each queues its command through
// the session. Accepting stays a one-click action of the detail pane, with its deadline in sight on the
// panel this screen adds there.
class SpecialistScreen final : public QObject, public CommandScreen
{
    Q_OBJECT

public:
    // `window` parents the dialogs; the panel goes into `detail`, which owns it.
    SpecialistScreen(ConsoleSession& session, ReportDetailView& detail, QWidget* window);

    bool handles(const QString& command) const override;
    void open(const QString& command, const QStringList& reportIds) override;

private:
    void openEditor(const QString& reportId);
    void queue(const QString& reportId, const QString& command, const QJsonObject& payload);

    ConsoleSession& m_session;
    QWidget* m_window;
    SpecialistPanel* m_panel;
    QPointer<ResultEditor> m_editor;
};

} // namespace paht::ui
