#include "TenantListEditor.h"

#include "shared/JsonFields.h"

#include <QGridLayout>
#include <QKeyEvent>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QStringListModel>

TenantListEditor::TenantListEditor(QWidget *parent)
    : QWidget(parent), m_model(new QStringListModel(this)), m_view(new QListView(this)),
      m_input(new QLineEdit(this)), m_addButton(new QPushButton(tr("&Add"), this)),
      m_removeButton(new QPushButton(tr("Re&move"), this))
{
    m_view->setObjectName("tenantList");
    m_view->setModel(m_model);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setMaximumHeight(fontMetrics().height() * 6);
    m_input->setObjectName("tenantInput");
    m_input->setPlaceholderText(tr("tenant name, or * for all"));
    m_addButton->setObjectName("addTenantButton");
    m_removeButton->setObjectName("removeTenantButton");

    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view, 0, 0, 1, 2);
    layout->addWidget(m_removeButton, 0, 2, Qt::AlignTop);
    layout->addWidget(m_input, 1, 0, 1, 2);
    layout->addWidget(m_addButton, 1, 2);

    connect(m_input, &QLineEdit::textChanged, this, &TenantListEditor::updateButtons);
    m_input->installEventFilter(this);
    m_addButton->setAutoDefault(false);
    m_removeButton->setAutoDefault(false);
    connect(m_addButton, &QPushButton::clicked, this, &TenantListEditor::addTyped);
    connect(m_removeButton, &QPushButton::clicked, this, &TenantListEditor::removeSelected);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &TenantListEditor::updateButtons);
    updateButtons();
}

// Enter in the field adds the name; without this it would also reach the dialog and
// press its default button (save) with the name not yet in the list.
bool TenantListEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_input && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            addTyped();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

QStringList TenantListEditor::tenants() const
{
    return m_model->stringList();
}

void TenantListEditor::setTenants(const QStringList &tenants)
{
    m_model->setStringList(tenants);
    m_input->clear();
    updateButtons();
    emit changed();
}

// The server's rule (UserPolicy::parseTenants): a name, no comma, or "*".
bool TenantListEditor::isTenant(const QString &text)
{
    return text == QLatin1String("*") || (ges::fields::isName(text) && !text.contains(u','));
}

void TenantListEditor::addTyped()
{
    const QString tenant = m_input->text().trimmed();
    if (!isTenant(tenant))
        return;
    QStringList list = m_model->stringList();
    if (!list.contains(tenant))
        list.append(tenant);
    m_model->setStringList(list);
    m_input->clear();
    updateButtons();
    emit changed();
}

void TenantListEditor::removeSelected()
{
    QStringList list = m_model->stringList();
    for (const QModelIndex &index : m_view->selectionModel()->selectedIndexes())
        list.removeAll(index.data().toString());
    m_model->setStringList(list);
    updateButtons();
    emit changed();
}

void TenantListEditor::updateButtons()
{
    m_addButton->setEnabled(isTenant(m_input->text().trimmed()));
    m_removeButton->setEnabled(m_view->selectionModel()->hasSelection());
}
