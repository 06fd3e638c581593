#include "ActionPrompt.h"

#include "intake/DispatchSuggestion.h"
#include "items/ActionSet.h"
#include "items/DisplayNames.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QInputDialog>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QVBoxLayout>
#include <algorithm>

namespace paht::ui {

std::optional<QString> ActionPrompt::text(const QString& title, const QString& label, const QString& initial,
                                          bool multiLine) const
{
    bool ok = false;
    const QString value =
        multiLine ? QInputDialog::getMultiLineText(m_parent, title, label, initial, &ok)
                  : QInputDialog::getText(m_parent, title, label, QLineEdit::Normal, initial, &ok);
    if (!ok || value.trimmed().isEmpty())
        return std::nullopt;
    return value.trimmed();
}

std::optional<QString> ActionPrompt::choose(const QString& title, const QString& label,
                                            const QList<QPair<QString, QString>>& codeAndName) const
{
    QStringList names;
    for (const auto& item : codeAndName)
        names.append(item.second);
    bool ok = false;
    const QString picked = QInputDialog::getItem(m_parent, title, label, names, 0, false, &ok);
    if (!ok)
        return std::nullopt;
    for (const auto& item : codeAndName) {
        if (item.second == picked)
            return item.first;
    }
    return std::nullopt;
}

QList<QPair<QString, QString>> ActionPrompt::assignedAgencies(const Report& report) const
{
    QList<QPair<QString, QString>> out;
    for (const Assignment& assignment : report.assignments)
        out.append({assignment.agencyCode, m_directory.agencies.value(assignment.agencyCode).name});
    return out;
}

std::optional<QStringList> ActionPrompt::chooseAgencies(const Report& report) const
{
    QDialog dialog(m_parent);
    dialog.setWindowTitle(ActionSet::label(QStringLiteral("dispatch")));
    auto* list = new QListWidget(&dialog);
    list->setObjectName(QStringLiteral("agencyChoice"));
    const QStringList suggested = suggestedAgencies(report, m_directory);
    QList<Agency> agencies = m_directory.agencies.values();
    std::sort(agencies.begin(), agencies.end(), [&](const Agency& a, const Agency& b) {
        const bool aFirst = suggested.contains(a.code);
        const bool bFirst = suggested.contains(b.code);
        return aFirst != bFirst ? aFirst : QString::localeAwareCompare(a.name, b.name) < 0;
    });
    for (const Agency& agency : agencies) {
        const Assignment* held = report.assignmentFor(agency.code);
        if (held && held->state != AssignmentState::ReturnedToCenter)
            continue;
        const bool suggestion = suggested.contains(agency.code);
        auto* item =
            new QListWidgetItem(suggestion ? tr("%1 (suggested)").arg(agency.name) : agency.name, list);
        item->setData(Qt::UserRole, agency.code);
        item->setCheckState(Qt::Unchecked);
    }
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto* layout = new QVBoxLayout(&dialog);
    layout->addWidget(new QLabel(tr("Handling agencies for %1:").arg(report.id), &dialog));
    layout->addWidget(list);
    layout->addWidget(buttons);
    dialog.resize(460, 520);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    QStringList codes;
    for (int i = 0; i < list->count(); ++i) {
        if (list->item(i)->checkState() == Qt::Checked)
            codes.append(list->item(i)->data(Qt::UserRole).toString());
    }
    if (codes.isEmpty())
        return std::nullopt;
    return codes;
}

std::optional<QJsonObject> ActionPrompt::payloadFor(const QString& command, const Report& report) const
{
    const QString title = ActionSet::label(command);
    const auto withText = [&](const char* key, const QString& label,
                              const QString& initial = {}) -> std::optional<QJsonObject> {
        const auto value = text(title, label, initial);
        if (!value)
            return std::nullopt;
        return QJsonObject{{QString::fromLatin1(key), *value}};
    };
    if (command == QLatin1String("classify")) {
        QList<QPair<QString, QString>> categories;
        for (const Category& category : m_directory.categories) {
            if (category.active)
                categories.append({category.code, category.name});
        }
        const auto code = choose(title, tr("Category:"), categories);
        return code ? std::optional<QJsonObject>(QJsonObject{{QStringLiteral("categoryCode"), *code}})
                    : std::nullopt;
    }
    if (command == QLatin1String("dispatch")) {
        const auto codes = chooseAgencies(report);
        if (!codes)
            return std::nullopt;
        const auto note = text(title, tr("Instruction to the agencies (optional):"), {}, true);
        QJsonObject payload{{QStringLiteral("agencies"), QJsonArray::fromStringList(*codes)}};
        if (note)
            payload.insert(QStringLiteral("instruction"), *note);
        return payload;
    }
    if (command == QLatin1String("request_clarification")) {
        auto payload = withText("note", tr("What must be clarified with the reporter (contact by phone):"));
        if (payload)
            payload->insert(QStringLiteral("contactChannel"), QStringLiteral("phone"));
        return payload;
    }
    if (command == QLatin1String("clarification_received"))
        return withText("note", tr("What the reporter said:"));
    if (command == QLatin1String("reject")) {
        const auto kind = choose(title, tr("Why the report is not accepted:"),
                                 {{QStringLiteral("complaint"), displayName(RejectionKind::Complaint)},
                                  {QStringLiteral("denunciation"), displayName(RejectionKind::Denunciation)},
                                  {QStringLiteral("legal_advice"), displayName(RejectionKind::LegalAdvice)},
                                  {QStringLiteral("abusive"), displayName(RejectionKind::Abusive)}});
        if (!kind)
            return std::nullopt;
        const auto reason = text(title, tr("Reason the reporter will see:"));
        if (!reason)
            return std::nullopt;
        return QJsonObject{{QStringLiteral("kind"), *kind}, {QStringLiteral("reason"), *reason}};
    }
    if (command == QLatin1String("link_duplicate"))
        return withText("duplicateOf", tr("Number of the earlier report (PAHT-yyyy-nnnnnn):"));
    if (command == QLatin1String("return_to_center") || command == QLatin1String("return_for_rework") ||
        command == QLatin1String("request_contact"))
        return withText("reason", tr("Reason:"));
    if (command == QLatin1String("submit_result") || command == QLatin1String("answer_citizen"))
        return withText("text", tr("Text:"));
    if (command == QLatin1String("edit_and_approve") || command == QLatin1String("edit_public_answer")) {
        QString initial = report.publicAnswer;
        for (const Assignment& assignment : report.assignments) {
            if (initial.isEmpty() && assignment.result)
                initial = assignment.result->text;
        }
        return withText("text", tr("Text:"), initial);
    }
    if (command == QLatin1String("escalate") || command == QLatin1String("resolve_escalation"))
        return withText("note", tr("Note:"));
    if (command == QLatin1String("remind") || command == QLatin1String("disclose_contact")) {
        const auto agency = choose(title, tr("Agency:"), assignedAgencies(report));
        if (!agency)
            return std::nullopt;
        QJsonObject payload{{QStringLiteral("agencyCode"), *agency}};
        if (command == QLatin1String("disclose_contact")) {
            const auto reason = text(title, tr("Reason for the disclosure (recorded):"));
            if (!reason)
                return std::nullopt;
            payload.insert(QStringLiteral("reason"), *reason);
        }
        return payload;
    }
    if (command == QLatin1String("flag_reporter")) {
        const auto flag = choose(title, tr("The reporter's information is:"),
                                 {{QStringLiteral("valuable"), tr("Valuable")},
                                  {QStringLiteral("false_abusive"), tr("False or abusive")},
                                  {QStringLiteral("none"), tr("Not flagged")}});
        return flag ? std::optional<QJsonObject>(QJsonObject{{QStringLiteral("flag"), *flag}}) : std::nullopt;
    }
    if (command == QLatin1String("set_confidentiality")) {
        const auto level =
            choose(title, tr("Confidentiality:"),
                   {{QStringLiteral("public"), displayName(Confidentiality::Public)},
                    {QStringLiteral("confidential"), displayName(Confidentiality::Confidential)},
                    {QStringLiteral("state_secret"), displayName(Confidentiality::StateSecret)}});
        return level ? std::optional<QJsonObject>(QJsonObject{{QStringLiteral("confidentiality"), *level}})
                     : std::nullopt;
    }
    // accept, approve, publish, answer_privately, close_restricted: the command says it all.
    return QJsonObject{};
}

} // namespace paht::ui
