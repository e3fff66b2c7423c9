// Holds the embedded .qm files (qt_add_resources adds them to this library).
namespace ApiTestI18n {
int anchor = 0;
}
