#pragma once

#include <QCommandLineParser>
#include <QList>
#include <QString>
#include <QTextStream>
#include <functional>

namespace paht::store {

// One "paht-store <name>" subcommand. run() gets the arguments after the name and returns the exit code.
struct Subcommand
{
    QString name;
    QString summary;
    std::function<int(const QStringList& arguments)> run;
};

QList<Subcommand> directorySubcommands();   // init, create-user, create-api-key, seed-demo
QList<Subcommand> timeSubcommands();        // calendar, deadline
QList<Subcommand> maintenanceSubcommands(); // backup, verify-audit
QList<Subcommand> serveSubcommands();       // serve

// Shared parsing: --help on every subcommand, and a clear message for a bad or missing option.
class SubcommandParser
{
public:
    SubcommandParser(const QString& name, const QString& description);
    QCommandLineParser& parser() { return m_parser; }
    void addDataOption();
    // False when the program should exit with *exitCode (help shown, or an error printed).
    bool parse(const QStringList& arguments, const QStringList& requiredOptions, int* exitCode);

private:
    QString m_name;
    QCommandLineParser m_parser;
};

QTextStream& out();
QTextStream& err();

} // namespace paht::store
