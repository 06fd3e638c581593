#include "ConflictDialog.h"

#include "cache/LocalCache.h"
#include "items/ActionSet.h"
#include "items/EventDescription.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace paht::ui {

namespace {

// The store's typed refusal codes, said in the user's language; the store's own message follows.
QString refusal(const QString& code)
{
    if (code == QLatin1String("wrong_state"))
        return ConflictDialog::tr("The report is no longer at the step this action belongs to.");
    if (code == QLatin1String("wrong_role"))
        return ConflictDialog::tr("Your role may not take this action.");
    if (code == QLatin1String("not_your_agency"))
        return ConflictDialog::tr("This belongs to another agency.");
    if (code == QLatin1String("invalid_payload"))
        return ConflictDialog::tr("Something in the action is missing or not valid.");
    if (code == QLatin1String("not_found"))
        return ConflictDialog::tr("The report is not (or no longer) visible to you.");
    return ConflictDialog::tr("The store refused the action.");
}

} // namespace

ConflictDialog::ConflictDialog(LocalCache& cache, QWidget* parent)
    : QDialog(parent), m_cache(cache), m_list(new QListWidget(this))
{
    setWindowTitle(tr("Commands not applied"));
    resize(640, 420);
    m_list->setObjectName(QStringLiteral("conflictList"));
    m_list->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* dismiss = buttons->addButton(tr("Dismiss selected"), QDialogButtonBox::ActionRole);
    dismiss->setObjectName(QStringLiteral("dismiss"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(dismiss, &QPushButton::clicked, this, [this] {
        const QListWidgetItem* item = m_list->currentItem();
        if (item)
            m_cache.dismiss(item->data(Qt::UserRole).toString());
        reload();
    });
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("The store did not apply these commands. Read what changed, then act "
                                    "again on the current report if it is still needed."),
                                 this));
    layout->addWidget(m_list);
    layout->addWidget(buttons);
    reload();
}

int ConflictDialog::entryCount() const
{
    return m_list->count();
}

void ConflictDialog::reload()
{
    m_list->clear();
    const Directory directory = m_cache.directory();
    const EventDescription describe(directory);
    const QLocale locale;
    for (const OutboxEntry& entry : m_cache.outbox()) {
        if (entry.state != OutboxEntry::State::Conflict && entry.state != OutboxEntry::State::Rejected)
            continue;
        QString text = tr("%1 on %2").arg(ActionSet::label(entry.command.type), entry.command.reportId);
        if (entry.state == OutboxEntry::State::Rejected) {
            text += QLatin1Char('\n') + refusal(entry.answer.value(QStringLiteral("code")).toString()) +
                    QStringLiteral(" (") + entry.answer.value(QStringLiteral("message")).toString() +
                    QLatin1Char(')');
        } else {
            text +=
                QLatin1Char('\n') + tr("Someone changed the report after you looked at it (your version %1). "
                                       "Since then:")
                                        .arg(entry.command.expectedVersion);
            for (const Event& event : m_cache.events(entry.command.reportId)) {
                if (event.reportVersion > entry.command.expectedVersion)
                    text += QStringLiteral("\n  • %1 — %2, %3")
                                .arg(locale.toString(event.at.toLocalTime(), QLocale::ShortFormat),
                                     event.actor, describe.describe(event));
            }
        }
        auto* item = new QListWidgetItem(text, m_list);
        item->setData(Qt::UserRole, entry.command.commandId);
    }
    if (m_list->count() > 0)
        m_list->setCurrentRow(0);
}

} // namespace paht::ui
