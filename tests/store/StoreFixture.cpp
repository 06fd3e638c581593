#include "StoreFixture.h"

#include "auth/PasswordHash.h"
#include "domain/Agency.h"
#include "domain/Category.h"
#include "domain/User.h"
#include "storage/AccountRows.h"
#include "storage/DirectoryRows.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QNetworkReply>
#include <QTimer>
#include <QUuid>

namespace paht::store::testing {

QByteArray Reply::header(const QByteArray& name) const
{
    for (const auto& pair : headers) {
        if (pair.first.compare(name, Qt::CaseInsensitive) == 0)
            return pair.second;
    }
    return {};
}

StoreFixture::StoreFixture(const QDateTime& now, StoreLimits limits) : m_clock(now), m_limits(limits)
{
    PasswordHash::initialise();
    m_data = std::make_unique<DataDirectory>(m_dir.filePath(QStringLiteral("store")));
    if (!m_data->initialise(&m_error) || !seedDirectory())
        return;
    m_server = std::make_unique<StoreServer>(*m_data, m_clock, limits);
    m_ok = m_server->start(QHostAddress::LocalHost, 0, &m_error);
}

StoreFixture::~StoreFixture() = default;

bool StoreFixture::restart()
{
    m_server.reset();
    m_data.reset();
    m_data = std::make_unique<DataDirectory>(m_dir.filePath(QStringLiteral("store")));
    m_ok = m_data->open(&m_error);
    if (!m_ok)
        return false;
    m_server = std::make_unique<StoreServer>(*m_data, m_clock, m_limits);
    m_ok = m_server->start(QHostAddress::LocalHost, 0, &m_error);
    return m_ok;
}

bool StoreFixture::seedDirectory()
{
    DirectoryRows directory(m_data->database().connection());
    const auto agency = [&](const QString& code, const QString& name, AgencyKind kind, int limit) {
        Agency value;
        value.code = code;
        value.name = name;
        value.kind = kind;
        value.leader = {QStringLiteral("Nguyễn Văn Lãnh"), QStringLiteral("Giám đốc"),
                        QStringLiteral("0912345678"), QStringLiteral("lanhdao@example.vn")};
        value.focalPerson = {QStringLiteral("Trần Thị Đầu Mối"), QStringLiteral("Chuyên viên"),
                             QStringLiteral("0987654321"), QStringLiteral("daumoi@example.vn")};
        value.processingLimitDays = limit;
        return directory.put(DirectoryRows::Table::Agencies, code, value.toJson());
    };
    const auto category = [&](const QString& code, const QString& name, const QStringList& routing) {
        Category value;
        value.code = code;
        value.name = name;
        value.routing = routing;
        return directory.put(DirectoryRows::Table::Categories, code, value.toJson());
    };
    bool ok =
        agency(QStringLiteral("SXD"), QStringLiteral("Sở Xây dựng"), AgencyKind::ProvincialDepartment, 5) &&
        agency(QStringLiteral("UBND-06673"), QStringLiteral("UBND phường Bãi Cháy"),
               AgencyKind::CommunePeopleCommittee, 3) &&
        agency(QStringLiteral("NUOC"), QStringLiteral("Công ty Cổ phần Nước sạch Quảng Ninh"),
               AgencyKind::PublicServiceCompany, 2) &&
        category(QStringLiteral("chieu_sang"), QStringLiteral("Chiếu sáng công cộng"),
                 {QStringLiteral("SXD"), QStringLiteral("UBND-06673")}) &&
        category(QStringLiteral("cap_nuoc"), QStringLiteral("Cấp nước sạch"), {QStringLiteral("NUOC")});
    ok = ok && addUser(QStringLiteral("intake"), QStringLiteral("intake_operator")) &&
         addUser(QStringLiteral("editor"), QStringLiteral("publication_editor")) &&
         addUser(QStringLiteral("supervisor"), QStringLiteral("supervisor")) &&
         addUser(QStringLiteral("admin"), QStringLiteral("administrator")) &&
         addUser(QStringLiteral("sxd.specialist"), QStringLiteral("agency_specialist"),
                 QStringLiteral("SXD")) &&
         addUser(QStringLiteral("sxd.leader"), QStringLiteral("agency_leader"), QStringLiteral("SXD")) &&
         addUser(QStringLiteral("ward.specialist"), QStringLiteral("agency_specialist"),
                 QStringLiteral("UBND-06673")) &&
         addUser(QStringLiteral("ward.leader"), QStringLiteral("agency_leader"),
                 QStringLiteral("UBND-06673")) &&
         addUser(QStringLiteral("nuoc.specialist"), QStringLiteral("agency_specialist"),
                 QStringLiteral("NUOC"));
    if (!ok && m_error.isEmpty())
        m_error = QStringLiteral("cannot seed the test directory");
    return ok;
}

bool StoreFixture::addUser(const QString& username, const QString& role, const QString& agency,
                           bool clearance)
{
    User user;
    user.username = username;
    user.displayName = username;
    roleFromName(role, &user.role);
    user.agencyCode = agency;
    user.stateSecretClearance = clearance;
    // argon2id costs ~60 ms: hash the shared test password once for every user.
    static const QByteArray hash = PasswordHash::hash(password());
    return AccountRows(m_data->database().connection()).insertUser(username, user.toJson(), hash);
}

QString StoreFixture::createApiKey(const QString& name)
{
    const QString key = SecretToken::generate();
    AccountRows(m_data->database().connection())
        .insertApiKey(SecretToken::digest(key),
                      ApiKeyRow{name, ApiKeyRow::kCitizenApp, QString(), m_clock.now()});
    return key;
}

QUrl StoreFixture::url(const QString& path) const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_server->port()).arg(path));
}

Reply StoreFixture::request(const QByteArray& method, const QString& path, const QByteArray& body,
                            const QString& token, const QByteArray& contentType)
{
    QNetworkRequest request(url(path));
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
    QNetworkReply* reply = m_network.sendCustomRequest(request, method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(30000, &loop, &QEventLoop::quit);
    loop.exec();
    Reply out;
    out.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    out.body = reply->readAll();
    for (const auto& pair : reply->rawHeaderPairs())
        out.headers.append(pair);
    reply->deleteLater();
    return out;
}

Reply StoreFixture::post(const QString& path, const QJsonObject& body, const QString& token)
{
    return request("POST", path, QJsonDocument(body).toJson(QJsonDocument::Compact), token);
}

QString StoreFixture::login(const QString& username)
{
    const Reply reply = post(QStringLiteral("/api/v1/session"), {{QStringLiteral("username"), username},
                                                                 {QStringLiteral("password"), password()}});
    return reply.status == 200 ? reply.json().value(QStringLiteral("token")).toString() : QString();
}

QJsonObject StoreFixture::command(const QString& token, const QString& type, const QString& reportId,
                                  qint64 expectedVersion, const QJsonObject& payload)
{
    const QJsonObject command{
        {QStringLiteral("commandId"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
        {QStringLiteral("type"), type},
        {QStringLiteral("reportId"), reportId},
        {QStringLiteral("expectedVersion"), expectedVersion},
        {QStringLiteral("payload"), payload}};
    const Reply reply =
        post(QStringLiteral("/api/v1/commands"), {{QStringLiteral("commands"), QJsonArray{command}}}, token);
    return reply.json().value(QStringLiteral("results")).toArray().first().toObject();
}

QJsonObject StoreFixture::reportPayload(const QString& title, const QString& confidentiality)
{
    return {
        {QStringLiteral("title"), title},
        {QStringLiteral("description"),
         QStringLiteral("Đèn đường trên đường Hạ Long không sáng từ tối qua.")},
        {QStringLiteral("confidentiality"), confidentiality},
        {QStringLiteral("location"),
         QJsonObject{{QStringLiteral("latitude"), 20.9473},
                     {QStringLiteral("longitude"), 107.0304},
                     {QStringLiteral("address"), QStringLiteral("Đường Hạ Long, Bãi Cháy")},
                     {QStringLiteral("communeCode"), QStringLiteral("06673")}}},
        {QStringLiteral("reporter"), QJsonObject{{QStringLiteral("name"), QStringLiteral("Phạm Thị Dân")},
                                                 {QStringLiteral("phone"), QStringLiteral("0912345678")},
                                                 {QStringLiteral("email"), QStringLiteral("dan@example.vn")},
                                                 {QStringLiteral("isOrganisation"), false}}}};
}

QString StoreFixture::submitReport(const QString& intakeToken, const QString& title,
                                   const QString& confidentiality)
{
    const QJsonObject answer =
        command(intakeToken, QStringLiteral("submit"), QString(), 0, reportPayload(title, confidentiality));
    return answer.value(QStringLiteral("reportId")).toString();
}

} // namespace paht::store::testing
