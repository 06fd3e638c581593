#include "DispatchScreen.h"

#include "ConsoleSession.h"
#include "DispatchDialog.h"

#include "cache/LocalCache.h"
#include "calendar/Clock.h"
#include "intake/DispatchPlan.h"
#include "items/ActionSet.h"
#include "items/CommuneNames.h"
#include "sync/SyncClient.h"

#include <QMessageBox>
#include <QTimer>
#include <algorithm>

namespace paht::ui {

namespace {
constexpr int kRefreshMs = 30 * 1000; // as often as the console's deadline indicators move
} // namespace

DispatchScreen::DispatchScreen(ConsoleSession& session, QWidget* parent)
    : m_session(session), m_parent(parent)
{}

// The open dialog calls back into the screen when the cache changes: it goes first.
DispatchScreen::~DispatchScreen()
{
    delete m_dialog.data();
}

DispatchDialog* DispatchScreen::dialog() const
{
    return m_dialog;
}

bool DispatchScreen::handles(const QString& command) const
{
    return command == QLatin1String("dispatch");
}

DispatchPlan DispatchScreen::planFor(const QStringList& reportIds) const
{
    QList<Report> reports;
    for (const QString& id : reportIds) {
        if (const std::optional<Report> report = m_session.cache().report(id))
            reports.append(*report);
    }
    return DispatchPlan(reports, m_session.cache().directory(), m_session.policy(), m_session.slaClock(),
                        m_session.workflow(), m_session.actor(), m_session.clock().now());
}

void DispatchScreen::open(const QString& command, const QStringList& reportIds)
{
    if (!handles(command))
        return;
    const DispatchPlan plan = planFor(reportIds);
    if (plan.reports().isEmpty()) {
        QMessageBox::information(m_parent, ActionSet::label(QStringLiteral("dispatch")),
                                 tr("Select the reports to dispatch first."));
        return;
    }
    if (m_dialog)
        m_dialog->close();
    auto* dialog = new DispatchDialog(plan, communeNamesFrom(plan.directory()), m_parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    m_dialog = dialog;
    const auto refresh = [this, dialog] {
        dialog->setPlan(planFor(dialog->plan().reportIds()));
    };
    QObject::connect(&m_session.cache(), &LocalCache::reportsChanged, dialog,
                     [dialog, refresh](const QStringList& changed) {
                         const QStringList shown = dialog->plan().reportIds();
                         const bool concerned =
                             changed.isEmpty() ||
                             std::any_of(changed.begin(), changed.end(),
                                         [&](const QString& id) { return shown.contains(id); });
                         if (concerned)
                             refresh();
                     });
    QObject::connect(&m_session.sync(), &SyncClient::directoryChanged, dialog, refresh);
    // The deadlines shown are those of a dispatch now: they move on while the operator thinks.
    auto* tick = new QTimer(dialog);
    tick->setInterval(kRefreshMs);
    QObject::connect(tick, &QTimer::timeout, dialog, refresh);
    tick->start();
    QObject::connect(dialog, &QDialog::accepted, dialog, [this, dialog] { dispatch(*dialog); });
    dialog->show();
}

void DispatchScreen::dispatch(const DispatchDialog& dialog)
{
    const QJsonObject payload = dialog.payload();
    QStringList failed;
    for (const Report& report : dialog.plan().reports()) {
        if (m_session.act(report.id, QStringLiteral("dispatch"), payload, {}, report.version).isEmpty())
            failed.append(report.id);
    }
    if (!failed.isEmpty())
        QMessageBox::warning(m_parent, dialog.windowTitle(),
                             tr("These dispatches could not be saved to the outbox: %1")
                                 .arg(failed.join(QStringLiteral(", "))));
}

} // namespace paht::ui
