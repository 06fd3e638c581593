#include "cli/Subcommand.h"

namespace paht::store {

QTextStream& out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream& err()
{
    static QTextStream stream(stderr);
    return stream;
}

SubcommandParser::SubcommandParser(const QString& name, const QString& description) : m_name(name)
{
    m_parser.setApplicationDescription(description);
    m_parser.addHelpOption();
}

void SubcommandParser::addDataOption()
{
    m_parser.addOption(
        {QStringLiteral("data"), QStringLiteral("The store's data directory."), QStringLiteral("DIR")});
}

bool SubcommandParser::parse(const QStringList& arguments, const QStringList& requiredOptions, int* exitCode)
{
    QStringList argv = arguments;
    argv.prepend(QStringLiteral("paht-store ") + m_name);
    if (!m_parser.parse(argv)) {
        err() << m_parser.errorText() << "\n" << Qt::flush;
        *exitCode = 2;
        return false;
    }
    if (m_parser.isSet(QStringLiteral("help"))) {
        out() << m_parser.helpText() << Qt::flush;
        *exitCode = 0;
        return false;
    }
    for (const QString& option : requiredOptions) {
        if (!m_parser.isSet(option)) {
            err() << QStringLiteral("paht-store %1: --%2 is required (see --help)").arg(m_name, option)
                  << "\n"
                  << Qt::flush;
            *exitCode = 2;
            return false;
        }
    }
    if (!m_parser.positionalArguments().isEmpty()) {
        err() << QStringLiteral("paht-store %1: unexpected argument '%2'")
                     .arg(m_name, m_parser.positionalArguments().first())
              << "\n"
              << Qt::flush;
        *exitCode = 2;
        return false;
    }
    return true;
}

} // namespace paht::store
