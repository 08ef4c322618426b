#include "OfficeHoursEditor.h"
#include "OfficeHoursGrid.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace {
const QList<int> kCellMinutes{60, 30, 15};
} // namespace

OfficeHoursEditor::OfficeHoursEditor(QWidget *parent)
    : QWidget(parent), m_grid(new OfficeHoursGrid(this)), m_cellCombo(new QComboBox(this)),
      m_summary(new QLabel(this))
{
    m_grid->setObjectName("officeHoursGrid");
    m_grid->setToolTip(tr("Click a cell to open or close it; drag to paint a block of days "
                          "and hours. Arrow keys and Space work too."));
    m_cellCombo->setObjectName("cellMinutesCombo");
    for (int minutes : kCellMinutes)
        m_cellCombo->addItem(tr("%n minute(s)", nullptr, minutes), minutes);
    m_cellCombo->setCurrentIndex(1);
    m_cellCombo->setToolTip(tr("How much of a day one cell of the grid stands for. Hours that "
                               "do not fit the cells are kept and shown as partly open."));
    m_summary->setObjectName("officeHoursSummary");
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *clear = new QPushButton(tr("Close &all week"), this);
    clear->setObjectName("clearHoursButton");
    clear->setToolTip(tr("Close every cell; without office hours the service takes no "
                         "callbacks except on special days with hours."));

    auto *cellLabel = new QLabel(tr("Cell si&ze:"), this);
    cellLabel->setBuddy(m_cellCombo);
    auto *bar = new QHBoxLayout;
    bar->addWidget(cellLabel);
    bar->addWidget(m_cellCombo);
    bar->addStretch(1);
    bar->addWidget(clear);

    auto *hint = new QLabel(
        tr("Green cells are open, in the service's time zone. Special days override this."), this);
    hint->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(hint);
    layout->addLayout(bar);
    layout->addWidget(m_grid);
    layout->addWidget(m_summary);
    layout->addStretch(1);

    connect(m_cellCombo, &QComboBox::currentIndexChanged, this,
            [this] { m_grid->setCellMinutes(m_cellCombo->currentData().toInt()); });
    connect(m_grid, &OfficeHoursGrid::hoursChanged, this, &OfficeHoursEditor::updateSummary);
    connect(clear, &QPushButton::clicked, this, [this] {
        m_grid->setHours({});
        updateSummary();
    });
}

void OfficeHoursEditor::load(const ges::ServiceConfig &service)
{
    const WeeklyHours hours = WeeklyHours::fromRanges(service.officeHours);
    // Start with cells that show the stored hours exactly, if the offered sizes can.
    const int cell = hours.finestBoundary({30, 15});
    m_cellCombo->setCurrentIndex(int(kCellMinutes.indexOf(cell)));
    m_grid->setHours(hours);
    updateSummary();
}

void OfficeHoursEditor::write(QJsonObject &json) const
{
    ges::ServiceConfig shape;
    shape.officeHours = m_grid->hours().toRanges();
    json.insert("officeHours", shape.toJson().value("officeHours"));
}

QWidget *OfficeHoursEditor::widgetFor(const QString &field) const
{
    return field.startsWith(QLatin1String("officeHours")) ? m_grid : nullptr;
}

void OfficeHoursEditor::updateSummary()
{
    const auto ranges = m_grid->hours().toRanges();
    m_summary->setText(ranges.isEmpty() ? tr("Closed every day of the week.")
                                        : tr("Open: %1").arg(WeeklyHours::displayText(ranges)));
}
