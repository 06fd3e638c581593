#include "ActionPrompt.h"

#include "items/ActionSet.h"
#include "items/DisplayNames.h"

#include <QInputDialog>
#include <QLineEdit>

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

std::optional<QJsonObject> ActionPrompt::payloadFor(const QString& command) const
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
    if (command == QLatin1String("set_confidentiality")) {
        const auto level =
            choose(title, tr("Confidentiality:"),
                   {{QStringLiteral("public"), displayName(Confidentiality::Public)},
                    {QStringLiteral("confidential"), displayName(Confidentiality::Confidential)},
                    {QStringLiteral("state_secret"), displayName(Confidentiality::StateSecret)}});
        return level ? std::optional<QJsonObject>(QJsonObject{{QStringLiteral("confidentiality"), *level}})
                     : std::nullopt;
    }
    // accept: the command says it all. The other commands have screens of their own (CommandScreen).
    return QJsonObject{};
}

} // namespace paht::ui
