#include "core/StoreServer.h"

#include "api/AdminRoutes.h"
#include "core/AccountDesk.h"
#include "core/AdminJournal.h"
#include "core/CommandDesk.h"
#include "core/DirectoryDesk.h"
#include "core/Regulation.h"
#include "http/HttpServer.h"
#include "http/PokeHub.h"
#include "open311/Open311Routes.h"
#include "storage/DataDirectory.h"
#include "storage/DirectoryRows.h"

namespace paht::store {

const QString StoreServer::kWebSocketPath = QStringLiteral("/api/v1/ws");

StoreServer::StoreServer(DataDirectory& data, const Clock& clock, StoreLimits limits, QObject* parent)
    : QObject(parent), m_data(data), m_clock(clock), m_limits(limits)
{}

StoreServer::~StoreServer() = default;

bool StoreServer::start(const QHostAddress& address, quint16 port, QString* error, const QString& certFile,
                        const QString& keyFile)
{
    Database& db = m_data.database();
    m_regulation = Regulation::load(DirectoryRows(db.connection()), error);
    if (!m_regulation)
        return false;
    m_sessions = std::make_unique<Sessions>(AccountRows(db.connection()), m_clock);
    m_commands = std::make_unique<CommandDesk>(db, *m_regulation, m_clock);
    m_context = std::make_unique<ApiContext>(
        ApiContext{db, *m_sessions, *m_commands, *m_regulation, m_clock, m_limits});

    addSessionRoutes(m_router, *m_context);
    addSyncRoutes(m_router, *m_context);
    addAttachmentRoutes(m_router, *m_context);
    addDirectoryRoutes(m_router, *m_context);
    m_journal = std::make_unique<AdminJournal>(db, m_clock);
    m_accounts = std::make_unique<AccountDesk>(*m_journal);
    m_directory = std::make_unique<DirectoryDesk>(*m_journal, *m_regulation);
    m_admin = std::make_unique<AdminDesks>(AdminDesks{*m_journal, *m_accounts, *m_directory});
    addAdminRoutes(m_router, *m_context, *m_admin);
    addStatisticsRoutes(m_router, *m_context);
    addOpen311Routes(m_router, *m_context);

    m_pokes = new PokeHub(
        [this](const QByteArray& authorization) {
            return m_sessions->authenticate(bearerToken(authorization)).has_value();
        },
        kWebSocketPath, this);
    connect(m_commands.get(), &CommandDesk::committed, m_pokes, &PokeHub::poke);
    connect(m_journal.get(), &AdminJournal::committed, m_pokes, &PokeHub::pokeDirectory);

    m_http = new HttpServer(m_router, m_limits.maxBodyBytes, kWebSocketPath, this);
    connect(m_http, &HttpServer::webSocketOpened, m_pokes, &PokeHub::adopt);
    m_port = m_http->start(address, port, certFile, keyFile, error);
    return m_port != 0;
}

} // namespace paht::store
