#include "SpecialDaysEditor.h"

#include "models/SpecialDaysModel.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableView>
#include <QVBoxLayout>

SpecialDaysEditor::SpecialDaysEditor(QWidget *parent)
    : QWidget(parent), m_model(new SpecialDaysModel(this)), m_view(new QTableView(this))
{
    m_view->setObjectName("specialDaysView");
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setMinimumSectionSize(90);
    m_view->setToolTip(tr("A date listed here ignores the weekly office hours: closed all "
                          "day, or open only in the hours of its rows."));

    auto *add = new QPushButton(tr("&Add day"), this);
    add->setObjectName("addSpecialDayButton");
    m_removeButton = new QPushButton(tr("&Remove day"), this);
    m_removeButton->setObjectName("removeSpecialDayButton");
    m_removeButton->setEnabled(false);
    auto *remove = new QAction(this);
    remove->setShortcut(QKeySequence::Delete);
    remove->setShortcutContext(Qt::WidgetShortcut);
    m_view->addAction(remove);

    auto *hint = new QLabel(tr("Times are HH:MM in the service's time zone. A date may have "
                               "several rows of hours."),
                            this);
    hint->setWordWrap(true);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(m_removeButton);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(hint);
    layout->addLayout(buttons);
    layout->addWidget(m_view, 1);

    connect(add, &QPushButton::clicked, this, &SpecialDaysEditor::addDay);
    connect(m_removeButton, &QPushButton::clicked, this, &SpecialDaysEditor::removeSelected);
    connect(remove, &QAction::triggered, this, &SpecialDaysEditor::removeSelected);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { m_removeButton->setEnabled(m_view->selectionModel()->hasSelection()); });
}

void SpecialDaysEditor::load(const ges::ServiceConfig &service)
{
    m_model->setDays(service.specialDays);
}

void SpecialDaysEditor::write(QJsonObject &json) const
{
    json.insert("specialDays", m_model->toJson());
}

QWidget *SpecialDaysEditor::widgetFor(const QString &field) const
{
    static const QRegularExpression row(QStringLiteral("^specialDays\\[([0-9]+)\\]"));
    if (!field.startsWith(QLatin1String("specialDays")))
        return nullptr;
    const auto match = row.match(field);
    if (match.hasMatch())
        m_view->selectRow(match.captured(1).toInt());
    return m_view;
}

void SpecialDaysEditor::addDay()
{
    const int row = m_model->addDay();
    const QModelIndex date = m_model->index(row, SpecialDaysModel::DateColumn);
    m_view->setCurrentIndex(date);
    m_view->edit(date);
}

void SpecialDaysEditor::removeSelected()
{
    QList<int> rows;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
        rows << index.row();
    std::sort(rows.begin(), rows.end(), std::greater<>());
    for (int row : rows)
        m_model->removeDay(row);
}
