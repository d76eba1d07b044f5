#pragma once

#include <QWidget>

namespace aria::ui {

class Loop;

// A placeholder shaped like an integration card while the list loads: grey blocks where the
// tile, name, description and button will be, with a light band sweeping across them.
class SkeletonCard : public QWidget
{
    Q_OBJECT
public:
    explicit SkeletonCard(QWidget *parent = nullptr);
    bool isShimmering() const;
    void syncMotion();

    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    QSize sizeHint() const override { return { 880, heightForWidth(880) }; }

protected:
    void paintEvent(QPaintEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    Loop *m_shimmer;
};

} // namespace aria::ui
