#pragma once
// Helpers of the Callbacks tab tests (tst_desktopcallbacks, tst_desktopcallbackactions):
// waiting for the tab, finding and selecting rows, reading the server's view of a callback.
#include "DesktopFixture.h"
#include "models/CallbackTableModel.h"
#include "tabs/CallbacksTab.h"

#include <QItemSelectionModel>
#include <QTableView>
#include <QTimeZone>

namespace ges::test {

inline bool waitIdle(CallbacksTab *tab)
{
    return QTest::qWaitFor([tab] { return !tab->isBusy(); }, ServerTimeoutMs);
}

inline QStringList phonesOf(const CallbackTableModel *model)
{
    QStringList phones;
    for (int row = 0; row < model->rowCount(); ++row)
        phones << model->callbackAt(row).phoneNumber;
    return phones;
}

inline int rowOf(const CallbackTableModel *model, const QString &id)
{
    for (int row = 0; row < model->rowCount(); ++row)
        if (model->callbackAt(row).id == id)
            return row;
    return -1;
}

// Makes `ids` the selection (the first one current), as clicks would.
inline bool selectCallbacks(CallbacksTab *tab, const QStringList &ids)
{
    QItemSelectionModel *selection = tab->view()->selectionModel();
    selection->clear();
    for (const QString &id : ids) {
        const int row = rowOf(tab->model(), id);
        if (row < 0)
            return false;
        const QModelIndex index = tab->model()->index(row, 0);
        if (id == ids.first())
            selection->setCurrentIndex(index, QItemSelectionModel::NoUpdate);
        selection->select(index, QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }
    return true;
}

// The tab filtered to numbers containing `digits`, with every matching page loaded.
inline bool showPhones(App &app, const QString &digits)
{
    CallbacksTab *tab = app.window.callbacksTab();
    app.find<QLineEdit>(tab, "phoneFilter")->setText(digits);
    return QTest::qWaitFor(
        [tab, digits] {
            if (tab->model()->canFetchMore({}))
                tab->model()->fetchMore({}); // as the view does once it scrolls there
            if (tab->isBusy())
                return false;
            const QStringList phones = phonesOf(tab->model());
            return !phones.isEmpty() && phones.filter(digits).size() == phones.size() &&
                   tab->model()->nextCursor().isEmpty();
        },
        ServerTimeoutMs);
}

// The callback as the server has it now (the admin detail, with history).
inline QJsonObject serverCallback(const DesktopFixture &fixture, const QString &id)
{
    return fixture.admin("GET", paths::with(paths::AdminCallback, id)).data().toObject();
}

inline QString isoIn(qint64 seconds, int roundToMinutes = 15)
{
    qint64 secs = QDateTime::currentSecsSinceEpoch() + seconds;
    secs -= secs % (roundToMinutes * 60);
    return QDateTime::fromSecsSinceEpoch(secs, QTimeZone::utc()).toString(Qt::ISODateWithMs);
}

} // namespace ges::test
