// The Callbacks tab's list against a real gesd: 100,000 rows in the model, pages fetched
// as the view scrolls, the server-side filters (phone as you type, state, time range),
// the server-side sort, the detail pane's history and the CSV export.
// The actions (create, reschedule, edit, cancel, bulk cancel) are tst_desktopcallbackactions.
#include "CallbacksTabDriver.h"
#include "models/CallbackHistoryModel.h"
#include "widgets/CallbackDetailPane.h"
#include "widgets/CallbackFilterBar.h"

#include <QDateTimeEdit>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressDialog>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace ges::test;

class TestDesktopCallbacks : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void modelHoldsAHundredThousandRows();
    void viewFetchesPagesAsItScrolls();
    void phoneSearchAsYouType();
    void stateFilter();
    void timeRangeOnDesiredTime();
    void headerClickSortsOnTheServer();
    void detailPaneShowsHistory();
    void exportWritesTheFilteredRows();
    void cancelledExportLeavesTheFileAlone();
    void nextPageAndExportUseTheAppliedFilters();
    void failedReloadLeavesNoStaleRows();

private:
    QString create(const QString &phone, const QJsonObject &extra = {});

    DesktopFixture m_fixture;
    App *m_app = nullptr;
};

void TestDesktopCallbacks::initTestCase()
{
    QVERIFY(m_fixture.start());
    m_app = new App;
    m_app->window.resize(1200, 800);
    QVERIFY(m_fixture.logIn(*m_app));
    QVERIFY(waitIdle(m_app->window.callbacksTab()));
}

QString TestDesktopCallbacks::create(const QString &phone, const QJsonObject &extra)
{
    const QString id = m_fixture.createCallback(phone, extra);
    if (id.isEmpty())
        qWarning("could not create a callback for %s", qPrintable(phone));
    return id;
}

void TestDesktopCallbacks::modelHoldsAHundredThousandRows()
{
    CallbackTableModel model;
    QStringList requested;
    connect(&model, &CallbackTableModel::moreRequested, this,
            [&requested](const QString &cursor) { requested << cursor; });
    const auto page = [](int number) {
        CallbackPage page;
        for (int i = 0; i < 100; ++i) {
            ges::Callback callback;
            callback.id = QStringLiteral("id-%1-%2").arg(number).arg(i);
            callback.phoneNumber = QStringLiteral("+49%1").arg(number * 100 + i, 8, 10, QChar('0'));
            callback.userData.insert("n", number * 100 + i);
            page.callbacks.append(callback);
        }
        page.nextCursor = number < 999 ? QStringLiteral("c%1").arg(number + 1) : QString();
        return page;
    };
    QElapsedTimer timer;
    timer.start();
    model.setFirstPage(page(0));
    for (int number = 1; number < 1000; ++number) {
        model.fetchMore({});
        model.fetchMore({}); // while a page is on its way, no second request
        QCOMPARE(requested.size(), number);
        QCOMPARE(requested.last(), QStringLiteral("c%1").arg(number));
        model.appendPage(page(number));
    }
    QCOMPARE(model.rowCount(), 100000);
    QVERIFY(!model.canFetchMore({}));
    const QModelIndex last = model.index(99999, CallbackTableModel::PhoneColumn);
    QCOMPARE(last.data().toString(), QStringLiteral("+4900099999"));
    QCOMPARE(last.siblingAtColumn(CallbackTableModel::UserDataColumn).data().toString(),
             QStringLiteral("{\"n\":99999}"));
    QCOMPARE(last.data(CallbackTableModel::IdRole).toString(), QStringLiteral("id-999-99"));
    qInfo("100,000 rows in 1,000 pages: %lld ms", timer.elapsed());
}

void TestDesktopCallbacks::viewFetchesPagesAsItScrolls()
{
    for (int i = 0; i < 23; ++i)
        QVERIFY(!create(QStringLiteral("+4930600%1").arg(i, 3, 10, QChar('0'))).isEmpty());
    CallbacksTab *tab = m_app->window.callbacksTab();
    tab->setPageSize(5);
    QSignalSpy pages(tab->model(), &CallbackTableModel::moreRequested);
    m_app->find<QLineEdit>(tab, "phoneFilter")->setText("30600");
    // The view asks for the next page when scrolled to its end, one page at a time.
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            tab->view()->scrollToBottom();
            return tab->model()->rowCount() == 23 && tab->model()->nextCursor().isEmpty() &&
                   !tab->isBusy();
        }(),
        ServerTimeoutMs);
    QCOMPARE(pages.size(), 4); // 5 + 4 × 5 rows, the last page short
    QSet<QString> ids;
    for (int row = 0; row < tab->model()->rowCount(); ++row)
        ids.insert(tab->model()->callbackAt(row).id);
    QCOMPARE(ids.size(), 23);
    tab->setPageSize(100);
}

void TestDesktopCallbacks::phoneSearchAsYouType()
{
    const QString a = create("+4930711001"), b = create("+4930711002");
    QVERIFY(!create("+4930722003").isEmpty());
    CallbacksTab *tab = m_app->window.callbacksTab();
    auto *phone = m_app->find<QLineEdit>(tab, "phoneFilter");
    phone->clear();
    QTest::qWait(CallbackFilterBar::TypingPauseMs * 2);
    QVERIFY(waitIdle(tab));
    QSignalSpy reloads(tab->findChild<CallbackFilterBar *>(), &CallbackFilterBar::changed);
    phone->setFocus();
    QTest::keyClicks(phone, "0711"); // each key restarts the pause: one search at the end
    QTRY_COMPARE_WITH_TIMEOUT(reloads.size(), 1, ServerTimeoutMs);
    QVERIFY(waitIdle(tab));
    QCOMPARE(phonesOf(tab->model()), (QStringList{"+4930711002", "+4930711001"})); // newest first
    QVERIFY(rowOf(tab->model(), a) >= 0 && rowOf(tab->model(), b) >= 0);
    QTest::keyClicks(phone, "00");
    QTRY_COMPARE_WITH_TIMEOUT(reloads.size(), 2, ServerTimeoutMs);
    QVERIFY(waitIdle(tab));
    QCOMPARE(phonesOf(tab->model()), (QStringList{"+4930711002", "+4930711001"}));
    phone->setText("07113"); // no such number
    QTRY_COMPARE_WITH_TIMEOUT(reloads.size(), 3, ServerTimeoutMs);
    QVERIFY(waitIdle(tab));
    QCOMPARE(tab->model()->rowCount(), 0);
    phone->setText("07"); // under 3 digits: not searched, the list stays
    QTest::qWait(CallbackFilterBar::TypingPauseMs * 2);
    QCOMPARE(reloads.size(), 3);
}

void TestDesktopCallbacks::stateFilter()
{
    const QString scheduled = create("+4930733001", {{"desiredTime", isoIn(3 * 3600)}});
    const QString queued = create("+4930733002");
    CallbacksTab *tab = m_app->window.callbacksTab();
    QVERIFY(showPhones(*m_app, "0733"));
    QCOMPARE(tab->model()->rowCount(), 2);
    auto *states = m_app->find<QComboBox>(tab, "stateFilter");
    states->setCurrentIndex(states->findData("SCHEDULED"));
    QTRY_VERIFY_WITH_TIMEOUT(!tab->isBusy() && tab->model()->rowCount() == 1, ServerTimeoutMs);
    QCOMPARE(tab->model()->callbackAt(0).id, scheduled);
    states->setCurrentIndex(states->findData("QUEUED"));
    QTRY_VERIFY_WITH_TIMEOUT(!tab->isBusy() && tab->model()->rowCount() == 1 &&
                                 tab->model()->callbackAt(0).id == queued,
                             ServerTimeoutMs);
    states->setCurrentIndex(0);
    QVERIFY(waitIdle(tab));
}

void TestDesktopCallbacks::timeRangeOnDesiredTime()
{
    const QDateTime tomorrow = QDateTime::currentDateTimeUtc().addDays(1);
    const QString inside = create("+4930744001", {{"desiredTime", isoIn(86400 + 1800)}});
    QVERIFY(!create("+4930744002", {{"desiredTime", isoIn(4 * 3600)}}).isEmpty());
    QVERIFY(!create("+4930744003").isEmpty()); // desired now
    CallbacksTab *tab = m_app->window.callbacksTab();
    QVERIFY(showPhones(*m_app, "0744"));
    QCOMPARE(tab->model()->rowCount(), 3);
    auto *field = m_app->find<QComboBox>(tab, "timeFieldFilter");
    field->setCurrentIndex(field->findData(int(CallbackQuery::TimeField::Desired)));
    m_app->find<QDateTimeEdit>(tab, "fromFilter")->setDateTime(tomorrow.toLocalTime());
    m_app->find<QDateTimeEdit>(tab, "toFilter")->setDateTime(tomorrow.addSecs(7200).toLocalTime());
    QTRY_VERIFY_WITH_TIMEOUT(!tab->isBusy() && tab->model()->rowCount() == 1, ServerTimeoutMs);
    QCOMPARE(tab->model()->callbackAt(0).id, inside);
    QVERIFY(tab->query().to.isValid());
    tab->findChild<CallbackFilterBar *>()->clearTimeRange();
    QTRY_VERIFY_WITH_TIMEOUT(!tab->isBusy() && tab->model()->rowCount() == 3, ServerTimeoutMs);
    field->setCurrentIndex(0);
}

void TestDesktopCallbacks::headerClickSortsOnTheServer()
{
    for (const int hours : {5, 2, 9, 3})
        QVERIFY(!create(QStringLiteral("+493075500%1").arg(hours),
                        {{"desiredTime", isoIn(hours * 3600)}})
                     .isEmpty());
    CallbacksTab *tab = m_app->window.callbacksTab();
    tab->setPageSize(2); // the order must hold across pages, so it cannot be a local sort
    QVERIFY(showPhones(*m_app, "075500"));
    QHeaderView *header = tab->view()->horizontalHeader();
    header->setSortIndicator(CallbackTableModel::DesiredTimeColumn, Qt::AscendingOrder);
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            tab->view()->scrollToBottom();
            return !tab->isBusy() && tab->model()->rowCount() == 4 &&
                   tab->model()->nextCursor().isEmpty();
        }(),
        ServerTimeoutMs);
    QCOMPARE(phonesOf(tab->model()),
             (QStringList{"+4930755002", "+4930755003", "+4930755005", "+4930755009"}));
    QCOMPARE(tab->query().sort, CallbackQuery::TimeField::Desired);
    QVERIFY(tab->query().ascending);
    // Columns the server cannot sort by keep the indicator where it was.
    header->setSortIndicator(CallbackTableModel::PhoneColumn, Qt::AscendingOrder);
    QCOMPARE(header->sortIndicatorSection(), int(CallbackTableModel::DesiredTimeColumn));
    header->setSortIndicator(CallbackTableModel::CreatedColumn, Qt::DescendingOrder);
    tab->setPageSize(100);
    QTRY_VERIFY_WITH_TIMEOUT(!tab->isBusy() && tab->model()->rowCount() == 4 &&
                                 tab->model()->callbackAt(0).phoneNumber == "+4930755003",
                             ServerTimeoutMs); // newest first again
}

void TestDesktopCallbacks::detailPaneShowsHistory()
{
    const QString id = create("+4930766001", {{"userData", QJsonObject{{"ticket", "T-9"}}}});
    QCOMPARE(m_fixture.admin("POST", ges::paths::with(ges::paths::AdminCallbackCancel, id)).status,
             200);
    CallbacksTab *tab = m_app->window.callbacksTab();
    QVERIFY(showPhones(*m_app, "0766"));
    QVERIFY(selectCallbacks(tab, {id}));
    CallbackDetailPane *pane = tab->detailPane();
    QTRY_VERIFY_WITH_TIMEOUT(!pane->isLoading() && pane->historyModel()->rowCount() >= 2,
                             ServerTimeoutMs);
    QCOMPARE(m_app->find<QLabel>(pane, "detailId")->text(), id);
    QVERIFY(m_app->find<QLabel>(pane, "detailState")->text().contains("Cancelled"));
    QVERIFY(pane->findChild<QPlainTextEdit *>("detailUserData")->toPlainText().contains("T-9"));
    const CallbackHistoryModel *history = pane->historyModel();
    QCOMPARE(history->eventAt(0).state, QStringLiteral("QUEUED"));
    const CallbackEvent &last = history->eventAt(history->rowCount() - 1);
    QCOMPARE(last.state, QStringLiteral("COMPLETED"));
    QCOMPARE(last.reason, QStringLiteral("CANCELLED"));
    QVERIFY2(last.actor.startsWith("user:"), qPrintable(last.actor));
    QCOMPARE(history->rowCount(),
             int(serverCallback(m_fixture, id).value("history").toArray().size()));
}

void TestDesktopCallbacks::exportWritesTheFilteredRows()
{
    CallbacksTab *tab = m_app->window.callbacksTab();
    QVERIFY(showPhones(*m_app, "0711"));
    QTemporaryDir dir;
    const QString fileName = dir.filePath("callbacks.csv");
    QSignalSpy finished(tab, &CallbacksTab::exportFinished);
    tab->exportTo(fileName);
    QVERIFY(tab->findChild<QProgressDialog *>("exportProgress"));
    QVERIFY(finished.wait(ServerTimeoutMs));
    QCOMPARE(finished.first().first().toBool(), true);
    QFile file(fileName);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
    QCOMPARE(lines.size(), 3); // the header and the two numbers with 0711
    QVERIFY(lines.at(0).startsWith("id,tenant,"));
    QVERIFY(lines.at(1).contains("4930711002") && lines.at(2).contains("4930711001"));
    QVERIFY(!tab->isExporting());
}

void TestDesktopCallbacks::cancelledExportLeavesTheFileAlone()
{
    CallbacksTab *tab = m_app->window.callbacksTab();
    QTemporaryDir dir;
    const QString fileName = dir.filePath("kept.csv");
    QFile old(fileName);
    QVERIFY(old.open(QIODevice::WriteOnly));
    old.write("old content");
    old.close();
    QSignalSpy finished(tab, &CallbacksTab::exportFinished);
    tab->exportTo(fileName);
    auto *progress = tab->findChild<QProgressDialog *>("exportProgress");
    QVERIFY(progress);
    auto *cancel = progress->findChild<QPushButton *>();
    QVERIFY(cancel);
    cancel->click();
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.first().first().toBool(), false);
    QVERIFY(old.open(QIODevice::ReadOnly));
    QCOMPARE(old.readAll(), QByteArray("old content"));
    QVERIFY(!tab->isExporting());
}

// Filter text typed but not applied (a service not confirmed, a phone still in its typing
// pause) is not what the list shows: its next page and the export keep the list's filters.
void TestDesktopCallbacks::nextPageAndExportUseTheAppliedFilters()
{
    QVERIFY(!create("+4930777901").isEmpty()); // older: what the typed filters would find
    for (int i = 0; i < 4; ++i)
        QVERIFY(!create(QStringLiteral("+493078800%1").arg(i)).isEmpty());
    CallbacksTab *tab = m_app->window.callbacksTab();
    tab->setPageSize(2);
    QSignalSpy reloads(tab->findChild<CallbackFilterBar *>(), &CallbackFilterBar::changed);
    auto *phone = m_app->find<QLineEdit>(tab, "phoneFilter");
    phone->setText("078800");
    QTRY_COMPARE_WITH_TIMEOUT(reloads.size(), 1, ServerTimeoutMs);
    QVERIFY(waitIdle(tab));
    QCOMPARE(tab->model()->rowCount(), 2);
    auto *service = m_app->find<QLineEdit>(tab, "serviceFilter");
    service->setText("no_such_service"); // typed, not confirmed (no Enter, no focus out)
    tab->model()->fetchMore({});
    QTRY_VERIFY_WITH_TIMEOUT(!tab->isBusy() && tab->model()->rowCount() == 4, ServerTimeoutMs);
    QCOMPARE(phonesOf(tab->model()).filter("078800").size(), 4);

    phone->setText("0777901"); // its pause has not ended when the export starts
    QTemporaryDir dir;
    QSignalSpy finished(tab, &CallbacksTab::exportFinished);
    tab->exportTo(dir.filePath("applied.csv"));
    service->clear();
    QVERIFY(finished.wait(ServerTimeoutMs));
    QFile file(dir.filePath("applied.csv"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
    QCOMPARE(lines.size(), 5); // the header and the four rows the list shows
    for (const QByteArray &line : lines.mid(1))
        QVERIFY2(line.contains("493078800"), line.constData());
    tab->setPageSize(100);
    // Once its pause ends the typed phone is applied, as it should be.
    QTRY_VERIFY_WITH_TIMEOUT(!tab->isBusy() && phonesOf(tab->model()) == QStringList{"+4930777901"},
                             ServerTimeoutMs);
}

// A reload the server refuses leaves neither the previous filters' rows nor a detail.
void TestDesktopCallbacks::failedReloadLeavesNoStaleRows()
{
    CallbacksTab *tab = m_app->window.callbacksTab();
    QVERIFY(showPhones(*m_app, "078800"));
    const QString id = tab->model()->callbackAt(0).id;
    QVERIFY(selectCallbacks(tab, {id}));
    CallbackDetailPane *pane = tab->detailPane();
    auto *detailId = m_app->find<QLabel>(pane, "detailId");
    QTRY_COMPARE_WITH_TIMEOUT(detailId->text(), id, ServerTimeoutMs);

    // Another callback whose detail fails: the first one's fields must not stay.
    pane->showCallback("00000000-0000-0000-0000-000000000000");
    QTRY_VERIFY_WITH_TIMEOUT(!pane->isLoading(), ServerTimeoutMs);
    QVERIFY(pane->findChild<QLabel *>("errorLabel")->isVisible());
    QCOMPARE(detailId->text(), QString());
    QCOMPARE(pane->historyModel()->rowCount(), 0);
    QVERIFY(selectCallbacks(tab, {id}));
    QTRY_COMPARE_WITH_TIMEOUT(detailId->text(), id, ServerTimeoutMs);

    auto *error = tab->findChild<QLabel *>("errorLabel", Qt::FindDirectChildrenOnly);
    QVERIFY(error && !error->isVisible());
    m_app->find<QLineEdit>(tab, "phoneFilter")->setText("07880x"); // letters: refused (400)
    QTRY_VERIFY_WITH_TIMEOUT(error->isVisible() && !tab->isBusy(), ServerTimeoutMs);
    QCOMPARE(tab->model()->rowCount(), 0);
    QCOMPARE(detailId->text(), QString());
    QVERIFY(showPhones(*m_app, "078800")); // and the next good reload shows them again
    QVERIFY(!error->isVisible());
}

QTEST_MAIN(TestDesktopCallbacks)
#include "tst_desktopcallbacks.moc"
