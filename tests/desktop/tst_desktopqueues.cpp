// The Queues tab against a real gesd: it refreshes itself while shown (and only then),
// follows callbacks an app creates without anyone pressing anything, collects the chart's
// history and shows the slot occupancy of the selected service.
#include "DesktopFixture.h"
#include "models/QueueTableModel.h"
#include "models/SlotOccupancyModel.h"
#include "tabs/CallbacksTab.h"
#include "tabs/QueuesTab.h"
#include "widgets/QueueChart.h"

#include "shared/IsoTime.h"

#include <QItemSelectionModel>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using ges::test::App;
using ges::test::ServerTimeoutMs;

namespace {

// App::find(name) cannot be called on the fixture's App (a const member); search by hand.
template <typename T> T *find(QObject *parent, const char *name)
{
    return parent->findChild<T *>(QLatin1String(name));
}
constexpr int LiveWaitMs = 4 * QueuesTab::RefreshIntervalMs + 2000;
} // namespace

class TestDesktopQueues : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void listsServiceOnceShown();
    void waitingRisesWithoutPressingAnything();
    void selectionSurvivesRefreshes();
    void slotOccupancyShowsComingDays();
    void hiddenTabSendsNoRequests();
    void logoutClearsTheView();

private:
    QueuesTab *tab() const { return m_app->window.queuesTab(); }
    QString key() const { return m_fixture.tenant + '/' + m_fixture.service; }
    int row() const { return tab()->model()->rowOf(key()); }
    int waiting() const { return row() < 0 ? -1 : tab()->model()->queueAt(row()).waitingNow(); }
    int waitingOnServer() const;
    bool waitForRefreshes(int count) const;
    void selectService();

    ges::test::DesktopFixture m_fixture;
    std::unique_ptr<App> m_app;
};

void TestDesktopQueues::initTestCase()
{
    QVERIFY(m_fixture.start());
    m_app = std::make_unique<App>();
    QVERIFY(m_fixture.logIn(*m_app));
}

int TestDesktopQueues::waitingOnServer() const
{
    const auto response = m_fixture.admin("GET", QLatin1String(ges::paths::AdminQueues));
    for (const QJsonValue &queue : response.data().toObject().value("queues").toArray()) {
        if (queue.toObject().value("service").toString() == m_fixture.service)
            return queue.toObject().value("waiting").toInt(-1);
    }
    return -1;
}

bool TestDesktopQueues::waitForRefreshes(int count) const
{
    const int target = tab()->requestsSent() + count;
    // Sent `count` more and the last one answered (the next one goes out only after that).
    return QTest::qWaitFor([this, target] { return tab()->requestsSent() > target; }, LiveWaitMs);
}

void TestDesktopQueues::selectService()
{
    auto *view = find<QTableView>(&m_app->window, "queueView");
    QVERIFY(view);
    const QModelIndexList matches = view->model()->match(
        view->model()->index(0, 0), QueueTableModel::KeyRole, key(), 1, Qt::MatchExactly);
    QCOMPARE(matches.size(), 1);
    view->selectionModel()->select(matches.constFirst(),
                                   QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QCOMPARE(tab()->selectedKey(), key());
}

void TestDesktopQueues::listsServiceOnceShown()
{
    QVERIFY(!tab()->isVisible());
    QVERIFY(!tab()->isRefreshing());
    m_app->window.tabs()->setCurrentWidget(tab());
    QVERIFY(tab()->isRefreshing());
    QVERIFY(QTest::qWaitFor([this] { return row() >= 0; }, ServerTimeoutMs));
    const QueueInfo &queue = tab()->model()->queueAt(row());
    QVERIFY(queue.open); // TestStack's services are open around the clock
    QVERIFY(queue.openForSeconds > 0);
    QCOMPARE(waiting(), waitingOnServer());
}

void TestDesktopQueues::waitingRisesWithoutPressingAnything()
{
    QVERIFY(QTest::qWaitFor([this] { return row() >= 0; }, ServerTimeoutMs));
    const int before = waiting();
    const int samplesBefore = tab()->history().samples(key()).size();
    for (const char *phone : {"+4930555001", "+4930555002", "+4930555003"})
        QVERIFY(!m_fixture.createCallback(phone).isEmpty());
    QCOMPARE(waitingOnServer(), before + 3);
    QVERIFY2(QTest::qWaitFor([this, before] { return waiting() == before + 3; }, LiveWaitMs),
             qPrintable(QString("waiting stayed %1").arg(waiting())));

    // Every refresh left a sample for the service and for all services together.
    const QList<QueueSample> samples = tab()->history().samples(key());
    QVERIFY(samples.size() > samplesBefore);
    QCOMPARE(samples.constLast().waiting, before + 3);
    QVERIFY(!tab()->history().samples(QueueHistory::allServicesKey()).isEmpty());
    // The chart of "all services" shows them and says it has less than an hour.
    QVERIFY(!tab()->chart()->samples().isEmpty());
    QVERIFY(tab()->chart()->sinceText().startsWith("since"));
}

void TestDesktopQueues::selectionSurvivesRefreshes()
{
    selectService();
    QCOMPARE(tab()->chart()->samples().size(), tab()->history().samples(key()).size());
    QVERIFY(waitForRefreshes(2));
    QCOMPARE(tab()->selectedKey(), key());
    QCOMPARE(tab()->chart()->samples().size(), tab()->history().samples(key()).size());
}

void TestDesktopQueues::slotOccupancyShowsComingDays()
{
    selectService();
    // A callback booked for tomorrow noon (UTC, the service's zone) takes one place.
    const QDateTime tomorrowNoon(QDateTime::currentDateTimeUtc().date().addDays(1), QTime(12, 0),
                                 Qt::UTC);
    QVERIFY(
        !m_fixture
             .createCallback("+4930555010", {{"desiredTime", ges::isotime::format(tomorrowNoon)}})
             .isEmpty());
    SlotOccupancyModel *slots_ = tab()->slotModel();
    QVERIFY(QTest::qWaitFor(
        [slots_] { return slots_->rowCount() > 1 && slots_->dayAt(1).booked == 1; }, LiveWaitMs));
    QCOMPARE(slots_->rowCount(), QueuesTab::SlotDays);
    QCOMPARE(slots_->dayAt(0).day, QDateTime::currentDateTimeUtc().date());
    const QueueSlotDay &tomorrow = slots_->dayAt(1);
    QCOMPARE(tomorrow.day, tomorrowNoon.date());
    QCOMPARE(tomorrow.total, 96 * 100); // 24 h of 15-minute slots of 100 places
    QCOMPARE(tomorrow.free, tomorrow.total - 1);
    QVERIFY(slots_
                ->data(slots_->index(1, SlotOccupancyModel::OccupancyColumn),
                       SlotOccupancyModel::OccupancyRole)
                .toDouble() > 0.0);
}

void TestDesktopQueues::hiddenTabSendsNoRequests()
{
    QVERIFY(tab()->isRefreshing());
    m_app->window.tabs()->setCurrentWidget(m_app->window.callbacksTab());
    QVERIFY(!tab()->isRefreshing());
    // An answer still on its way may land; after it nothing new goes out.
    const int sent = tab()->requestsSent();
    QTest::qWait(2 * QueuesTab::RefreshIntervalMs + 500);
    QCOMPARE(tab()->requestsSent(), sent);

    m_app->window.tabs()->setCurrentWidget(tab());
    QVERIFY(tab()->isRefreshing());
    QVERIFY(QTest::qWaitFor([this, sent] { return tab()->requestsSent() > sent; }, LiveWaitMs));
}

void TestDesktopQueues::logoutClearsTheView()
{
    m_app->client.logout(this, [](const ApiResult<AdminClient::Done> &) {});
    QVERIFY(QTest::qWaitFor([this] { return !m_app->client.hasSession(); }, ServerTimeoutMs));
    QVERIFY(!tab()->isRefreshing());
    QCOMPARE(tab()->model()->rowCount(), 0);
    QCOMPARE(tab()->history().totalSamples(), 0);
}

QTEST_MAIN(TestDesktopQueues)
#include "tst_desktopqueues.moc"
