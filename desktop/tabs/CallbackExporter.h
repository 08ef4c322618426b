#pragma once
#include "client/CallbacksApi.h"

#include <QObject>
#include <QPointer>

class QSaveFile;

// One CSV export of the callbacks a query matches into a file: streamed into a QSaveFile,
// which replaces the file only when the whole export arrived (a cancelled or broken
// export leaves an existing file untouched). Reports bytes and rows as they come.
class CallbackExporter : public QObject
{
    Q_OBJECT

public:
    CallbackExporter(CallbacksApi *api, QObject *parent = nullptr);
    ~CallbackExporter() override;

    // False (and errorString()) when the file cannot be opened.
    bool start(const CallbackQuery &query, const QString &fileName);
    void cancel();
    bool isRunning() const { return m_running; }
    QString errorString() const { return m_error; }
    qint64 rows() const;

signals:
    void progressed(qint64 bytes, qint64 rows);
    // `ok`: the file is complete and in place; otherwise `message` says why not (empty
    // when the user cancelled).
    void finished(bool ok, const QString &message);

private:
    void transferDone(const ApiResult<CallbacksApi::Done> &result);
    void stop();

    CallbacksApi *m_api;
    QSaveFile *m_file = nullptr;
    QIODevice *m_counter = nullptr;
    QObject *m_context = nullptr; // deleted on cancel, so the transfer's answer is dropped
    QString m_error;
    bool m_running = false;
};
