#pragma once
// Shared set-up of the desktop tests: a real gesd (TestStack) with one tenant, service and
// API key, and an App that is ges-admin's window with its own client, driven as a user
// drives it: through the login dialog and the widgets' object names.
#include "MainWindow.h"
#include "TestStack.h"
#include "client/AdminClient.h"
#include "dialogs/LoginDialog.h"

#include "shared/ApiPaths.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <memory>

namespace ges::test {

inline constexpr int ServerTimeoutMs = 15000;

// One window with its own client, as main.cpp builds it.
struct App
{
    AdminClient client;
    MainWindow window{&client};

    LoginDialog *dialog() const { return window.loginDialog(); }
    template <typename T> T *find(const QObject *parent, const char *name) const
    {
        return parent->findChild<T *>(QLatin1String(name));
    }
    template <typename T> T *find(const char *name) const { return find<T>(&window, name); }
};

struct DesktopFixture
{
    std::unique_ptr<TestStack> stack;
    QString token;  // administrator session, for setting up and checking the server's state
    QString apiKey; // of `tenant`
    const QString tenant = QStringLiteral("desktop_tenant");
    const QString service = QStringLiteral("desktop_service");

    // QSettings under ~/.qttest (not the user's), emptied; then the stack and the tenant.
    bool start()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName("GES");
        QCoreApplication::setApplicationName("ges-admin-test");
        QSettings().clear();
        stack = std::make_unique<TestStack>();
        if (!stack->start()) {
            qWarning("%s", qPrintable(stack->errorString()));
            return false;
        }
        token = stack->login();
        return !token.isEmpty() && stack->createService(token, tenant, service) &&
               !(apiKey = stack->createApiKey(token, tenant)).isEmpty();
    }

    // Shows the window and its login dialog for the test's server.
    void openLogin(App &app) const
    {
        app.window.show();
        app.window.showLogin(stack->internalUrl());
    }

    // Fills in and submits the login dialog; does not wait.
    void submitLogin(App &app, const QString &user, const QString &password) const
    {
        app.find<QComboBox>(app.dialog(), "serverCombo")->setEditText(stack->internalUrl());
        app.find<QLineEdit>(app.dialog(), "userEdit")->setText(user);
        app.find<QLineEdit>(app.dialog(), "passwordEdit")->setText(password);
        app.find<QPushButton>(app.dialog(), "loginButton")->click();
    }

    // Opens the window and logs in (default: the administrator); true once logged in.
    bool logIn(App &app, const QString &user = {}, const QString &password = {}) const
    {
        openLogin(app);
        submitLogin(app, user.isEmpty() ? stack->adminUser() : user,
                    password.isEmpty() ? stack->adminPassword() : password);
        return QTest::qWaitFor([&app] { return app.client.hasSession(); }, ServerTimeoutMs) &&
               QTest::qWaitFor([&app] { return !app.dialog()->isVisible(); }, ServerTimeoutMs);
    }

    // A user with `roles` on `tenant`, created through the admin API; false on failure.
    bool createUser(const QString &name, const QString &password, const QStringList &roles) const
    {
        const auto response = admin("POST", QLatin1String(paths::AdminUsers),
                                    {{"name", name},
                                     {"password", password},
                                     {"roles", QJsonArray::fromStringList(roles)},
                                     {"tenants", QJsonArray{tenant}}});
        if (response.status != 200)
            qWarning() << "user create failed" << response.status << response.body;
        return response.status == 200;
    }

    // An app's create on the external API; the new id, or empty.
    QString createCallback(const QString &phone, const QJsonObject &extra = {}) const
    {
        QJsonObject body{{"serviceName", service}, {"phoneNumber", phone}};
        for (auto it = extra.begin(); it != extra.end(); ++it)
            body.insert(it.key(), it.value());
        const auto response =
            HttpClient::postJson(stack->externalUrl(QLatin1String(paths::CallbacksCreate)), body,
                                 {{"X-API-Key", apiKey.toUtf8()}});
        if (response.status != 200)
            qWarning() << "create failed" << response.status << response.body;
        return response.data().toObject().value("id").toString();
    }

    // Any admin API call as the fixture's administrator, to check the server's state.
    HttpResponse admin(const QByteArray &method, const QString &path,
                       const QJsonObject &body = {}) const
    {
        HttpClient::Headers headers{{"Authorization", "Bearer " + token.toUtf8()}};
        if (method == "GET" || method == "DELETE")
            return HttpClient::send(method, stack->internalUrl(path), {}, headers);
        headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
        return HttpClient::send(method, stack->internalUrl(path),
                                QJsonDocument(body).toJson(QJsonDocument::Compact), headers);
    }
};

} // namespace ges::test
