// Open311 GeoReport v2 for the citizen app (R-1, R-3, R-4, R-16 … ), over real HTTP on
// loopback against a real store: discovery, services and new requests.

#include "Open311Client.h"

using namespace paht;
using namespace paht::store;
using namespace paht::store::testing;
using namespace Qt::StringLiterals;

class TestStoreOpen311 : public Open311Test
{
    Q_OBJECT

private slots:
    void discoveryInJsonAndXml()
    {
        const Reply json = m_store->get(u"/open311/v2/discovery.json"_s);
        QCOMPARE(json.status, 200);
        QVERIFY(json.header("content-type").startsWith("application/json"));
        const QJsonObject discovery = json.json();
        QVERIFY(!discovery.value(u"changeset"_s).toString().isEmpty());
        QVERIFY(discovery.value(u"contact"_s).toString().contains(u"Quảng Ninh"_s));
        QVERIFY(!discovery.value(u"key_service"_s).toString().isEmpty());
        const QJsonObject endpoint = discovery.value(u"endpoints"_s).toArray().first().toObject();
        QCOMPARE(endpoint.value(u"specification"_s).toString(), u"http://wiki.open311.org/GeoReport_v2"_s);
        QCOMPARE(endpoint.value(u"url"_s).toString(), m_store->url(u"/open311/v2/"_s).toString());
        QCOMPARE(endpoint.value(u"formats"_s).toArray(), (QJsonArray{u"text/xml"_s, u"application/json"_s}));

        const Reply xml = m_store->get(u"/open311/v2/discovery.xml"_s);
        QCOMPARE(xml.status, 200);
        QVERIFY(xml.header("content-type").startsWith("text/xml"));
        QString root;
        const auto endpoints = xmlItems(xml.body, u"endpoint"_s, &root);
        QCOMPARE(root, u"discovery"_s);
        QCOMPARE(endpoints.size(), 1);
        QCOMPARE(endpoints.first().value(u"specification"_s), u"http://wiki.open311.org/GeoReport_v2"_s);
        QCOMPARE(endpoints.first().value(u"formats"_s), u"text/xmlapplication/json"_s);
    }

    void servicesInJsonAndXml()
    {
        const Reply json = m_store->get(u"/open311/v2/services.json"_s);
        QCOMPARE(json.status, 200);
        const QJsonArray services = jsonArray(json);
        QCOMPARE(services.size(), 2);
        const QJsonObject water = services.at(0).toObject();
        QCOMPARE(water.value(u"service_code"_s).toString(), u"cap_nuoc"_s);
        QCOMPARE(water.value(u"service_name"_s).toString(), u"Cấp nước sạch"_s);
        QCOMPARE(water.value(u"metadata"_s).toBool(true), false);
        QCOMPARE(water.value(u"type"_s).toString(), u"realtime"_s);
        QVERIFY(water.contains(u"keywords"_s) && water.contains(u"group"_s));

        // XML is the spec's default: no extension answers XML.
        for (const QString& path : {u"/open311/v2/services.xml"_s, u"/open311/v2/services"_s}) {
            const Reply xml = m_store->get(path);
            QCOMPARE(xml.status, 200);
            QVERIFY(xml.header("content-type").startsWith("text/xml"));
            QString root;
            const auto items = xmlItems(xml.body, u"service"_s, &root);
            QCOMPARE(root, u"services"_s);
            QCOMPARE(items.size(), 2);
            QCOMPARE(items.at(1).value(u"service_code"_s), u"chieu_sang"_s);
            QCOMPARE(items.at(1).value(u"service_name"_s), u"Chiếu sáng công cộng"_s);
            QCOMPARE(items.at(1).value(u"metadata"_s), u"false"_s);
            QCOMPARE(items.at(1).value(u"type"_s), u"realtime"_s);
        }
    }

    void serviceDefinitionOrSpecError()
    {
        const Reply known = m_store->get(u"/open311/v2/services/chieu_sang.json"_s);
        QCOMPARE(known.status, 200);
        QCOMPARE(known.json().value(u"service_code"_s).toString(), u"chieu_sang"_s);
        QVERIFY(known.json().value(u"attributes"_s).toArray().isEmpty());

        const Reply json = m_store->get(u"/open311/v2/services/khong_co.json"_s);
        QCOMPARE(json.status, 404);
        QCOMPARE(firstObject(json).value(u"code"_s).toInt(), 404);
        QVERIFY(firstObject(json).value(u"description"_s).toString().contains(u"khong_co"_s));

        const Reply xml = m_store->get(u"/open311/v2/services/khong_co.xml"_s);
        QCOMPARE(xml.status, 404);
        QString root;
        const auto errors = xmlItems(xml.body, u"error"_s, &root);
        QCOMPARE(root, u"errors"_s);
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.first().value(u"code"_s), u"404"_s);
    }

    void postRequestReachesIntakeWithContact()
    {
        const Fields fields =
            with(citizenFields(m_key), u"media_url"_s, u"https://anh.example.vn/den-duong.jpg"_s);
        const Reply reply = postForm(u"/open311/v2/requests.json"_s, fields);
        QCOMPARE(reply.status, 201);
        const QJsonObject answer = firstObject(reply);
        const QString id = answer.value(u"service_request_id"_s).toString();
        QVERIFY(id.startsWith(u"PAHT-2026-"_s));
        QVERIFY(answer.value(u"token"_s).toString().size() >= 40);
        QVERIFY(answer.value(u"service_notice"_s).toString().contains(id));

        const QJsonObject report = staffReport(id);
        QCOMPARE(report.value(u"state"_s).toString(), u"received"_s);
        QCOMPARE(report.value(u"categoryCode"_s).toString(), u"chieu_sang"_s);
        const QJsonObject reporter = report.value(u"reporter"_s).toObject();
        QCOMPARE(reporter.value(u"name"_s).toString(), kReporterName);
        QCOMPARE(reporter.value(u"phone"_s).toString(), kReporterPhone);
        QCOMPARE(reporter.value(u"email"_s).toString(), kReporterEmail);
        const QJsonObject location = report.value(u"location"_s).toObject();
        QCOMPARE(location.value(u"latitude"_s).toDouble(), 20.9473);
        QCOMPARE(location.value(u"address"_s).toString(), u"Đường Hạ Long, Bãi Cháy"_s);
        QVERIFY(report.value(u"description"_s)
                    .toString()
                    .endsWith(u"media_url: https://anh.example.vn/den-duong.jpg"_s));

        // The public record gives the link back, separate from the citizen's text.
        const QJsonObject record = firstObject(m_store->get(u"/open311/v2/requests/%1.json"_s.arg(id)));
        QCOMPARE(record.value(u"media_url"_s).toString(), u"https://anh.example.vn/den-duong.jpg"_s);
        QCOMPARE(record.value(u"description"_s).toString(),
                 u"Đèn đường trước số 12 Hạ Long không sáng từ tối qua."_s);

        // The token names the request it belongs to.
        const QString token = answer.value(u"token"_s).toString();
        const Reply lookup = m_store->get(u"/open311/v2/tokens/%1.json"_s.arg(token));
        QCOMPARE(lookup.status, 200);
        QCOMPARE(firstObject(lookup).value(u"service_request_id"_s).toString(), id);
        QCOMPARE(m_store->get(u"/open311/v2/tokens/khong-phai-ma.json"_s).status, 404);
    }

    void postRequestInXmlAndAsJsonBody()
    {
        const Reply xml = postForm(u"/open311/v2/requests.xml"_s, citizenFields(m_key));
        QCOMPARE(xml.status, 201);
        QString root;
        const auto items = xmlItems(xml.body, u"request"_s, &root);
        QCOMPARE(root, u"service_requests"_s);
        QCOMPARE(items.size(), 1);
        QVERIFY(items.first().value(u"service_request_id"_s).startsWith(u"PAHT-"_s));
        QVERIFY(!items.first().value(u"token"_s).isEmpty());

        QJsonObject body;
        for (const auto& field : citizenFields(m_key))
            body.insert(field.first, field.second);
        body.insert(u"lat"_s, 21.0064); // numbers as numbers
        body.insert(u"long"_s, 107.2925);
        body.insert(u"description"_s, u"Nước bẩn\u0001 có mùi"_s); // a control character XML cannot carry
        const Reply json = m_store->post(u"/open311/v2/requests.json"_s, body);
        QCOMPARE(json.status, 201);
        const QString id = firstObject(json).value(u"service_request_id"_s).toString();
        QCOMPARE(staffReport(id).value(u"location"_s).toObject().value(u"latitude"_s).toDouble(), 21.0064);
        // The XML list stays well-formed.
        QXmlStreamReader reader(m_store->get(u"/open311/v2/requests/%1.xml"_s.arg(id)).body);
        while (!reader.atEnd())
            reader.readNext();
        QVERIFY2(!reader.hasError(), qPrintable(reader.errorString()));
    }

    void postRequestNeedsAnApiKey()
    {
        const Reply missing =
            postForm(u"/open311/v2/requests.json"_s, without(citizenFields(m_key), u"api_key"_s));
        QCOMPARE(missing.status, 401);
        QCOMPARE(firstObject(missing).value(u"code"_s).toInt(), 401);
        QVERIFY(firstObject(missing).value(u"description"_s).toString().contains(u"api_key"_s));

        const Reply wrong =
            postForm(u"/open311/v2/requests.xml"_s, with(citizenFields(m_key), u"api_key"_s, u"sai-khoa"_s));
        QCOMPARE(wrong.status, 403);
        QCOMPARE(xmlItems(wrong.body, u"error"_s).first().value(u"code"_s), u"403"_s);
        QCOMPARE(storedReports(), 0);
    }

    void postRequestValidation_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value"); // "<absent>" removes the field
        QTest::addColumn<QString>("named");

        const QString absent = u"<absent>"_s;
        QTest::newRow("no service") << "service_code" << absent << "service_code";
        QTest::newRow("unknown service") << "service_code"
                                         << "xay_dung_trai_phep"
                                         << "service_code";
        QTest::newRow("no lat") << "lat" << absent << "lat";
        QTest::newRow("lat not a number") << "lat"
                                          << "hai mươi"
                                          << "lat";
        QTest::newRow("lat beyond 90") << "lat"
                                       << "95"
                                       << "lat";
        QTest::newRow("long beyond 180") << "long"
                                         << "-200"
                                         << "long";
        QTest::newRow("outside the province") << "lat"
                                              << "21.0285"
                                              << "Quảng Ninh"; // Hà Nội's latitude, with long
        QTest::newRow("no description") << "description" << absent << "description";
        QTest::newRow("description too long")
            << "description" << QString(4001, QLatin1Char('x')) << "description";
        QTest::newRow("no name") << "first_name" << absent << "first_name";
        QTest::newRow("malformed phone") << "phone"
                                         << "12345"
                                         << "phone";
        QTest::newRow("malformed email") << "email"
                                         << "dan-at-example"
                                         << "email";
        QTest::newRow("state secret") << "confidentiality"
                                      << "state_secret"
                                      << "confidentiality";
        QTest::newRow("bad attachment") << "attachments"
                                        << "abc"
                                        << "attachments";
        QTest::newRow("attachment not uploaded")
            << "attachments" << QString(64, QLatin1Char('a')) << "attachments";
        QTest::newRow("media_url not a web address") << "media_url"
                                                     << "javascript:alert(1)"
                                                     << "media_url";
    }

    void postRequestValidation()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(QString, named);
        Fields fields = citizenFields(m_key);
        fields = value == QLatin1String("<absent>") ? without(fields, field) : with(fields, field, value);
        if (field == QLatin1String("first_name"))
            fields = without(fields, u"last_name"_s);
        if (QByteArray(QTest::currentDataTag()) == "outside the province")
            fields = with(fields, u"long"_s, u"105.8542"_s);
        const Reply reply = postForm(u"/open311/v2/requests.json"_s, fields);
        QCOMPARE(reply.status, 400);
        const QJsonObject error = firstObject(reply);
        QCOMPARE(error.value(u"code"_s).toInt(), 400);
        QVERIFY2(error.value(u"description"_s).toString().contains(named), reply.body.constData());
        QCOMPARE(storedReports(), 0);
    }

    void contactNeedsPhoneOrEmail()
    {
        Fields fields = without(without(citizenFields(m_key), u"phone"_s), u"email"_s);
        const Reply none = postForm(u"/open311/v2/requests.json"_s, fields);
        QCOMPARE(none.status, 400);
        QVERIFY(firstObject(none).value(u"description"_s).toString().startsWith(u"phone"_s));
        // One way to reach the reporter is enough at the door; the operator checks the rest.
        const Reply phoneOnly =
            postForm(u"/open311/v2/requests.json"_s, without(citizenFields(m_key), u"email"_s));
        QCOMPARE(phoneOnly.status, 201);
    }

    void malformedBodiesAreRefusedClearly()
    {
        const QString path = u"/open311/v2/requests.json"_s;
        const Reply badJson = m_store->request("POST", path, "{\"api_key\": ", {}, "application/json");
        QCOMPARE(badJson.status, 400);
        QVERIFY(firstObject(badJson).value(u"description"_s).toString().contains(u"JSON"_s));
        const Reply notObject = m_store->request("POST", path, "[1,2]", {}, "application/json");
        QCOMPARE(notObject.status, 400);
        const Reply nested = m_store->request("POST", path, "{\"lat\": {\"x\": 1}}", {}, "application/json");
        QCOMPARE(nested.status, 400);
        QVERIFY(firstObject(nested).value(u"description"_s).toString().startsWith(u"lat"_s));
        const Reply badEscape =
            m_store->request("POST", path, formBody(citizenFields(m_key)) + "&description=%zz", {},
                             "application/x-www-form-urlencoded");
        QCOMPARE(badEscape.status, 400);
        QVERIFY(firstObject(badEscape).value(u"description"_s).toString().contains(u"malformed"_s));
        const Reply badUtf8 =
            m_store->request("POST", path, "description=%C3%28&" + formBody(citizenFields(m_key)), {},
                             "application/x-www-form-urlencoded");
        QCOMPARE(badUtf8.status, 400);
        const Reply multipart =
            m_store->request("POST", path, "--x\r\n", {}, "multipart/form-data; boundary=x");
        QCOMPARE(multipart.status, 415);
        QCOMPARE(firstObject(multipart).value(u"code"_s).toInt(), 415);
        QCOMPARE(storedReports(), 0);
    }
};

QTEST_GUILESS_MAIN(TestStoreOpen311)
#include "tst_store_open311.moc"
