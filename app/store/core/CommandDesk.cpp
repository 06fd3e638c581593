#include "core/CommandDesk.h"

#include "calendar/Clock.h"
#include "calendar/WorkingCalendar.h"
#include "core/NoticeRegister.h"
#include "core/Regulation.h"
#include "domain/Agency.h"
#include "domain/Category.h"
#include "domain/Instant.h"
#include "domain/ReportNumber.h"
#include "storage/ChangeCounter.h"
#include "storage/CommandJournal.h"
#include "storage/Database.h"
#include "storage/DirectoryRows.h"
#include "storage/EventLog.h"
#include "storage/ReportRows.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QSet>

namespace paht::store {

namespace {

const QString kStatus = QStringLiteral("status");

QJsonObject answer(const QString& commandId, const QString& status)
{
    return {{QStringLiteral("commandId"), commandId}, {kStatus, status}};
}

QJsonObject rejected(const QString& commandId, const QString& code, const QString& message,
                     const QString& field = {})
{
    QJsonObject out = answer(commandId, QStringLiteral("rejected"));
    out.insert(QStringLiteral("code"), code);
    out.insert(QStringLiteral("message"), message);
    if (!field.isEmpty())
        out.insert(QStringLiteral("field"), field);
    return out;
}

QStringList assignedAgencies(const Report& report)
{
    QStringList codes;
    for (const Assignment& assignment : report.assignments)
        codes.append(assignment.agencyCode);
    return codes;
}

} // namespace

CommandDesk::CommandDesk(Database& db, const Regulation& regulation, const Clock& clock, QObject* parent)
    : QObject(parent), m_db(db), m_regulation(regulation), m_clock(clock)
{}

Actor CommandDesk::actorFor(const User& user)
{
    Actor actor;
    actor.kind = Actor::Kind::Staff;
    actor.username = user.username;
    actor.role = user.role;
    actor.agencyCode = user.agencyCode;
    actor.stateSecretClearance = user.stateSecretClearance;
    return actor;
}

Viewer CommandDesk::viewerFor(const User& user)
{
    return Viewer{user.role, user.agencyCode, user.stateSecretClearance};
}

Directory CommandDesk::loadDirectory(Database& db)
{
    Directory directory;
    DirectoryRows rows(db.connection());
    for (const QJsonObject& json : rows.all(DirectoryRows::Table::Agencies)) {
        Agency agency;
        if (!Agency::fromJson(json, &agency))
            directory.agencies.insert(agency.code, agency);
    }
    for (const QJsonObject& json : rows.all(DirectoryRows::Table::Categories)) {
        Category category;
        if (!Category::fromJson(json, &category))
            directory.categories.insert(category.code, category);
    }
    return directory;
}

QJsonArray CommandDesk::executeBatch(const QJsonArray& commands, const Actor& actor, const Viewer& viewer)
{
    QJsonArray answers;
    QSet<QString> failedReports;
    for (const QJsonValue& value : commands) {
        const QJsonObject json = value.toObject();
        const QString reportId = json.value(QStringLiteral("reportId")).toString();
        if (!reportId.isEmpty() && failedReports.contains(reportId)) {
            // Applying it on top of a failed predecessor could do what its author did not mean.
            QJsonObject blocked =
                answer(json.value(QStringLiteral("commandId")).toString(), QStringLiteral("blocked"));
            blocked.insert(
                QStringLiteral("message"),
                QStringLiteral("an earlier command of this batch on the same report was not applied"));
            answers.append(blocked);
            continue;
        }
        const QJsonObject result = execute(json, actor, viewer);
        if (result.value(kStatus).toString() != QLatin1String("applied") && !reportId.isEmpty())
            failedReports.insert(reportId);
        answers.append(result);
    }
    return answers;
}

QJsonObject CommandDesk::execute(const QJsonObject& commandJson, const Actor& actor, const Viewer& viewer)
{
    Command command;
    if (const auto problem = Command::fromJson(commandJson, &command))
        return rejected(commandJson.value(QStringLiteral("commandId")).toString(),
                        QStringLiteral("invalid_payload"), problem->toString(), problem->field);
    const QByteArray digest =
        QCryptographicHash::hash(QJsonDocument(command.toJson()).toJson(QJsonDocument::Compact),
                                 QCryptographicHash::Sha256)
            .toHex();
    return apply(command, actor, viewer, digest);
}

QJsonObject CommandDesk::apply(const Command& command, const Actor& actor, const Viewer& viewer,
                               const QByteArray& digest)
{
    CommandJournal journal(m_db.connection());
    const QString actorName = actor.kind == Actor::Kind::Staff ? actor.username : QStringLiteral("citizen");
    if (const auto known = journal.find(command.commandId)) {
        if (known->actor == actorName && known->requestDigest == digest)
            return known->answer;
        return rejected(command.commandId, QStringLiteral("command_id_reused"),
                        QStringLiteral("this commandId was used for another command"),
                        QStringLiteral("commandId"));
    }
    qint64 seq = 0;
    QJsonObject result;
    {
        WriteTransaction transaction(m_db);
        if (!transaction.isOpen())
            return rejected(command.commandId, QStringLiteral("unavailable"),
                            QStringLiteral("the store is busy"));
        result = applyInTransaction(command, actor, viewer, &seq);
        // Rejections are journaled too: a replay must not succeed later on a changed report.
        const bool journaled = result.value(kStatus).toString() != QLatin1String("conflict") &&
                               result.value(QStringLiteral("code")).toString() != QLatin1String("not_found");
        if (journaled &&
            !journal.record(command.commandId, {actorName, digest, result}, instantToString(m_clock.now()))) {
            return rejected(command.commandId, QStringLiteral("internal"),
                            QStringLiteral("cannot journal the command"));
        }
        if (!transaction.commit())
            return rejected(command.commandId, QStringLiteral("internal"), QStringLiteral("cannot commit"));
    }
    if (seq > 0)
        emit committed(seq);
    return result;
}

QString CommandDesk::allocateNumber(const QDateTime& now)
{
    const int year = WorkingCalendar::localDate(now).year();
    const qint64 serial = ReportRows(m_db.connection()).nextSerial(year);
    return ReportNumber::format(year, static_cast<int>(serial));
}

QJsonObject CommandDesk::applyInTransaction(const Command& given, const Actor& actor, const Viewer& viewer,
                                            qint64* committedSeq)
{
    const QDateTime now = m_clock.now();
    Command command = given;
    ReportRows reports(m_db.connection());
    std::optional<Report> current;
    const bool creates = command.type == QLatin1String("submit");
    if (creates) {
        command.reportId = allocateNumber(now);
        if (command.reportId.isEmpty())
            return rejected(command.commandId, QStringLiteral("internal"),
                            QStringLiteral("no report number left"));
    } else {
        const std::optional<ReportRow> row = reports.find(command.reportId);
        Report report;
        const bool decodable = row && !Report::fromJson(row->data, &report);
        // Reports the caller must not see do not exist for them (404, never the content).
        const bool visible =
            decodable && (actor.kind != Actor::Kind::Staff || ReportAccess::canSee(report, viewer));
        if (!visible)
            return rejected(command.commandId, QStringLiteral("not_found"),
                            QStringLiteral("no report %1").arg(command.reportId), QStringLiteral("reportId"));
        current = report;
    }

    const auto outcome = m_regulation.workflow().apply(current, command, actor, loadDirectory(m_db), now);
    if (const auto* error = std::get_if<WorkflowError>(&outcome)) {
        if (error->code == WorkflowErrorCode::StaleVersion && current) {
            QJsonObject conflict = answer(command.commandId, QStringLiteral("conflict"));
            conflict.insert(QStringLiteral("message"), error->message);
            const Report view =
                actor.kind == Actor::Kind::Staff ? ReportAccess::viewFor(*current, viewer) : *current;
            conflict.insert(QStringLiteral("report"), view.toJson());
            return conflict;
        }
        return rejected(command.commandId, error->codeName(), error->message, error->field);
    }
    Outcome done = std::get<Outcome>(outcome);
    if (NoticeRegister::issues(current, done.report) && !NoticeRegister(m_db.connection()).stamp(&done, now))
        return rejected(command.commandId, QStringLiteral("internal"),
                        QStringLiteral("cannot number the notice"));

    const QStringList before = current ? current->allAttachments() : QStringList();
    AttachmentRows attachments(m_db.connection());
    for (const QString& sha : done.report.allAttachments()) {
        if (!before.contains(sha) && !attachments.find(sha))
            return rejected(command.commandId, QStringLiteral("invalid_payload"),
                            QStringLiteral("attachment %1 has not been uploaded").arg(sha),
                            QStringLiteral("attachments"));
    }

    const qint64 seq = ChangeCounter(m_db.connection()).bump();
    ReportRow row{done.report.id,
                  done.report.version,
                  reportStateName(done.report.state),
                  confidentialityName(done.report.confidentiality),
                  instantToString(done.report.receivedAt),
                  seq,
                  done.report.toJson()};
    EventLog log(m_db.connection());
    bool stored = seq > 0 && reports.save(row, assignedAgencies(done.report), done.report.allAttachments());
    for (const Event& event : done.events)
        stored = stored && log.append(event.toJson());
    if (!stored)
        return rejected(command.commandId, QStringLiteral("internal"),
                        QStringLiteral("cannot store the change"));

    *committedSeq = seq;
    QJsonObject applied = answer(command.commandId, QStringLiteral("applied"));
    applied.insert(QStringLiteral("reportId"), done.report.id);
    applied.insert(QStringLiteral("version"), done.report.version);
    applied.insert(QStringLiteral("seq"), seq);
    const Report view =
        actor.kind == Actor::Kind::Staff ? ReportAccess::viewFor(done.report, viewer) : done.report;
    applied.insert(QStringLiteral("report"), view.toJson());
    return applied;
}

} // namespace paht::store
