#pragma once

#include <QColor>
#include <QPalette>
#include <QProxyStyle>

// The few colours the window adds to the palette's own, chosen for the palette in use: darker
// tones on a light base, lighter ones on a dark base, so that text keeps a contrast of at
// least 4.5:1 (WCAG AA) either way. Widgets and models take them from here.
namespace Colors {

enum class Role { Success, Info, Warning, Danger };

bool isDark(const QPalette &palette);
// The application's palette (QGuiApplication::palette()) when none is given.
QColor text(Role role, const QPalette &palette);
QColor text(Role role);
QColor forStatus(int status, const QPalette &palette); // 2xx success ... 5xx danger
QColor forMethod(const QString &method, const QPalette &palette);
// A translucent background that marks a place (an error, an added value) on any base.
QColor markBackground(Role role);

// WCAG 2 contrast ratio of two opaque colours, 1 to 21.
double contrast(const QColor &a, const QColor &b);

// A dark palette for the Fusion style (View → Dark), close to what desktops ship.
QPalette darkPalette();

// A hint's background and text on this palette: pale yellow on a light one, dark amber on a
// dark one (text at least 4.5:1 either way).
QPalette hintPalette(const QPalette &palette);

// Fusion (View → Dark and Light) with check boxes and radio buttons that can be seen: Fusion
// outlines them in the window colour darkened, which all but vanishes on a dark window and is
// faint on a light one. This one draws the outline in the palette's placeholder grey (at least
// 3:1 against the window, WCAG's figure for the parts of a control).
class ReadableFusionStyle : public QProxyStyle
{
public:
    ReadableFusionStyle();
    void drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                       const QWidget *widget = nullptr) const override;
};

} // namespace Colors
