#include "mainwindow.h"

#include "integrationlistdelegate.h"
#include "model/connectionsmodel.h"

#include <QLabel>
#include <QListView>
#include <QVBoxLayout>

namespace aria::ui {

MainWindow::MainWindow(ConnectionsModel *model, QWidget *parent)
    : QMainWindow(parent)
{
    setWindowTitle(tr("ARIA Integrations"));
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(32, 32, 32, 32);
    layout->setSpacing(8);

    auto *title = new QLabel(tr("Integrations"), central);
    title->setObjectName(QStringLiteral("title"));
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.8);
    titleFont.setWeight(QFont::DemiBold);
    title->setFont(titleFont);
    auto *subtitle = new QLabel(tr("Connect your tools to enable ARIA's full capabilities"), central);
    subtitle->setObjectName(QStringLiteral("subtitle"));
    subtitle->setWordWrap(true);

    auto *list = new QListView(central);
    list->setObjectName(QStringLiteral("integrationList"));
    list->setModel(model);
    list->setItemDelegate(new IntegrationListDelegate(list));
    list->setUniformItemSizes(true);
    list->setAccessibleName(tr("Integrations"));

    layout->addWidget(title);
    layout->addWidget(subtitle);
    layout->addSpacing(16);
    layout->addWidget(list, 1);
    setCentralWidget(central);
    resize(880, 640);
}

void MainWindow::showFatalProblem(const QString &message)
{
    auto *label = new QLabel(message, centralWidget());
    label->setObjectName(QStringLiteral("problem"));
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    static_cast<QVBoxLayout *>(centralWidget()->layout())->insertWidget(2, label);
}

}  // namespace aria::ui
