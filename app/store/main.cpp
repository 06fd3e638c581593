#include "auth/PasswordHash.h"
#include "cli/Subcommand.h"

#include <QCoreApplication>

using namespace paht::store;

namespace {

QList<Subcommand> allSubcommands()
{
    return directorySubcommands() + serveSubcommands() + timeSubcommands() + maintenanceSubcommands();
}

int usage(const QList<Subcommand>& subcommands, bool asError)
{
    QTextStream& stream = asError ? err() : out();
    stream << "Usage: paht-store <subcommand> [options]   (each subcommand takes --help)\n\n"
           << "The central store of PAHT, the field-report system of the Quang Ninh Operations Center.\n\n";
    for (const Subcommand& subcommand : subcommands)
        stream << "  " << subcommand.name.leftJustified(16) << subcommand.summary << "\n";
    stream << Qt::flush;
    return asError ? 2 : 0;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("paht-store"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PAHT_VERSION));
    if (!PasswordHash::initialise()) {
        err() << "paht-store: libsodium cannot start\n" << Qt::flush;
        return 1;
    }
    const QList<Subcommand> subcommands = allSubcommands();
    QStringList arguments = QCoreApplication::arguments().mid(1);
    if (arguments.isEmpty())
        return usage(subcommands, true);
    const QString name = arguments.takeFirst();
    if (name == QLatin1String("--help") || name == QLatin1String("-h") || name == QLatin1String("help"))
        return usage(subcommands, false);
    if (name == QLatin1String("--version")) {
        out() << "paht-store " << PAHT_VERSION << "\n" << Qt::flush;
        return 0;
    }
    for (const Subcommand& subcommand : subcommands) {
        if (subcommand.name == name)
            return subcommand.run(arguments);
    }
    err() << "paht-store: unknown subcommand '" << name << "'\n\n";
    return usage(subcommands, true);
}
