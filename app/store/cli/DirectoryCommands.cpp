#include "auth/PasswordHash.h"
#include "calendar/Clock.h"
#include "cli/Subcommand.h"
#include "core/DemoSeed.h"
#include "domain/Role.h"
#include "domain/User.h"
#include "storage/AccountRows.h"
#include "storage/DataDirectory.h"

#include <QFile>

namespace paht::store {

namespace {

int init(const QStringList& arguments)
{
    SubcommandParser cli(QStringLiteral("init"),
                         QStringLiteral("Creates a new, empty store data directory."));
    cli.addDataOption();
    int code = 0;
    if (!cli.parse(arguments, {QStringLiteral("data")}, &code))
        return code;
    DataDirectory data(cli.parser().value(QStringLiteral("data")));
    QString error;
    if (!data.initialise(&error)) {
        err() << "paht-store init: " << error << "\n" << Qt::flush;
        return 1;
    }
    out() << "initialised " << data.path() << " (schema " << data.database().schemaVersion() << ")\n"
          << Qt::flush;
    return 0;
}

int createUser(const QStringList& arguments)
{
    SubcommandParser cli(
        QStringLiteral("create-user"),
        QStringLiteral("Creates a user. The password is read from standard input (one line)."));
    cli.addDataOption();
    QCommandLineParser& parser = cli.parser();
    parser.addOption({QStringLiteral("username"), QStringLiteral("Login name."), QStringLiteral("U")});
    parser.addOption({QStringLiteral("role"),
                      QStringLiteral("One of: %1.").arg(roleNames().join(QStringLiteral(", "))),
                      QStringLiteral("ROLE")});
    parser.addOption({QStringLiteral("agency"), QStringLiteral("Agency code (agency roles only)."),
                      QStringLiteral("CODE")});
    parser.addOption({QStringLiteral("name"), QStringLiteral("Display name."), QStringLiteral("NAME")});
    parser.addOption(
        {QStringLiteral("state-secret-clearance"), QStringLiteral("May see state-secret content.")});
    int code = 0;
    if (!cli.parse(arguments, {QStringLiteral("data"), QStringLiteral("username"), QStringLiteral("role")},
                   &code))
        return code;

    User user;
    user.username = parser.value(QStringLiteral("username"));
    user.displayName =
        parser.isSet(QStringLiteral("name")) ? parser.value(QStringLiteral("name")) : user.username;
    user.agencyCode = parser.value(QStringLiteral("agency"));
    user.stateSecretClearance = parser.isSet(QStringLiteral("state-secret-clearance"));
    if (!roleFromName(parser.value(QStringLiteral("role")), &user.role)) {
        err() << "paht-store create-user: unknown role '" << parser.value(QStringLiteral("role"))
              << "' (one of " << roleNames().join(QStringLiteral(", ")) << ")\n"
              << Qt::flush;
        return 2;
    }
    // Validate through the domain decoder so the CLI and the API accept exactly the same users.
    User checked;
    if (const DecodeResult problem = User::fromJson(user.toJson(), &checked)) {
        err() << "paht-store create-user: " << problem->toString() << "\n" << Qt::flush;
        return 2;
    }
    QFile input;
    input.open(stdin, QIODevice::ReadOnly);
    const QString password =
        QString::fromUtf8(input.readLine()).remove(QLatin1Char('\n')).remove(QLatin1Char('\r'));
    if (password.size() < 8) {
        err()
            << "paht-store create-user: the password (read from standard input) needs at least 8 characters\n"
            << Qt::flush;
        return 2;
    }
    DataDirectory data(parser.value(QStringLiteral("data")));
    QString error;
    if (!data.open(&error)) {
        err() << "paht-store create-user: " << error << "\n" << Qt::flush;
        return 1;
    }
    AccountRows accounts(data.database().connection());
    if (accounts.findUser(user.username)) {
        err() << "paht-store create-user: user '" << user.username << "' exists already\n" << Qt::flush;
        return 1;
    }
    if (!accounts.insertUser(user.username, user.toJson(), PasswordHash::hash(password))) {
        err() << "paht-store create-user: cannot store the user\n" << Qt::flush;
        return 1;
    }
    out() << "created user " << user.username << " (" << roleName(user.role) << ")\n" << Qt::flush;
    return 0;
}

int createApiKey(const QStringList& arguments)
{
    SubcommandParser cli(
        QStringLiteral("create-api-key"),
        QStringLiteral("Creates an API key for the citizen app's Open311 calls and prints it once."));
    cli.addDataOption();
    cli.parser().addOption(
        {QStringLiteral("name"), QStringLiteral("Who the key is for."), QStringLiteral("NAME")});
    int code = 0;
    if (!cli.parse(arguments, {QStringLiteral("data"), QStringLiteral("name")}, &code))
        return code;
    DataDirectory data(cli.parser().value(QStringLiteral("data")));
    QString error;
    if (!data.open(&error)) {
        err() << "paht-store create-api-key: " << error << "\n" << Qt::flush;
        return 1;
    }
    const QString key = SecretToken::generate();
    SystemClock clock;
    if (!AccountRows(data.database().connection())
             .insertApiKey(SecretToken::digest(key),
                           ApiKeyRow{cli.parser().value(QStringLiteral("name")), ApiKeyRow::kCitizenApp,
                                     QString(), clock.now()})) {
        err() << "paht-store create-api-key: a key with that name exists already\n" << Qt::flush;
        return 1;
    }
    out() << key << "\n" << Qt::flush;
    return 0;
}

int seedDemo(const QStringList& arguments)
{
    SubcommandParser cli(
        QStringLiteral("seed-demo"),
        QStringLiteral("Loads Quang Ninh's wards, departments and service companies, demo categories, "
                       "demo users (password 'paht-demo') and demo reports at every step."));
    cli.addDataOption();
    cli.parser().addOption({QStringLiteral("reports"), QStringLiteral("How many reports (default 60)."),
                            QStringLiteral("N"), QStringLiteral("60")});
    int code = 0;
    if (!cli.parse(arguments, {QStringLiteral("data")}, &code))
        return code;
    bool ok = false;
    const int count = cli.parser().value(QStringLiteral("reports")).toInt(&ok);
    if (!ok || count < 0 || count > 100000) {
        err() << "paht-store seed-demo: --reports takes a number from 0 to 100000\n" << Qt::flush;
        return 2;
    }
    DataDirectory data(cli.parser().value(QStringLiteral("data")));
    QString error;
    if (!data.open(&error)) {
        err() << "paht-store seed-demo: " << error << "\n" << Qt::flush;
        return 1;
    }
    SystemClock clock;
    DemoSeed seed(data.database(), clock);
    if (!seed.run(count, &error)) {
        err() << "paht-store seed-demo: " << error << "\n" << Qt::flush;
        return 1;
    }
    out() << seed.summary() << "\n" << Qt::flush;
    return 0;
}

} // namespace

QList<Subcommand> directorySubcommands()
{
    return {
        {QStringLiteral("init"), QStringLiteral("create a new data directory"), init},
        {QStringLiteral("create-user"), QStringLiteral("create a user (password on standard input)"),
         createUser},
        {QStringLiteral("create-api-key"), QStringLiteral("create an API key for the citizen app"),
         createApiKey},
        {QStringLiteral("seed-demo"), QStringLiteral("load the demo directory, users and reports"), seedDemo},
    };
}

} // namespace paht::store
