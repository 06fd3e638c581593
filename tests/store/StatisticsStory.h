#pragma once

// Seven reports of August and September 2026 driven through the real store's commands at chosen instants
// of its manual clock, for the suites that check the periodic report end to end. The
// figures of September that follow from it are worked out by hand in tst_store_statistics.cpp.
//
//   R0  Mon 24 Aug 09:00 by phone, to SXD 10:00, accepted 11:00, result Tue 25 Aug 09:00, approved 10:00,
//       published 10:30.
//   R1  Thu  3 Sep 08:00 from the citizen app, to SXD 09:00, accepted 10:00, result Mon 7 Sep 09:00,
//       approved 10:00, published 10:30, rated "very satisfied" Tue 8 Sep 09:00.
//   R2  Thu  3 Sep 14:00 by phone, rejected 14:30 as a complaint.
//   R3  Fri  4 Sep 08:00 by phone, to SXD 08:30, returned by SXD 09:00, to the ward 10:00,
//       accepted 10:30, result Mon 7 Sep 14:00, approved 15:00, never published.
//   R4  Mon  7 Sep 08:00 by phone, to the ward 09:00, never accepted; escalated Thu 10 Sep 09:00.
//   R5  Tue  8 Sep 08:00 by phone, a state secret entered by a cleared operator, to SXD 09:00,
//       accepted 09:30, no result.
//   R6  Wed 30 Sep 15:00 by phone, still at intake.

#include "Open311Client.h"
#include "StoreFixture.h"

#include "calendar/WorkingHours.h"

#include <QJsonArray>

namespace paht::store::testing {

class StatisticsStory
{
public:
    explicit StatisticsStory(StoreFixture& store) : m_store(store) {}

    // Vietnamese wall-clock time, "yyyy-MM-dd HH:mm".
    static QDateTime at(const char* local)
    {
        QDateTime time = QDateTime::fromString(QString::fromLatin1(local), u"yyyy-MM-dd HH:mm"_s);
        time.setTimeZone(WorkingHours::timeZone());
        return time.toUTC();
    }

    QString id(int report) const { return m_ids.value(report); }
    QStringList ids() const { return m_ids; }
    QString error() const { return m_error; }

    // Plays the whole story; false (and error()) at the first step the store does not apply.
    bool play()
    {
        m_ids = QStringList(7);
        m_versions = QList<qint64>(7, 0);
        const QJsonObject toSxd{{u"agencies"_s, QJsonArray{u"SXD"_s}}};
        const QJsonObject toWard{{u"agencies"_s, QJsonArray{u"UBND-06673"_s}}};
        const QJsonObject result{{u"text"_s, u"Đã sửa chữa xong."_s}};
        const QJsonObject lighting{{u"categoryCode"_s, u"chieu_sang"_s}};
        return byPhone(0, "2026-08-24 09:00") &&
               step(0, "2026-08-24 10:00", u"intake"_s, u"classify"_s, lighting) &&
               step(0, "2026-08-24 10:00", u"intake"_s, u"dispatch"_s, toSxd) &&
               step(0, "2026-08-24 11:00", u"sxd.specialist"_s, u"accept"_s, {}) &&
               step(0, "2026-08-25 09:00", u"sxd.specialist"_s, u"submit_result"_s, result) &&
               step(0, "2026-08-25 10:00", u"sxd.leader"_s, u"approve"_s, {}) &&
               step(0, "2026-08-25 10:30", u"editor"_s, u"publish"_s, {{u"text"_s, u"Đã sửa xong."_s}}) &&
               // R1: from the citizen app, rated after publication.
               fromTheApp(1, "2026-09-03 08:00") &&
               step(1, "2026-09-03 09:00", u"intake"_s, u"dispatch"_s, toSxd) &&
               step(1, "2026-09-03 10:00", u"sxd.specialist"_s, u"accept"_s, {}) &&
               step(1, "2026-09-07 09:00", u"sxd.specialist"_s, u"submit_result"_s, result) &&
               step(1, "2026-09-07 10:00", u"sxd.leader"_s, u"approve"_s, {}) &&
               step(1, "2026-09-07 10:30", u"editor"_s, u"publish"_s,
                    {{u"text"_s, u"Sở Xây dựng đã sửa xong."_s}}) &&
               rate(1, "2026-09-08 09:00", u"very_satisfied"_s) &&
               // R2: not taken.
               byPhone(2, "2026-09-03 14:00") &&
               step(2, "2026-09-03 14:30", u"intake"_s, u"reject"_s,
                    {{u"kind"_s, u"complaint"_s}, {u"reason"_s, u"Nội dung khiếu nại"_s}}) &&
               // R3: returned by SXD, handled by the ward.
               byPhone(3, "2026-09-04 08:00") &&
               step(3, "2026-09-04 08:30", u"intake"_s, u"classify"_s, lighting) &&
               step(3, "2026-09-04 08:30", u"intake"_s, u"dispatch"_s, toSxd) &&
               step(3, "2026-09-04 09:00", u"sxd.specialist"_s, u"return_to_center"_s,
                    {{u"reason"_s, u"Không thuộc thẩm quyền"_s}}) &&
               step(3, "2026-09-04 10:00", u"intake"_s, u"dispatch"_s, toWard) &&
               step(3, "2026-09-04 10:30", u"ward.specialist"_s, u"accept"_s, {}) &&
               step(3, "2026-09-07 14:00", u"ward.specialist"_s, u"submit_result"_s, result) &&
               step(3, "2026-09-07 15:00", u"ward.leader"_s, u"approve"_s, {}) &&
               // R4: never accepted, escalated.
               byPhone(4, "2026-09-07 08:00") &&
               step(4, "2026-09-07 09:00", u"intake"_s, u"classify"_s, lighting) &&
               step(4, "2026-09-07 09:00", u"intake"_s, u"dispatch"_s, toWard) &&
               step(4, "2026-09-10 09:00", u"supervisor"_s, u"escalate"_s,
                    {{u"note"_s, u"Phường chưa tiếp nhận"_s}}) &&
               // R5: a state secret being handled.
               byPhone(5, "2026-09-08 08:00", u"state_secret"_s) &&
               step(5, "2026-09-08 09:00", u"intake.cleared"_s, u"classify"_s, lighting) &&
               step(5, "2026-09-08 09:00", u"intake.cleared"_s, u"dispatch"_s, toSxd) &&
               step(5, "2026-09-08 09:30", u"sxd.specialist"_s, u"accept"_s, {}) &&
               // R6: the last afternoon of September.
               byPhone(6, "2026-09-30 15:00");
    }

private:
    bool failed(const QString& why)
    {
        m_error = why;
        return false;
    }

    bool byPhone(int report, const char* when, const QString& confidentiality = u"public"_s)
    {
        m_store.clock().set(at(when));
        // A state secret is entered by someone cleared for it.
        const bool secret = confidentiality == u"state_secret";
        if (secret && !m_store.addUser(u"intake.cleared"_s, u"intake_operator"_s, {}, true))
            return failed(u"no cleared intake operator"_s);
        m_ids[report] = m_store.submitReport(m_store.login(secret ? u"intake.cleared"_s : u"intake"_s),
                                             u"Phản ánh R%1"_s.arg(report), confidentiality);
        m_versions[report] = 1;
        return !m_ids[report].isEmpty() || failed(u"R%1 was not submitted"_s.arg(report));
    }

    bool fromTheApp(int report, const char* when)
    {
        m_store.clock().set(at(when));
        if (m_apiKey.isEmpty())
            m_apiKey = m_store.createApiKey(u"smart-quang-ninh"_s);
        const Reply created =
            m_store.request("POST", u"/open311/v2/requests.json"_s, formBody(citizenFields(m_apiKey)), {},
                            "application/x-www-form-urlencoded");
        if (created.status != 201)
            return failed(u"R%1 from the app: %2"_s.arg(report).arg(QString::fromUtf8(created.body)));
        m_ids[report] = firstObject(created).value(u"service_request_id"_s).toString();
        m_citizenToken = firstObject(created).value(u"token"_s).toString();
        m_versions[report] = m_store.get(u"/api/v1/reports/"_s + m_ids[report], m_store.login(u"intake"_s))
                                 .json()
                                 .value(u"report"_s)
                                 .toObject()
                                 .value(u"version"_s)
                                 .toInteger();
        return true;
    }

    bool step(int report, const char* when, const QString& user, const QString& type,
              const QJsonObject& payload)
    {
        m_store.clock().set(at(when));
        const QJsonObject answer =
            m_store.command(m_store.login(user), type, m_ids[report], m_versions[report], payload);
        if (answer.value(u"status"_s).toString() != u"applied")
            return failed(u"R%1 %2 by %3: %4"_s.arg(report).arg(
                type, user, QString::fromUtf8(QJsonDocument(answer).toJson())));
        m_versions[report] = answer.value(u"version"_s).toInteger();
        return true;
    }

    bool rate(int report, const char* when, const QString& level)
    {
        m_store.clock().set(at(when));
        const Fields fields{{u"api_key"_s, m_apiKey}, {u"token"_s, m_citizenToken}, {u"rating"_s, level}};
        const Reply reply =
            m_store.request("POST", u"/open311/v2/requests/%1/rating.json"_s.arg(m_ids[report]),
                            formBody(fields), {}, "application/x-www-form-urlencoded");
        if (reply.status != 200)
            return failed(u"R%1 rating: %2"_s.arg(report).arg(QString::fromUtf8(reply.body)));
        ++m_versions[report];
        return true;
    }

    StoreFixture& m_store;
    QStringList m_ids;
    QList<qint64> m_versions;
    QString m_apiKey;
    QString m_citizenToken;
    QString m_error;
};

} // namespace paht::store::testing
