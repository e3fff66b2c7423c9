#include "widgets/colors.h"

#include <QPainter>
#include <QStyleOption>

#include <cmath>

#include <QGuiApplication>

namespace Colors {

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

QColor text(Role role, const QPalette &palette)
{
    const bool dark = isDark(palette);
    switch (role) {
    case Role::Success:
        return dark ? QColor(0x6c, 0xd2, 0x8a) : QColor(0x17, 0x6b, 0x32);
    case Role::Info:
        return dark ? QColor(0x79, 0xb8, 0xff) : QColor(0x1f, 0x5f, 0xbf);
    case Role::Warning:
        return dark ? QColor(0xf0, 0xb4, 0x4c) : QColor(0x8a, 0x55, 0x00);
    case Role::Danger:
        break;
    }
    return dark ? QColor(0xff, 0x85, 0x80) : QColor(0xb0, 0x2a, 0x2a);
}

QColor text(Role role)
{
    return text(role, QGuiApplication::palette());
}

QColor forStatus(int status, const QPalette &palette)
{
    if (status < 300)
        return text(Role::Success, palette);
    if (status < 400)
        return text(Role::Info, palette);
    if (status < 500)
        return text(Role::Warning, palette);
    return text(Role::Danger, palette);
}

QColor forMethod(const QString &method, const QPalette &palette)
{
    if (method == QLatin1String("GET"))
        return text(Role::Success, palette);
    if (method == QLatin1String("POST"))
        return text(Role::Info, palette);
    if (method == QLatin1String("DELETE"))
        return text(Role::Danger, palette);
    return text(Role::Warning, palette);
}

QColor markBackground(Role role)
{
    switch (role) {
    case Role::Success:
        return {46, 160, 67, 60};
    case Role::Info:
        return {31, 95, 191, 60};
    case Role::Warning:
        return {224, 138, 30, 60};
    case Role::Danger:
        break;
    }
    return {209, 36, 47, 60};
}

double contrast(const QColor &a, const QColor &b)
{
    const auto luminance = [](const QColor &c) {
        const auto channel = [](double v) {
            return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
        };
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF())
               + 0.0722 * channel(c.blueF());
    };
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2b, 0x2b), base(0x1e, 0x1e, 0x1e), text(0xe6, 0xe6, 0xe6);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
    p.setColor(QPalette::ToolTipBase, QColor(0x3a, 0x3a, 0x3a));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xff, 0x55, 0x55));
    p.setColor(QPalette::Link, QColor(0x79, 0xb8, 0xff));
    p.setColor(QPalette::Highlight, QColor(0x2f, 0x6f, 0xc4));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Light, QColor(0x50, 0x50, 0x50));
    p.setColor(QPalette::Midlight, QColor(0x40, 0x40, 0x40));
    p.setColor(QPalette::Mid, QColor(0x30, 0x30, 0x30));
    p.setColor(QPalette::Dark, QColor(0x18, 0x18, 0x18));
    p.setColor(QPalette::Shadow, Qt::black);
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, QColor(0x80, 0x80, 0x80));
    return p;
}

QPalette hintPalette(const QPalette &palette)
{
    QPalette p = palette;
    if (isDark(palette)) {
        p.setColor(QPalette::Window, QColor(0x3d, 0x34, 0x18));
        p.setColor(QPalette::WindowText, QColor(0xff, 0xe8, 0xa3));
    } else {
        p.setColor(QPalette::Window, QColor(0xff, 0xf4, 0xce));
        p.setColor(QPalette::WindowText, QColor(0x3a, 0x2e, 0x00));
    }
    return p;
}

ReadableFusionStyle::ReadableFusionStyle()
    : QProxyStyle(QStringLiteral("Fusion"))
{}

void ReadableFusionStyle::drawPrimitive(PrimitiveElement element, const QStyleOption *option,
                                        QPainter *painter, const QWidget *widget) const
{
    QProxyStyle::drawPrimitive(element, option, painter, widget);
    if (element != PE_IndicatorCheckBox && element != PE_IndicatorRadioButton)
        return;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, element == PE_IndicatorRadioButton);
    painter->setBrush(Qt::NoBrush);
    painter->setPen(QPen(option->palette.color(QPalette::PlaceholderText), 1));
    const QRectF box = QRectF(option->rect).adjusted(0.5, 0.5, -0.5, -0.5);
    if (element == PE_IndicatorRadioButton)
        painter->drawEllipse(box);
    else
        painter->drawRect(box);
    painter->restore();
}

} // namespace Colors
