#include "cli/Subcommand.h"
#include "storage/DataDirectory.h"
#include "storage/EventLog.h"

namespace paht::store {

namespace {

int backup(const QStringList& arguments)
{
    SubcommandParser cli(
        QStringLiteral("backup"),
        QStringLiteral("Writes a consistent copy of the store's database while it keeps serving."));
    cli.addDataOption();
    cli.parser().addOption(
        {QStringLiteral("to"), QStringLiteral("The backup file to create."), QStringLiteral("FILE")});
    int code = 0;
    if (!cli.parse(arguments, {QStringLiteral("data"), QStringLiteral("to")}, &code))
        return code;
    DataDirectory data(cli.parser().value(QStringLiteral("data")));
    QString error;
    if (!data.open(&error) || !data.database().backupTo(cli.parser().value(QStringLiteral("to")), &error)) {
        err() << "paht-store backup: " << error << "\n" << Qt::flush;
        return 1;
    }
    out() << "backup written to " << cli.parser().value(QStringLiteral("to")) << "\n" << Qt::flush;
    return 0;
}

int verifyAudit(const QStringList& arguments)
{
    SubcommandParser cli(
        QStringLiteral("verify-audit"),
        QStringLiteral("Checks the hash chain of the audit trail (R-29) and reports the first "
                       "broken link."));
    cli.addDataOption();
    int code = 0;
    if (!cli.parse(arguments, {QStringLiteral("data")}, &code))
        return code;
    DataDirectory data(cli.parser().value(QStringLiteral("data")));
    QString error;
    if (!data.open(&error)) {
        err() << "paht-store verify-audit: " << error << "\n" << Qt::flush;
        return 1;
    }
    const AuditCheck check = EventLog(data.database().connection()).verify();
    if (check.intact) {
        out() << "audit trail intact: " << check.checked << " events checked\n" << Qt::flush;
        return 0;
    }
    out() << "audit trail BROKEN at event " << check.firstBrokenId << ": " << check.reason << " ("
          << check.checked << " events read)\n"
          << Qt::flush;
    return 3;
}

} // namespace

QList<Subcommand> maintenanceSubcommands()
{
    return {
        {QStringLiteral("backup"), QStringLiteral("write a consistent online copy of the database"), backup},
        {QStringLiteral("verify-audit"), QStringLiteral("check the audit trail's hash chain"), verifyAudit},
    };
}

} // namespace paht::store
