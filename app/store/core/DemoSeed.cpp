#include "core/DemoSeed.h"

#include "auth/PasswordHash.h"
#include "calendar/Clock.h"
#include "core/CommandDesk.h"
#include "core/DemoStory.h"
#include "core/Regulation.h"
#include "domain/Agency.h"
#include "domain/Category.h"
#include "domain/User.h"
#include "storage/AccountRows.h"
#include "storage/Database.h"
#include "storage/DirectoryRows.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace paht::store {

namespace {

QJsonObject resourceJson(const QString& name)
{
    QFile file(QStringLiteral(":/paht/demo/") + name);
    file.open(QIODevice::ReadOnly);
    return QJsonDocument::fromJson(file.readAll()).object();
}

AgencyContact contact(const QString& name, const QString& title, const QString& phone, const QString& email)
{
    return AgencyContact{name, title, phone, email};
}

} // namespace

bool DemoSeed::run(int reports, QString* error)
{
    if (!AccountRows(m_db.connection()).users().isEmpty()) {
        *error = QStringLiteral("this store has users already; seed-demo only fills a new data directory");
        return false;
    }
    return loadDirectory(error) && createUsers(error) && createReports(reports, error);
}

bool DemoSeed::loadDirectory(QString* error)
{
    WriteTransaction transaction(m_db);
    DirectoryRows rows(m_db.connection());
    int agencies = 0;
    for (const QJsonValue& value :
         resourceJson(QStringLiteral("agencies.json")).value(QStringLiteral("agencies")).toArray()) {
        const QJsonObject json = value.toObject();
        Agency agency;
        agency.code = json.value(QStringLiteral("code")).toString();
        agency.name = json.value(QStringLiteral("name")).toString();
        agencyKindFromName(json.value(QStringLiteral("kind")).toString(), &agency.kind);
        agency.processingLimitDays =
            json.value(QStringLiteral("processingLimitDays")).toInt(Agency::kMaxProcessingDays);
        agency.leader = contact(QStringLiteral("Lãnh đạo ") + agency.name, QStringLiteral("Lãnh đạo"),
                                QStringLiteral("0203381%1").arg(agencies, 4, 10, QLatin1Char('0')),
                                agency.code.toLower() + QStringLiteral(".lanhdao@quangninh.example"));
        agency.focalPerson = contact(QStringLiteral("Đầu mối ") + agency.name, QStringLiteral("Chuyên viên"),
                                     QStringLiteral("0203382%1").arg(agencies, 4, 10, QLatin1Char('0')),
                                     agency.code.toLower() + QStringLiteral(".daumoi@quangninh.example"));
        if (!rows.put(DirectoryRows::Table::Agencies, agency.code, agency.toJson())) {
            *error = QStringLiteral("cannot store agency %1").arg(agency.code);
            return false;
        }
        ++agencies;
    }
    const QJsonObject directory = resourceJson(QStringLiteral("quang-ninh-directory.json"));
    for (const QJsonValue& value : directory.value(QStringLiteral("commune_level_units")).toArray()) {
        const QJsonObject unit = value.toObject();
        Agency agency;
        agency.code = QStringLiteral("UBND-") + unit.value(QStringLiteral("code")).toString();
        agency.name = QStringLiteral("UBND ") + unit.value(QStringLiteral("name")).toString();
        agency.kind = AgencyKind::CommunePeopleCommittee;
        agency.processingLimitDays = 3;
        agency.leader =
            contact(QStringLiteral("Chủ tịch ") + agency.name, QStringLiteral("Chủ tịch UBND"), {}, {});
        agency.focalPerson =
            contact(QStringLiteral("Văn phòng ") + agency.name, QStringLiteral("Chuyên viên"), {}, {});
        if (!rows.put(DirectoryRows::Table::Agencies, agency.code, agency.toJson())) {
            *error = QStringLiteral("cannot store agency %1").arg(agency.code);
            return false;
        }
        m_communes.append(unit.value(QStringLiteral("code")).toString());
        ++agencies;
    }
    int categories = 0;
    for (const QJsonValue& value :
         resourceJson(QStringLiteral("categories.json")).value(QStringLiteral("categories")).toArray()) {
        const QJsonObject json = value.toObject();
        Category category;
        category.code = json.value(QStringLiteral("code")).toString();
        category.name = json.value(QStringLiteral("name")).toString();
        // "ward" stands for the report's own ward/commune; that suggestion comes from the report's place.
        for (const QJsonValue& agency : json.value(QStringLiteral("routing")).toArray()) {
            if (agency.toString() != QLatin1String("ward"))
                category.routing.append(agency.toString());
        }
        if (!rows.put(DirectoryRows::Table::Categories, category.code, category.toJson())) {
            *error = QStringLiteral("cannot store category %1").arg(category.code);
            return false;
        }
        ++categories;
    }
    m_summary += QStringLiteral("%1 agencies (%2 wards/communes), %3 categories; ")
                     .arg(agencies)
                     .arg(m_communes.size())
                     .arg(categories);
    return transaction.commit();
}

bool DemoSeed::createUsers(QString* error)
{
    struct Demo
    {
        const char* username;
        const char* name;
        Role role;
        const char* agency;
        bool clearance;
    };
    const Demo demos[] = {
        {"intake", "Nguyễn Thị Tiếp Nhận", Role::IntakeOperator, "", false},
        {"editor", "Trần Văn Biên Tập", Role::PublicationEditor, "", false},
        {"supervisor", "Lê Thị Giám Sát", Role::Supervisor, "", true},
        {"admin", "Phạm Văn Quản Trị", Role::Administrator, "", true},
        {"sxd.cv", "Hoàng Văn Xây", Role::AgencySpecialist, "SXD", false},
        {"sxd.ld", "Đỗ Thị Dựng", Role::AgencyLeader, "SXD", false},
        {"baichay.cv", "Vũ Văn Bãi", Role::AgencySpecialist, "UBND-06673", false},
        {"baichay.ld", "Bùi Thị Cháy", Role::AgencyLeader, "UBND-06673", false},
        {"nuoc.cv", "Đặng Văn Nước", Role::AgencySpecialist, "NUOC", false},
        {"nuoc.ld", "Ngô Thị Sạch", Role::AgencyLeader, "NUOC", false},
        {"vsmt.cv", "Dương Văn Vệ", Role::AgencySpecialist, "VSMT", false},
        {"vsmt.ld", "Lý Thị Sinh", Role::AgencyLeader, "VSMT", false},
    };
    const QByteArray hash = PasswordHash::hash(demoPassword());
    WriteTransaction transaction(m_db);
    AccountRows accounts(m_db.connection());
    for (const Demo& demo : demos) {
        User user;
        user.username = QString::fromUtf8(demo.username);
        user.displayName = QString::fromUtf8(demo.name);
        user.role = demo.role;
        user.agencyCode = QString::fromUtf8(demo.agency);
        user.stateSecretClearance = demo.clearance;
        if (!accounts.insertUser(user.username, user.toJson(), hash)) {
            *error = QStringLiteral("cannot create user %1").arg(user.username);
            return false;
        }
    }
    m_summary += QStringLiteral("%1 users (password '%2'); ").arg(std::size(demos)).arg(demoPassword());
    return transaction.commit();
}

bool DemoSeed::createReports(int count, QString* error)
{
    std::unique_ptr<Regulation> regulation = Regulation::load(DirectoryRows(m_db.connection()), error);
    if (!regulation)
        return false;
    DemoStory story(m_db, *regulation, m_clock.now(), m_communes);
    for (int i = 0; i < count; ++i) {
        if (!story.tell(i, count, error))
            return false;
    }
    m_summary += QStringLiteral("%1 reports").arg(count);
    return true;
}

} // namespace paht::store
