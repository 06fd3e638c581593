// The login dialog, rendered offscreen: remembered address and user, never the password.
#include "LoginDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using paht::ui::LoginDialog;

class UiLoginTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QSettings settings()
    {
        return QSettings(m_dir.filePath(QStringLiteral("console.ini")), QSettings::IniFormat);
    }

    static QPushButton* okButton(LoginDialog& dialog)
    {
        return dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
    }

private slots:
    void loginNeedsAddressUserAndPassword()
    {
        QSettings store = settings();
        LoginDialog dialog(store);
        dialog.show();
        auto* url = dialog.findChild<QLineEdit*>(QStringLiteral("storeUrl"));
        auto* user = dialog.findChild<QLineEdit*>(QStringLiteral("username"));
        auto* password = dialog.findChild<QLineEdit*>(QStringLiteral("password"));
        QVERIFY(!okButton(dialog)->isEnabled());
        user->setText(QStringLiteral("intake"));
        QVERIFY(!okButton(dialog)->isEnabled());
        QTest::keyClicks(password, QStringLiteral("secret"));
        QVERIFY(okButton(dialog)->isEnabled());
        url->setText(QStringLiteral("not a url"));
        QVERIFY(!okButton(dialog)->isEnabled());
        url->setText(QStringLiteral("https://paht.quangninh.example"));
        QVERIFY(okButton(dialog)->isEnabled());
        QCOMPARE(password->echoMode(), QLineEdit::Password);
    }

    void addressAndUserAreRememberedButNotThePassword()
    {
        {
            QSettings store = settings();
            LoginDialog dialog(store);
            QSignalSpy requested(&dialog, &LoginDialog::loginRequested);
            dialog.findChild<QLineEdit*>(QStringLiteral("storeUrl"))
                ->setText(QStringLiteral("http://10.0.0.1:8080"));
            dialog.findChild<QLineEdit*>(QStringLiteral("username"))->setText(QStringLiteral("baichay.cv"));
            dialog.findChild<QLineEdit*>(QStringLiteral("password"))->setText(QStringLiteral("mật khẩu"));
            QTest::mouseClick(okButton(dialog), Qt::LeftButton);
            QCOMPARE(requested.count(), 1);
            QCOMPARE(requested.first().at(2).toString(), QStringLiteral("mật khẩu"));
        }
        QSettings store = settings();
        LoginDialog again(store);
        QCOMPARE(again.storeUrl(), QStringLiteral("http://10.0.0.1:8080"));
        QCOMPARE(again.username(), QStringLiteral("baichay.cv"));
        QVERIFY(again.password().isEmpty());
        QFile file(m_dir.filePath(QStringLiteral("console.ini")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains("kh"));
    }

    void errorsAreShownAndTheFormIsUsableAgain()
    {
        QSettings store = settings();
        LoginDialog dialog(store);
        dialog.show();
        dialog.setBusy(true);
        QVERIFY(!dialog.findChild<QLineEdit*>(QStringLiteral("password"))->isEnabled());
        dialog.showError(QStringLiteral("Sai tên đăng nhập hoặc mật khẩu."));
        auto* error = dialog.findChild<QLabel*>(QStringLiteral("loginError"));
        QVERIFY(error->isVisible());
        QCOMPARE(error->text(), QStringLiteral("Sai tên đăng nhập hoặc mật khẩu."));
        QVERIFY(dialog.findChild<QLineEdit*>(QStringLiteral("password"))->isEnabled());
    }
};

QTEST_MAIN(UiLoginTest)
#include "tst_ui_login.moc"
