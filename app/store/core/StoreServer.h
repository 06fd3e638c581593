#pragma once

#include "api/ApiContext.h"

#include <QHostAddress>
#include <QObject>
#include <memory>

namespace paht {
class Clock;
}

namespace paht::store {

class AccountDesk;
class AdminJournal;
class CommandDesk;
class DirectoryDesk;
struct AdminDesks;
class DataDirectory;
class HttpServer;
class PokeHub;
class Regulation;
class Sessions;

// The running store: the API and Open311 routes over one data directory, with push after each commit.
// main() builds one with the system clock; tests build one with a manual clock on a free loopback port.
class StoreServer final : public QObject
{
    Q_OBJECT

public:
    StoreServer(DataDirectory& data, const Clock& clock, StoreLimits limits = {}, QObject* parent = nullptr);
    ~StoreServer() override;

    bool start(const QHostAddress& address, quint16 port, QString* error, const QString& certFile = {},
               const QString& keyFile = {});
    quint16 port() const { return m_port; }
    CommandDesk& commands() { return *m_commands; }
    const PokeHub& pokes() const { return *m_pokes; }

    static const QString kWebSocketPath;

private:
    DataDirectory& m_data;
    const Clock& m_clock;
    StoreLimits m_limits;
    std::unique_ptr<Regulation> m_regulation;
    std::unique_ptr<Sessions> m_sessions;
    std::unique_ptr<CommandDesk> m_commands;
    std::unique_ptr<ApiContext> m_context;
    std::unique_ptr<AdminJournal> m_journal;
    std::unique_ptr<AccountDesk> m_accounts;
    std::unique_ptr<DirectoryDesk> m_directory;
    std::unique_ptr<AdminDesks> m_admin;
    Router m_router;
    HttpServer* m_http = nullptr;
    PokeHub* m_pokes = nullptr;
    quint16 m_port = 0;
};

} // namespace paht::store
