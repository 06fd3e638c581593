// Open311 GeoReport v2 for the citizen app (R-1, R-3, R-4, R-16 … ), over real HTTP on
// loopback against a real store.

#include "StoreFixture.h"

#include "domain/Instant.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QTest>
#include <QUrl>
#include <QXmlStreamReader>

using namespace paht;
using namespace paht::store;
using namespace paht::store::testing;
using namespace Qt::StringLiterals;

namespace {

using Fields = QList<QPair<QString, QString>>;

// A 1×1 PNG made by hand: signature, IHDR, IDAT, IEND.
const QByteArray kPng =
    QByteArray::fromHex("89504e470d0a1a0a0000000d4948445200000001000000010802000000907753de000000"
                        "0c49444154789c63f8cfc0000003010100c9fe92ef0000000049454e44ae426082");
const QString kReporterName = u"Phạm Thị Dân"_s;
const QString kReporterPhone = u"0912345678"_s;
const QString kReporterEmail = u"dan@example.vn"_s;

QByteArray formBody(const Fields& fields)
{
    QByteArrayList pairs;
    for (const auto& field : fields)
        pairs.append(QUrl::toPercentEncoding(field.first) + '=' + QUrl::toPercentEncoding(field.second));
    return pairs.join('&');
}

Fields citizenFields(const QString& apiKey, const QString& confidentiality = u"public"_s)
{
    return {{u"api_key"_s, apiKey},
            {u"service_code"_s, u"chieu_sang"_s},
            {u"lat"_s, u"20.9473"_s},
            {u"long"_s, u"107.0304"_s},
            {u"address_string"_s, u"Đường Hạ Long, Bãi Cháy"_s},
            {u"description"_s, u"Đèn đường trước số 12 Hạ Long không sáng từ tối qua."_s},
            {u"first_name"_s, u"Dân"_s},
            {u"last_name"_s, u"Phạm Thị"_s},
            {u"phone"_s, kReporterPhone},
            {u"email"_s, kReporterEmail},
            {u"confidentiality"_s, confidentiality}};
}

Fields with(Fields fields, const QString& name, const QString& value)
{
    for (auto& field : fields) {
        if (field.first == name) {
            field.second = value;
            return fields;
        }
    }
    fields.append({name, value});
    return fields;
}

Fields without(Fields fields, const QString& name)
{
    fields.erase(std::remove_if(fields.begin(), fields.end(), [&](const auto& f) { return f.first == name; }),
                 fields.end());
    return fields;
}

QJsonArray jsonArray(const Reply& reply)
{
    return QJsonDocument::fromJson(reply.body).array();
}

QJsonObject firstObject(const Reply& reply)
{
    return jsonArray(reply).first().toObject();
}

// The children of every <item> element as name → text; nested elements are flattened to their text.
QList<QHash<QString, QString>> xmlItems(const QByteArray& body, const QString& item, QString* root = nullptr)
{
    QList<QHash<QString, QString>> items;
    QXmlStreamReader xml(body);
    int depth = 0;
    QString field;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            ++depth;
            if (depth == 1 && root)
                *root = xml.name().toString();
            if (xml.name() == item)
                items.append(QHash<QString, QString>());
            else if (!items.isEmpty() && field.isEmpty())
                field = xml.name().toString();
        } else if (xml.isCharacters() && !items.isEmpty() && !field.isEmpty()) {
            items.last()[field] += xml.text().toString();
        } else if (xml.isEndElement()) {
            --depth;
            if (xml.name() == field)
                field.clear();
        }
    }
    if (xml.hasError())
        qWarning() << "XML error:" << xml.errorString();
    return items;
}

QDateTime w3c(const QString& text)
{
    return QDateTime::fromString(text, Qt::ISODate).toUTC();
}

} // namespace

class TestStoreOpen311 : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<StoreFixture> m_store;
    QString m_key;
    QString m_intake;

    Reply postForm(const QString& path, const Fields& fields)
    {
        return m_store->request("POST", path, formBody(fields), {}, "application/x-www-form-urlencoded");
    }
    // Posts a valid citizen request and returns {id, token}.
    QPair<QString, QString> submit(const QString& confidentiality = u"public"_s)
    {
        const Reply reply = postForm(u"/open311/v2/requests.json"_s, citizenFields(m_key, confidentiality));
        if (reply.status != 201)
            qWarning() << reply.status << reply.body;
        const QJsonObject answer = firstObject(reply);
        return {answer.value(u"service_request_id"_s).toString(), answer.value(u"token"_s).toString()};
    }
    QJsonObject staffReport(const QString& id)
    {
        return m_store->get(u"/api/v1/reports/%1"_s.arg(id), m_intake).json().value(u"report"_s).toObject();
    }
    int storedReports()
    {
        return m_store->get(u"/api/v1/snapshot"_s, m_intake).json().value(u"reports"_s).toArray().size();
    }
    // Takes a public report from dispatch to publication, as the center and agency SXD would.
    void publish(const QString& id, const QString& answer)
    {
        struct Step
        {
            QString user;
            QString type;
            QJsonObject payload;
        };
        const QList<Step> steps{
            {u"intake"_s, u"dispatch"_s, {{u"agencies"_s, QJsonArray{u"SXD"_s}}}},
            {u"sxd.specialist"_s, u"accept"_s, {}},
            {u"sxd.specialist"_s, u"submit_result"_s, {{u"text"_s, u"Đã thay bóng đèn."_s}}},
            {u"sxd.leader"_s, u"approve"_s, {}},
            {u"editor"_s, u"publish"_s, {{u"text"_s, answer}}},
        };
        qint64 version = staffReport(id).value(u"version"_s).toInteger();
        for (const Step& step : steps) {
            const QJsonObject result =
                m_store->command(m_store->login(step.user), step.type, id, version, step.payload);
            QCOMPARE(result.value(u"status"_s).toString(), u"applied"_s);
            version = result.value(u"version"_s).toInteger();
        }
    }

private slots:
    void init()
    {
        m_store = std::make_unique<StoreFixture>();
        QVERIFY2(m_store->ok(), qPrintable(m_store->error()));
        m_key = m_store->createApiKey(u"smart-quang-ninh"_s);
        m_intake = m_store->login(u"intake"_s);
        QVERIFY(!m_intake.isEmpty());
    }
    void cleanup() { m_store.reset(); }

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

QTEST_GUILESS_MAIN(TestStoreOpen311)
#include "tst_store_open311.moc"
