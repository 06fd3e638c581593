#pragma once

// What the Open311 suites share: a citizen app's requests against a real store on loopback.

#include "StoreFixture.h"

#include "domain/Instant.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QTest>
#include <QUrl>
#include <QXmlStreamReader>
#include <algorithm>

namespace paht::store::testing {

using namespace Qt::StringLiterals;

using Fields = QList<QPair<QString, QString>>;

// A 1×1 PNG made by hand: signature, IHDR, IDAT, IEND.
inline const QByteArray kPng =
    QByteArray::fromHex("89504e470d0a1a0a0000000d4948445200000001000000010802000000907753de000000"
                        "0c49444154789c63f8cfc0000003010100c9fe92ef0000000049454e44ae426082");
inline const QString kReporterName = u"Phạm Thị Dân"_s;
inline const QString kReporterPhone = u"0912345678"_s;
inline const QString kReporterEmail = u"dan@example.vn"_s;

inline QByteArray formBody(const Fields& fields)
{
    QByteArrayList pairs;
    for (const auto& field : fields)
        pairs.append(QUrl::toPercentEncoding(field.first) + '=' + QUrl::toPercentEncoding(field.second));
    return pairs.join('&');
}

inline Fields citizenFields(const QString& apiKey, const QString& confidentiality = u"public"_s)
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

inline Fields with(Fields fields, const QString& name, const QString& value)
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

inline Fields without(Fields fields, const QString& name)
{
    fields.erase(std::remove_if(fields.begin(), fields.end(), [&](const auto& f) { return f.first == name; }),
                 fields.end());
    return fields;
}

inline QJsonArray jsonArray(const Reply& reply)
{
    return QJsonDocument::fromJson(reply.body).array();
}

inline QJsonObject firstObject(const Reply& reply)
{
    return jsonArray(reply).first().toObject();
}

// The children of every <item> element as name → text; nested elements are flattened to their text.
inline QList<QHash<QString, QString>> xmlItems(const QByteArray& body, const QString& item,
                                               QString* root = nullptr)
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

inline QDateTime w3c(const QString& text)
{
    return QDateTime::fromString(text, Qt::ISODate).toUTC();
}

// A store with an API key and a logged-in intake operator for each test.
class Open311Test : public QObject
{
    Q_OBJECT

protected:
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

protected slots:
    void init()
    {
        m_store = std::make_unique<StoreFixture>();
        QVERIFY2(m_store->ok(), qPrintable(m_store->error()));
        m_key = m_store->createApiKey(u"smart-quang-ninh"_s);
        m_intake = m_store->login(u"intake"_s);
        QVERIFY(!m_intake.isEmpty());
    }
    void cleanup() { m_store.reset(); }
};

} // namespace paht::store::testing
