#pragma once
// Shared set-up of the end-to-end tests: a started TestStack with one tenant, its service
// and API key, plus small request helpers.
#include "TestStack.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTest>

namespace ges::test {

struct E2eFixture
{
    TestStack stack;
    QString token;  // administrator session
    QString apiKey; // tenant "acme"
    const QString tenant = QStringLiteral("acme");
    const QString service = QStringLiteral("support");

    bool start()
    {
        if (!stack.start()) {
            qWarning("%s", qPrintable(stack.errorString()));
            return false;
        }
        token = stack.login();
        return !token.isEmpty() && stack.createService(token, tenant, service) &&
               !(apiKey = stack.createApiKey(token, tenant)).isEmpty();
    }

    // Service "bulk": one-hour slots roomy enough for thousands of scheduled callbacks
    // (dispatch and fault tests).
    int createBulkService()
    {
        return stack
            .createService(token, {{"tenant", tenant},
                                   {"name", "bulk"},
                                   {"slotMinutes", 60},
                                   {"slotCapacity", 100000}})
            .status;
    }

    HttpResponse external(const char *path, const QJsonObject &body, const QString &key = {})
    {
        return HttpClient::postJson(stack.externalUrl(QString::fromLatin1(path)), body,
                                    {{"X-API-Key", (key.isEmpty() ? apiKey : key).toUtf8()}});
    }

    HttpResponse createCallback(const QString &phone, const QString &key = {})
    {
        return external("/engagement/v3/callbacks/create",
                        {{"serviceName", service}, {"phoneNumber", phone}}, key);
    }

    // The same create, sent without waiting (many in flight at once).
    QNetworkReply *postCreate(QNetworkAccessManager &manager, const QByteArray &phone)
    {
        return postCreate(manager, {{"serviceName", service}, {"phoneNumber", QString(phone)}});
    }
    // Any create body, to `baseUrl` (default: the first node), sent without waiting.
    QNetworkReply *postCreate(QNetworkAccessManager &manager, const QJsonObject &body,
                              const QByteArray &idempotencyKey = {}, const QString &baseUrl = {})
    {
        QNetworkRequest request(QUrl((baseUrl.isEmpty() ? stack.externalUrl() : baseUrl) +
                                     "/engagement/v3/callbacks/create"));
        request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json");
        request.setRawHeader("X-API-Key", apiKey.toUtf8());
        if (!idempotencyKey.isEmpty())
            request.setRawHeader("Idempotency-Key", idempotencyKey);
        return manager.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
    }
    static bool allFinished(const QList<QNetworkReply *> &replies)
    {
        return std::all_of(replies.begin(), replies.end(),
                           [](const QNetworkReply *r) { return r->isFinished(); });
    }

    // A create request as raw bytes, for tests that drive the socket themselves.
    QByteArray rawCreate(const QByteArray &body) const
    {
        return "POST /engagement/v3/callbacks/create HTTP/1.1\r\nHost: x\r\n"
               "Content-Type: application/json\r\nX-API-Key: " +
               apiKey.toUtf8() + "\r\nContent-Length: " + QByteArray::number(body.size()) +
               "\r\n\r\n" + body;
    }

    quint16 externalPort() const { return quint16(QUrl(stack.externalUrl()).port()); }

    HttpClient::Headers bearer() const { return {{"Authorization", "Bearer " + token.toUtf8()}}; }

    // Any admin API call on the internal port, as `session` (default: the administrator).
    HttpResponse admin(const QByteArray &method, const QString &path, const QJsonObject &body = {},
                       const QString &session = {})
    {
        HttpClient::Headers headers{
            {"Authorization", "Bearer " + (session.isEmpty() ? token : session).toUtf8()}};
        if (method == "GET" || method == "DELETE")
            return HttpClient::send(method, stack.internalUrl(path), {}, headers);
        headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
        return HttpClient::send(method, stack.internalUrl(path),
                                QJsonDocument(body).toJson(QJsonDocument::Compact), headers);
    }
};

} // namespace ges::test
