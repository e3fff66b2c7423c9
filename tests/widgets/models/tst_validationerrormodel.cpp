#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include "widgets/models/tracemodel.h"
#include "widgets/models/validationerrormodel.h"

class TestValidationErrorModel final : public QObject
{
    Q_OBJECT

private slots:
    void showsTheDetailsUntranslated()
    {
        ValidationErrorModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        Engine::Client::ValidationRow row;
        row.type = "string_too_short";
        row.loc = "body → username";
        row.msg = "String should have at least 3 characters";
        row.input = "\"al\"";
        row.ctx = "{\"min_length\":3}";
        model.setRows({row, row});
        QCOMPARE(reset.count(), 1);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.headerData(0, Qt::Horizontal, Qt::DisplayRole).toString(),
                 QStringLiteral("type"));
        QCOMPARE(model.data(model.index(1, ValidationErrorModel::MsgColumn)).toString(),
                 QStringLiteral("String should have at least 3 characters"));
        model.setRows({});
        QCOMPARE(model.rowCount(), 0);
    }

    void traceTimeline()
    {
        TraceModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        Engine::Json event{{"kind", "dependency"},
                           {"name", "get_db"},
                           {"detail", "sqlite_memory (override)"},
                           {"at_us", 3}};
        model.setTrace(Engine::Json{{"events", Engine::Json::array({event})}});
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.data(model.index(0, TraceModel::DetailColumn)).toString(),
                 QStringLiteral("sqlite_memory (override)"));
    }
};

QTEST_MAIN(TestValidationErrorModel)
#include "tst_validationerrormodel.moc"
