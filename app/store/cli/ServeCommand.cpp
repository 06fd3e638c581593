#include "calendar/Clock.h"
#include "cli/Subcommand.h"
#include "core/StoreServer.h"
#include "storage/DataDirectory.h"

#include <QCoreApplication>
#include <csignal>

namespace paht::store {

namespace {

void quitOnSignal(int)
{
    QCoreApplication::quit();
}

int serve(const QStringList& arguments)
{
    SubcommandParser cli(QStringLiteral("serve"),
                         QStringLiteral("Serves the HTTP/JSON API, push and Open311 over a data directory."));
    cli.addDataOption();
    QCommandLineParser& parser = cli.parser();
    parser.addOption({QStringLiteral("listen"), QStringLiteral("Address and port (default 127.0.0.1:8080)."),
                      QStringLiteral("HOST:PORT"), QStringLiteral("127.0.0.1:8080")});
    parser.addOption(
        {QStringLiteral("tls-cert"), QStringLiteral("PEM certificate: serve HTTPS."), QStringLiteral("F")});
    parser.addOption({QStringLiteral("tls-key"), QStringLiteral("PEM private key."), QStringLiteral("F")});
    int code = 0;
    if (!cli.parse(arguments, {QStringLiteral("data")}, &code))
        return code;
    const QString listen = parser.value(QStringLiteral("listen"));
    const qsizetype colon = listen.lastIndexOf(QLatin1Char(':'));
    bool portOk = false;
    const uint port = listen.mid(colon + 1).toUInt(&portOk);
    QHostAddress address(listen.left(colon).remove(QLatin1Char('[')).remove(QLatin1Char(']')));
    if (colon <= 0 || !portOk || port > 65535 || address.isNull()) {
        err() << "paht-store serve: --listen takes HOST:PORT, e.g. 127.0.0.1:8080 or [::1]:8080\n"
              << Qt::flush;
        return 2;
    }
    if (parser.isSet(QStringLiteral("tls-cert")) != parser.isSet(QStringLiteral("tls-key"))) {
        err() << "paht-store serve: --tls-cert and --tls-key go together\n" << Qt::flush;
        return 2;
    }
    DataDirectory data(parser.value(QStringLiteral("data")));
    QString error;
    if (!data.open(&error)) {
        err() << "paht-store serve: " << error << "\n" << Qt::flush;
        return 1;
    }
    SystemClock clock;
    StoreServer server(data, clock);
    if (!server.start(address, static_cast<quint16>(port), &error, parser.value(QStringLiteral("tls-cert")),
                      parser.value(QStringLiteral("tls-key")))) {
        err() << "paht-store serve: " << error << "\n" << Qt::flush;
        return 1;
    }
    std::signal(SIGINT, quitOnSignal);
    std::signal(SIGTERM, quitOnSignal);
    out() << "paht-store serving " << data.path() << " on " << address.toString() << ":" << server.port()
          << "\n"
          << Qt::flush;
    return QCoreApplication::exec();
}

} // namespace

QList<Subcommand> serveSubcommands()
{
    return {{QStringLiteral("serve"), QStringLiteral("serve the API, push and Open311"), serve}};
}

} // namespace paht::store
