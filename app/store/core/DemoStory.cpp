#include "core/DemoStory.h"

#include "core/CommandDesk.h"
#include "core/Regulation.h"

#include <QJsonArray>
#include <QUuid>

namespace paht::store {

namespace {

struct Sample
{
    const char* category;
    const char* agency;
    const char* specialist;
    const char* leader;
    const char* title;
    const char* description;
};

// Categories whose routing reaches an agency with demo users, so every step can be shown.
const Sample kSamples[] = {
    {"chieu_sang", "SXD", "sxd.cv", "sxd.ld", "Đèn đường không sáng",
     "Cả dãy đèn đường trên tuyến phố không sáng từ ba hôm nay, đi lại buổi tối rất nguy hiểm."},
    {"ve_sinh_moi_truong", "VSMT", "vsmt.cv", "vsmt.ld", "Rác thải tồn đọng",
     "Rác sinh hoạt đổ thành đống ở đầu ngõ, bốc mùi, nhiều ngày không có xe đến thu gom."},
    {"cap_nuoc", "NUOC", "nuoc.cv", "nuoc.ld", "Mất nước sinh hoạt",
     "Khu dân cư bị mất nước từ sáng hôm qua, chưa có thông báo lịch cấp nước trở lại."},
    {"ngap_ung", "SXD", "sxd.cv", "sxd.ld", "Ngập úng sau mưa",
     "Đường ngập sâu khoảng 40 cm sau trận mưa, cống thoát nước bị tắc rác."},
    {"giao_thong", "SXD", "sxd.cv", "sxd.ld", "Ổ gà trên đường",
     "Mặt đường xuất hiện nhiều ổ gà lớn, xe máy đã bị ngã, đề nghị sửa chữa sớm."},
};

const char* kReporters[] = {"Nguyễn Văn An", "Trần Thị Bình",  "Lê Minh Châu", "Phạm Quốc Dũng",
                            "Hoàng Thị Én",  "Đặng Văn Giang", "Vũ Thị Hà",    "Bùi Đức Khang"};

} // namespace

DemoStory::DemoStory(Database& db, const Regulation& regulation, QDateTime end, QStringList communes)
    : m_db(db), m_end(std::move(end)), m_communes(std::move(communes)), m_clock(m_end),
      m_desk(std::make_unique<CommandDesk>(db, regulation, m_clock))
{}

DemoStory::~DemoStory() = default;

Actor DemoStory::staff(const QString& username, Role role, const QString& agency) const
{
    Actor actor;
    actor.kind = Actor::Kind::Staff;
    actor.username = username;
    actor.role = role;
    actor.agencyCode = agency;
    actor.stateSecretClearance = false;
    return actor;
}

bool DemoStory::act(const Actor& actor, const QString& type, const QJsonObject& payload, QString* error)
{
    // A demo step never lies in the future: the story stops where "now" is.
    if (m_clock.now() > m_end)
        return true;
    const QJsonObject command{
        {QStringLiteral("commandId"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
        {QStringLiteral("type"), type},
        {QStringLiteral("reportId"), m_reportId},
        {QStringLiteral("expectedVersion"), m_version},
        {QStringLiteral("payload"), payload}};
    const Viewer viewer{actor.role, actor.agencyCode, true};
    const QJsonObject answer = m_desk->execute(command, actor, viewer);
    if (answer.value(QStringLiteral("status")).toString() != QLatin1String("applied")) {
        *error = QStringLiteral("demo step %1 on %2 failed: %3")
                     .arg(type, m_reportId, answer.value(QStringLiteral("message")).toString());
        return false;
    }
    m_reportId = answer.value(QStringLiteral("reportId")).toString();
    m_version = answer.value(QStringLiteral("version")).toInteger();
    m_clock.advance(1200 + m_random.bounded(4200));
    return true;
}

bool DemoStory::tell(int index, int count, QString* error)
{
    const Sample& sample = kSamples[index % std::size(kSamples)];
    const QString commune =
        m_communes.isEmpty() ? QStringLiteral("06673") : m_communes.at(index % m_communes.size());
    // Spread the reports over the last 30 days, oldest first.
    const qint64 span = 30LL * 24 * 3600;
    m_clock.set(m_end.addSecs(-span + span * index / std::max(1, count)));
    m_reportId.clear();
    m_version = 0;

    const int path = index % 12;
    const bool confidential = path == 9;
    const QJsonObject report{
        {QStringLiteral("title"), QString::fromUtf8(sample.title)},
        {QStringLiteral("description"), QString::fromUtf8(sample.description)},
        {QStringLiteral("confidentiality"),
         confidential ? QStringLiteral("confidential") : QStringLiteral("public")},
        {QStringLiteral("location"),
         QJsonObject{{QStringLiteral("latitude"), 20.95 + m_random.bounded(0.05)},
                     {QStringLiteral("longitude"), 107.0 + m_random.bounded(0.15)},
                     {QStringLiteral("address"),
                      QStringLiteral("Tổ %1, khu %2").arg(1 + index % 9).arg(1 + index % 5)},
                     {QStringLiteral("communeCode"), commune}}},
        {QStringLiteral("reporter"),
         QJsonObject{
             {QStringLiteral("name"), QString::fromUtf8(kReporters[index % std::size(kReporters)])},
             {QStringLiteral("phone"), QStringLiteral("09%1").arg(12345600 + index, 8, 10, QLatin1Char('0'))},
             {QStringLiteral("email"), QStringLiteral("nguoidan%1@example.vn").arg(index)},
             {QStringLiteral("isOrganisation"), false}}}};
    if (!act(Actor::citizen(), QStringLiteral("submit"), report, error))
        return false;
    if (path == 0)
        return true;

    const Actor intake = staff(QStringLiteral("intake"), Role::IntakeOperator);
    const QString agency = QString::fromUtf8(sample.agency);
    const Actor specialist = staff(QString::fromUtf8(sample.specialist), Role::AgencySpecialist, agency);
    const Actor leader = staff(QString::fromUtf8(sample.leader), Role::AgencyLeader, agency);
    const QJsonObject forAgency{{QStringLiteral("agencyCode"), agency}};

    bool ok = act(intake, QStringLiteral("classify"),
                  {{QStringLiteral("categoryCode"), QString::fromUtf8(sample.category)}}, error);
    if (path == 1)
        return ok && act(intake, QStringLiteral("request_clarification"),
                         {{QStringLiteral("note"), QStringLiteral("Gọi điện xác minh vị trí chính xác.")},
                          {QStringLiteral("contactChannel"), QStringLiteral("phone")}},
                         error);
    if (path == 2)
        return ok && act(intake, QStringLiteral("reject"),
                         {{QStringLiteral("kind"), QStringLiteral("complaint")},
                          {QStringLiteral("reason"),
                           QStringLiteral("Nội dung là khiếu nại, đề nghị gửi theo quy định "
                                          "về khiếu nại.")}},
                         error);
    QJsonArray agencies{agency};
    if (path == 10 || path == 11)
        agencies.append(QStringLiteral("UBND-06673"));
    ok = ok &&
         act(intake, QStringLiteral("dispatch"),
             {{QStringLiteral("agencies"), agencies},
              {QStringLiteral("instruction"), QStringLiteral("Đề nghị kiểm tra, xử lý và báo cáo kết quả.")}},
             error);
    if (!ok || path == 3)
        return ok;
    if (path == 10) {
        const Actor ward =
            staff(QStringLiteral("baichay.cv"), Role::AgencySpecialist, QStringLiteral("UBND-06673"));
        ok = act(ward, QStringLiteral("return_to_center"),
                 {{QStringLiteral("reason"), QStringLiteral("Không thuộc thẩm quyền của phường.")}}, error);
    }
    ok = ok && act(specialist, QStringLiteral("accept"), forAgency, error);
    if (!ok || path == 4 || path == 10)
        return ok;
    QJsonObject result = forAgency;
    result.insert(QStringLiteral("text"),
                  QStringLiteral("Đơn vị đã cử cán bộ kiểm tra hiện trường và khắc phục xong."));
    ok = act(specialist, QStringLiteral("submit_result"), result, error);
    if (!ok || path == 5)
        return ok;
    if (path == 6) {
        QJsonObject rework = forAgency;
        rework.insert(QStringLiteral("reason"),
                      QStringLiteral("Bổ sung ảnh chụp hiện trường sau khi xử lý."));
        return act(leader, QStringLiteral("return_for_rework"), rework, error);
    }
    ok = act(leader, QStringLiteral("approve"), forAgency, error);
    if (path == 11 && ok) {
        const QJsonObject ward{{QStringLiteral("agencyCode"), QStringLiteral("UBND-06673")}};
        QJsonObject wardResult = ward;
        wardResult.insert(QStringLiteral("text"), QStringLiteral("Phường đã phối hợp kiểm tra, xử lý xong."));
        ok = act(staff(QStringLiteral("baichay.cv"), Role::AgencySpecialist, QStringLiteral("UBND-06673")),
                 QStringLiteral("accept"), ward, error) &&
             act(staff(QStringLiteral("baichay.cv"), Role::AgencySpecialist, QStringLiteral("UBND-06673")),
                 QStringLiteral("submit_result"), wardResult, error) &&
             act(staff(QStringLiteral("baichay.ld"), Role::AgencyLeader, QStringLiteral("UBND-06673")),
                 QStringLiteral("approve"), ward, error);
    }
    if (!ok || path == 7)
        return ok;
    const Actor editor = staff(QStringLiteral("editor"), Role::PublicationEditor);
    ok = act(
        editor, QStringLiteral("edit_public_answer"),
        {{QStringLiteral("text"), QStringLiteral("Cơ quan xử lý đã kiểm tra và khắc phục. Trân trọng cảm ơn "
                                                 "Quý cá nhân đã phản ánh.")}},
        error);
    ok = ok && act(editor, confidential ? QStringLiteral("answer_privately") : QStringLiteral("publish"), {},
                   error);
    if (!ok || path != 8)
        return ok;
    return act(Actor::citizen(), QStringLiteral("rate"),
               {{QStringLiteral("rating"), QStringLiteral("satisfied")}}, error);
}

} // namespace paht::store
