#pragma once
#include "Caller.h"
#include "Outcome.h"
#include "store/CallbackRecords.h"

#include <QObject>

namespace ges {

class SqlReaderPool;

// Finds callbacks for the admin API: filtered, newest first, in keyset pages. The
// cursor is opaque to clients: base64url("<created_at ms>|<id>") of a page's last row.
class CallbackSearch : public QObject
{
    Q_OBJECT
public:
    explicit CallbackSearch(SqlReaderPool &reader, QObject *parent = nullptr);

    // {"callbacks": [Callback + "tenant"], "nextCursor": string | null}
    void page(const Caller &caller, const CallbackQuery &query, OutcomeHandler done);

    static QString encodeCursor(const Callback &last);
    static bool decodeCursor(const QString &cursor, CallbackQuery &query);

private:
    SqlReaderPool &m_reader;
};

} // namespace ges
