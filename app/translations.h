#pragma once

#include <string>
#include <vector>

class QCoreApplication;

// Loads the translation for --lang (removed from args), else the "ui/language" setting (when
// the application has an organization name, as api-explorer does), else the system locale,
// falling back to English; the .qm files are embedded under :/i18n.
void installTranslations(QCoreApplication &app, std::vector<std::string> &args);
