#pragma once
#include <QLabel>

struct ClientError;

// The red line above a tab's content that tells what went wrong, in the server's own
// words and with its request id for support. Hidden while there is nothing to say.
class ErrorBanner : public QLabel
{
    Q_OBJECT

public:
    explicit ErrorBanner(QWidget *parent = nullptr);

    // "<what>: <server message> (request <corrId>)"
    void showError(const QString &what, const ClientError &error);
    void showMessage(const QString &text);

    static QString describe(const QString &what, const ClientError &error);
};
