// Open311 GeoReport v2 for the citizen app (R-1, R-3, R-4, R-16 … ), over real HTTP on
// loopback against a real store: following, answering and rating a request, photos.

#include "Open311Client.h"

using namespace paht;
using namespace paht::store;
using namespace paht::store::testing;
using namespace Qt::StringLiterals;

class TestStoreOpen311Follow : public Open311Test
{
    Q_OBJECT

private slots:
    void listShowsPublicRequestsWithoutReporters()
    {
        const QString open311Public = submit().first;
        const QString open311Confidential = submit(u"confidential"_s).first;
        QVERIFY(m_store->addUser(u"cleared"_s, u"intake_operator"_s, {}, true));
        const QString secret =
            m_store->submitReport(m_store->login(u"cleared"_s), u"Bí mật"_s, u"state_secret"_s);
        const QString staffPublic = m_store->submitReport(m_intake);
        QVERIFY(!secret.isEmpty() && !staffPublic.isEmpty());

        const Reply json = m_store->get(u"/open311/v2/requests.json"_s);
        QCOMPARE(json.status, 200);
        QStringList ids;
        for (const QJsonValue& value : jsonArray(json))
            ids.append(value.toObject().value(u"service_request_id"_s).toString());
        ids.sort();
        QStringList expected{open311Public, staffPublic};
        expected.sort();
        QCOMPARE(ids, expected);

        const Reply xml = m_store->get(u"/open311/v2/requests.xml"_s);
        QCOMPARE(xmlItems(xml.body, u"request"_s).size(), 2);
        for (const Reply& reply : {json, xml}) {
            for (const QString& identity : {kReporterName, u"Phạm"_s, kReporterPhone, kReporterEmail}) {
                QVERIFY2(!QString::fromUtf8(reply.body).contains(identity), qPrintable(identity));
            }
            QVERIFY(!reply.body.contains(open311Confidential.toUtf8()) &&
                    !reply.body.contains(secret.toUtf8()));
        }

        // By id: confidential, state-secret and unknown answer the same 404.
        const QJsonObject record =
            firstObject(m_store->get(u"/open311/v2/requests/%1.json"_s.arg(open311Public)));
        QCOMPARE(record.value(u"status"_s).toString(), u"open"_s);
        QCOMPARE(record.value(u"service_name"_s).toString(), u"Chiếu sáng công cộng"_s);
        QCOMPARE(record.value(u"lat"_s).toDouble(), 20.9473);
        QVERIFY(record.value(u"status_notes"_s).isNull());
        const QString unknown = u"PAHT-2026-009999"_s;
        for (const QString& hidden : {open311Confidential, secret, unknown}) {
            const Reply reply = m_store->get(u"/open311/v2/requests/%1.json"_s.arg(hidden));
            QCOMPARE(reply.status, 404);
            QCOMPARE(firstObject(reply).value(u"description"_s).toString(), u"No request %1"_s.arg(hidden));
        }
        const Reply listed = m_store->get(u"/open311/v2/requests.json?service_request_id=%1,%2,%3"_s.arg(
            open311Public, open311Confidential, secret));
        QCOMPARE(jsonArray(listed).size(), 1);
    }

    void reporterFollowsOwnConfidentialRequest()
    {
        const auto [id, token] = submit(u"confidential"_s);
        const QString path = u"/open311/v2/requests/%1.json"_s.arg(id);
        QCOMPARE(m_store->get(path).status, 404);
        const Reply own = m_store->get(path + u"?api_key=%1&token=%2"_s.arg(m_key, token));
        QCOMPARE(own.status, 200);
        QCOMPARE(firstObject(own).value(u"service_request_id"_s).toString(), id);
        QVERIFY(!own.body.contains(kReporterPhone.toUtf8()));
        QCOMPARE(m_store->get(path + u"?api_key=%1&token=sai"_s.arg(m_key)).status, 403);
        QCOMPARE(m_store->get(path + u"?token=%1"_s.arg(token)).status, 401);

        // Once the center marks a report a state secret, its reporter sees only its progress.
        const auto [secret, secretToken] = submit();
        QVERIFY(m_store->addUser(u"cleared"_s, u"intake_operator"_s, {}, true));
        const QJsonObject marked = m_store->command(m_store->login(u"cleared"_s), u"set_confidentiality"_s,
                                                    secret, 1, {{u"confidentiality"_s, u"state_secret"_s}});
        QCOMPARE(marked.value(u"status"_s).toString(), u"applied"_s);
        const QString secretPath = u"/open311/v2/requests/%1.json"_s.arg(secret);
        QCOMPARE(m_store->get(secretPath).status, 404);
        const QJsonObject progress =
            firstObject(m_store->get(secretPath + u"?api_key=%1&token=%2"_s.arg(m_key, secretToken)));
        QCOMPARE(progress.value(u"status"_s).toString(), u"open"_s);
        QVERIFY(progress.value(u"description"_s).isNull() && progress.value(u"address"_s).isNull());
        QVERIFY(progress.value(u"lat"_s).isNull() && progress.value(u"long"_s).isNull());
    }

    void defaultWindowIsNinetyDaysAndFiltersApply()
    {
        const QString march = submit().first;
        m_store->clock().advance(100 * 24 * 3600);
        m_intake = m_store->login(u"intake"_s); // the session of March has expired
        const QString june = submit().first;
        QCOMPARE(postForm(u"/open311/v2/requests.json"_s,
                          with(citizenFields(m_key), u"service_code"_s, u"cap_nuoc"_s))
                     .status,
                 201);

        const auto idsOf = [this](const QString& query) {
            const Reply reply = m_store->get(u"/open311/v2/requests.json"_s + query);
            QStringList ids;
            for (const QJsonValue& value : jsonArray(reply))
                ids.append(value.toObject().value(u"service_request_id"_s).toString());
            return ids;
        };
        QCOMPARE(idsOf({}).size(), 2);
        QVERIFY(!idsOf({}).contains(march));
        QCOMPARE(idsOf(QStringLiteral(
                     "?start_date=2026-03-01T00:00:00%2B07:00&end_date=2026-03-31T23:59:59%2B07:00")),
                 QStringList{march});
        QCOMPARE(idsOf(u"?start_date=2026-03-01"_s), QStringList{march});
        QCOMPARE(idsOf(u"?service_code=chieu_sang"_s), QStringList{june});

        // Reject the June light report: it is closed now.
        const QJsonObject rejected =
            m_store->command(m_intake, u"reject"_s, june, 1,
                             {{u"kind"_s, u"complaint"_s}, {u"reason"_s, u"Đây là khiếu nại."_s}});
        QCOMPARE(rejected.value(u"status"_s).toString(), u"applied"_s);
        QCOMPARE(idsOf(u"?status=closed"_s), QStringList{june});
        QCOMPARE(idsOf(u"?status=open"_s).size(), 1);
        QVERIFY(!idsOf(u"?status=open"_s).contains(june));
        QCOMPARE(idsOf(u"?status=open,closed"_s).size(), 2);
        // A refused complaint may accuse people: listed, but without its text.
        const QJsonObject closed = firstObject(m_store->get(u"/open311/v2/requests/%1.json"_s.arg(june)));
        QVERIFY(closed.value(u"description"_s).isNull());

        for (const QString& bad : {u"?start_date=hôm-qua"_s, u"?end_date=2026-13-01"_s,
                                   u"?start_date=2026-01-01&end_date=2026-06-01"_s, u"?status=pending"_s}) {
            const Reply reply = m_store->get(u"/open311/v2/requests.json"_s + bad);
            QCOMPARE(reply.status, 400);
            const QString description = firstObject(reply).value(u"description"_s).toString();
            QVERIFY2(description.startsWith(u"start_date"_s) || description.startsWith(u"end_date"_s) ||
                         description.startsWith(u"status"_s),
                     qPrintable(description));
        }
    }

    void expectedDatetimeIsTheIntakeDeadline()
    {
        const QString id = submit().first;
        const QJsonObject record = firstObject(m_store->get(u"/open311/v2/requests/%1.json"_s.arg(id)));
        const QString expected = record.value(u"expected_datetime"_s).toString();
        QVERIFY(expected.endsWith(u"+07:00"_s));
        QDateTime deadline;
        QVERIFY(instantFromString(
                    staffReport(id).value(u"intake"_s).toObject().value(u"deadline"_s).toString(), &deadline)
                    .isEmpty());
        QCOMPARE(w3c(expected), deadline);
        QCOMPARE(w3c(record.value(u"requested_datetime"_s).toString()), m_store->clock().now());
        // Monday 09:00 in Hạ Long plus one working day.
        QCOMPARE(expected, u"2026-03-10T09:00:00+07:00"_s);
    }

    void publishedRequestIsClosedWithTheAnswer()
    {
        const QString id = submit().first;
        const QString answer = u"Sở Xây dựng đã thay bóng đèn ngày 10/3/2026. Trân trọng cảm ơn."_s;
        publish(id, answer);
        const QJsonObject record = firstObject(m_store->get(u"/open311/v2/requests/%1.json"_s.arg(id)));
        QCOMPARE(record.value(u"status"_s).toString(), u"closed"_s);
        QCOMPARE(record.value(u"status_notes"_s).toString(), answer);
        QCOMPARE(record.value(u"agency_responsible"_s).toString(), u"Sở Xây dựng"_s);
        QVERIFY(record.value(u"expected_datetime"_s).isNull());
    }

    void timelineShowsOnlyPublicSteps()
    {
        const QString id = submit().first;
        publish(id, u"Đã sửa xong."_s);
        const Reply reply = m_store->get(u"/open311/v2/requests/%1/timeline.json"_s.arg(id));
        QCOMPARE(reply.status, 200);
        QStringList types;
        for (const QJsonValue& value : jsonArray(reply)) {
            types.append(value.toObject().value(u"type"_s).toString());
            if (types.last() == QLatin1String("dispatched"))
                QCOMPARE(value.toObject().value(u"agency"_s).toString(), u"Sở Xây dựng"_s);
        }
        QCOMPARE(types, (QStringList{u"received"_s, u"dispatched"_s, u"assignment_accepted"_s,
                                     u"result_approved"_s, u"published"_s}));
        for (const QByteArray& user : {QByteArray("sxd.specialist"), QByteArray("sxd.leader"),
                                       QByteArray("editor"), QByteArray("\"intake\""), QByteArray("citizen")})
            QVERIFY2(!reply.body.contains(user), user.constData());

        const QString confidential = submit(u"confidential"_s).first;
        QCOMPARE(m_store->get(u"/open311/v2/requests/%1/timeline.json"_s.arg(confidential)).status, 404);
        const Reply xml = m_store->get(u"/open311/v2/requests/%1/timeline.xml"_s.arg(id));
        QCOMPARE(xmlItems(xml.body, u"event"_s).size(), 5);
    }

    void feedbackAndRatingNeedTheToken()
    {
        const auto [id, token] = submit();
        const QString rating = u"/open311/v2/requests/%1/rating.json"_s.arg(id);
        const QString feedback = u"/open311/v2/requests/%1/feedback.json"_s.arg(id);
        const Fields rate{{u"api_key"_s, m_key},
                          {u"token"_s, token},
                          {u"rating"_s, u"satisfied"_s},
                          {u"comment"_s, u"Sửa nhanh."_s}};

        // Before publication the workflow refuses: 409 with its reason.
        const Reply early = postForm(rating, rate);
        QCOMPARE(early.status, 409);
        QVERIFY(firstObject(early).value(u"description"_s).toString().contains(u"received"_s));

        publish(id, u"Đã thay bóng đèn."_s);
        QCOMPARE(postForm(rating, with(rate, u"token"_s, u"doan-mo"_s)).status, 403);
        QCOMPARE(postForm(rating, without(rate, u"token"_s)).status, 401);
        QCOMPARE(postForm(rating, without(rate, u"api_key"_s)).status, 401);
        const Reply badLevel = postForm(rating, with(rate, u"rating"_s, u"tuyet_voi"_s));
        QCOMPARE(badLevel.status, 400);
        QVERIFY(firstObject(badLevel).value(u"description"_s).toString().startsWith(u"rating"_s));
        // Another report's token does not open this one.
        const QString otherToken = submit().second;
        QCOMPARE(postForm(rating, with(rate, u"token"_s, otherToken)).status, 403);

        QCOMPARE(postForm(rating, rate).status, 200);
        const Fields ask{{u"api_key"_s, m_key},
                         {u"token"_s, token},
                         {u"text"_s, u"Đèn số 14 vẫn chưa sáng, đề nghị kiểm tra."_s}};
        QCOMPARE(postForm(feedback, with(ask, u"token"_s, otherToken)).status, 403);
        QCOMPARE(postForm(feedback, without(ask, u"text"_s)).status, 400);
        const Reply asked = postForm(feedback, ask);
        QCOMPARE(asked.status, 200);
        QCOMPARE(firstObject(asked).value(u"service_request_id"_s).toString(), id);
        // SXD owes an answer to the first question: a second one waits.
        QCOMPARE(postForm(feedback, ask).status, 409);

        const QJsonObject report = staffReport(id);
        QCOMPARE(report.value(u"rating"_s).toObject().value(u"level"_s).toString(), u"satisfied"_s);
        QCOMPARE(report.value(u"citizenFeedback"_s).toArray().size(), 1);
    }

    void photoUploadAcceptsImagesOnly()
    {
        const QString path = u"/open311/v2/media?api_key=%1"_s.arg(m_key);
        const Reply uploaded = m_store->request("POST", path, kPng, {}, "image/png");
        QCOMPARE(uploaded.status, 201);
        const QString sha = uploaded.json().value(u"sha256"_s).toString();
        QCOMPARE(sha,
                 QString::fromLatin1(QCryptographicHash::hash(kPng, QCryptographicHash::Sha256).toHex()));
        QCOMPARE(uploaded.json().value(u"content_type"_s).toString(), u"image/png"_s);

        const Reply reply =
            postForm(u"/open311/v2/requests.json"_s, with(citizenFields(m_key), u"attachments"_s, sha));
        QCOMPARE(reply.status, 201);
        const QString id = firstObject(reply).value(u"service_request_id"_s).toString();
        QCOMPARE(staffReport(id).value(u"attachments"_s).toArray(), QJsonArray{sha});

        const Reply text = m_store->request("POST", path, "không phải ảnh", {}, "image/png");
        QCOMPARE(text.status, 415);
        QCOMPARE(firstObject(text).value(u"code"_s).toInt(), 415);
        QCOMPARE(m_store->request("POST", path, "%PDF-1.4\n", {}, "application/pdf").status, 415);
        QCOMPARE(m_store->request("POST", u"/open311/v2/media"_s, kPng, {}, "image/png").status, 401);
        QCOMPARE(m_store->request("POST", u"/open311/v2/media?api_key=sai"_s, kPng, {}, "image/png").status,
                 403);
    }

    void oversizedPhotoIsRefused()
    {
        StoreLimits limits;
        limits.maxAttachmentBytes = 1024;
        StoreFixture small(QDateTime(QDate(2026, 3, 9), QTime(2, 0), Qt::UTC), limits);
        QVERIFY(small.ok());
        const QString key = small.createApiKey(u"app"_s);
        const QByteArray big = kPng + QByteArray(2048, '\0');
        const Reply reply =
            small.request("POST", u"/open311/v2/media.json?api_key=%1"_s.arg(key), big, {}, "image/png");
        QCOMPARE(reply.status, 413);
        QCOMPARE(firstObject(reply).value(u"code"_s).toInt(), 413);
        QCOMPARE(small.request("POST", u"/open311/v2/media.json?api_key=%1"_s.arg(key), kPng, {}, "image/png")
                     .status,
                 201);
    }
};

QTEST_GUILESS_MAIN(TestStoreOpen311Follow)
#include "tst_store_open311_follow.moc"
