#include "CallbackExporter.h"

#include <QSaveFile>

namespace {
// Writes through to the file and counts the CSV's lines on the way, so progress can say
// rows, not only bytes. The export's cells never hold a raw line break (user data is
// compact JSON, where a newline is the escape \n), so each line is one row.
class RowCounter : public QIODevice
{
public:
    explicit RowCounter(QIODevice *target, QObject *parent) : QIODevice(parent), m_target(target)
    {
        open(QIODevice::WriteOnly);
    }
    qint64 lines() const { return m_lines; }

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *data, qint64 size) override
    {
        for (qint64 i = 0; i < size; ++i)
            if (data[i] == '\n')
                ++m_lines;
        return m_target->write(data, size);
    }

private:
    QIODevice *m_target;
    qint64 m_lines = 0;
};
} // namespace

CallbackExporter::CallbackExporter(CallbacksApi *api, QObject *parent) : QObject(parent), m_api(api)
{
}

CallbackExporter::~CallbackExporter()
{
    stop();
}

qint64 CallbackExporter::rows() const
{
    const auto *counter = static_cast<const RowCounter *>(m_counter);
    return counter ? qMax<qint64>(0, counter->lines() - 1) : 0; // less the header row
}

bool CallbackExporter::start(const CallbackQuery &query, const QString &fileName)
{
    stop();
    m_file = new QSaveFile(fileName, this);
    if (!m_file->open(QIODevice::WriteOnly)) {
        m_error = m_file->errorString();
        stop();
        return false;
    }
    m_counter = new RowCounter(m_file, this);
    m_context = new QObject(this);
    m_running = true;
    m_api->exportCsv(
        query, m_counter, m_context, [this](qint64 bytes) { emit progressed(bytes, rows()); },
        [this](const ApiResult<CallbacksApi::Done> &result) { transferDone(result); });
    return true;
}

void CallbackExporter::transferDone(const ApiResult<CallbacksApi::Done> &result)
{
    emit progressed(m_counter->pos(), rows());
    QString message;
    if (!result.ok())
        message = result.error().message;
    else if (!m_file->commit())
        message = m_file->errorString();
    stop();
    emit finished(message.isEmpty(), message);
}

void CallbackExporter::cancel()
{
    if (!m_running)
        return;
    stop(); // no commit: the target file stays as it was
    emit finished(false, QString());
}

void CallbackExporter::stop()
{
    m_running = false;
    // The context first: with it the transfer's handler and progress go.
    delete m_context;
    m_context = nullptr;
    delete m_counter;
    m_counter = nullptr;
    if (m_file)
        m_file->cancelWriting();
    delete m_file;
    m_file = nullptr;
}
