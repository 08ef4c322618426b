#include "RecordListSection.h"
#include "widgets/Icons.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace {
QString capitalised(const QString &key)
{
    return key.left(1).toUpper() + key.mid(1);
}
} // namespace

RecordListSection::RecordListSection(const QString &key, const Labels &labels,
                                     QAbstractItemModel *model, QWidget *parent)
    : QWidget(parent), m_proxy(new QSortFilterProxyModel(this)), m_view(new QTableView(this)),
      m_newButton(new QPushButton(Icons::action("new"), labels.newText, this)),
      m_editButton(new QPushButton(Icons::action("edit"), labels.editText, this)),
      m_deleteButton(new QPushButton(Icons::action("delete"), labels.deleteText, this))
{
    m_proxy->setSourceModel(model);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_view->setObjectName(key + QLatin1String("View"));
    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(0, Qt::AscendingOrder);

    const QString name = capitalised(key);
    m_newButton->setObjectName(QLatin1String("new") + name + QLatin1String("Button"));
    m_editButton->setObjectName(QLatin1String("edit") + name + QLatin1String("Button"));
    m_deleteButton->setObjectName(QLatin1String("delete") + name + QLatin1String("Button"));

    auto *newAction = new QAction(this);
    newAction->setShortcut(QKeySequence::New);
    newAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(newAction);
    m_newButton->setToolTip(
        tr("Create one (%1)").arg(newAction->shortcut().toString(QKeySequence::NativeText)));
    auto *deleteAction = new QAction(this);
    deleteAction->setShortcut(QKeySequence::Delete);
    deleteAction->setShortcutContext(Qt::WidgetShortcut);
    m_view->addAction(deleteAction);

    auto *title = new QLabel(labels.title, this);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    auto *bar = new QHBoxLayout;
    bar->addWidget(title);
    bar->addStretch(1);
    bar->addWidget(m_newButton);
    bar->addWidget(m_editButton);
    bar->addWidget(m_deleteButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);

    const auto newIfAllowed = [this] {
        if (m_newButton->isEnabled())
            emit newRequested();
    };
    const auto deleteIfAllowed = [this] {
        if (m_deleteButton->isEnabled())
            emit deleteRequested(currentRow());
    };
    connect(m_newButton, &QPushButton::clicked, this, newIfAllowed);
    connect(newAction, &QAction::triggered, this, newIfAllowed);
    connect(m_deleteButton, &QPushButton::clicked, this, deleteIfAllowed);
    connect(deleteAction, &QAction::triggered, this, deleteIfAllowed);
    connect(m_editButton, &QPushButton::clicked, this, [this] {
        if (currentRow() >= 0)
            emit openRequested(currentRow());
    });
    // Enter and double-click (activated) open a row, read-only for a role that may only read.
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex &index) {
        emit openRequested(m_proxy->mapToSource(index).row());
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &RecordListSection::updateButtons);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &RecordListSection::updateButtons);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &RecordListSection::updateButtons);
    updateButtons();
}

int RecordListSection::currentRow() const
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    return current.isValid() ? m_proxy->mapToSource(current).row() : -1;
}

void RecordListSection::selectRow(int sourceRow)
{
    const QModelIndex index = m_proxy->mapFromSource(m_proxy->sourceModel()->index(sourceRow, 0));
    if (!index.isValid())
        return;
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                         QItemSelectionModel::Rows);
    m_view->scrollTo(index);
}

void RecordListSection::setManageable(bool manageable)
{
    m_manageable = manageable;
    updateButtons();
}

void RecordListSection::setBusy(bool busy)
{
    m_busy = busy;
    updateButtons();
}

void RecordListSection::updateButtons()
{
    const bool selected = currentRow() >= 0;
    m_newButton->setEnabled(m_manageable);
    m_editButton->setEnabled(m_manageable && selected);
    m_deleteButton->setEnabled(m_manageable && selected && !m_busy);
}
