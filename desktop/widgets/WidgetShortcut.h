#pragma once
#include <QAction>
#include <QKeySequence>
#include <QWidget>

// A key for a part of a window (F5, Ctrl+N, Delete): an action of `owner` that fires while
// the focus is in it or its children. A button has one shortcut, taken by its mnemonic, so
// standard keys come from an action like this one.
class WidgetShortcut
{
public:
    template <typename Functor>
    static QAction *add(QWidget *owner, const QKeySequence &keys, Functor onTriggered)
    {
        auto *action = new QAction(owner);
        action->setShortcut(keys);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        owner->addAction(action);
        QObject::connect(action, &QAction::triggered, owner, onTriggered);
        return action;
    }
};
