#pragma once
// Shared set-up of the end-to-end tests: a started TestStack with one tenant, its service
// and API key, plus small request helpers.
#include "TestStack.h"

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

    HttpClient::Headers bearer() const { return {{"Authorization", "Bearer " + token.toUtf8()}}; }
};

} // namespace ges::test
