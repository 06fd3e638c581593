#include "DecisionPanel.h"

#include "DecisionConfirmation.h"

#include "approval/TextDiff.h"
#include "items/ActionSet.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace paht::ui {

namespace {

enum Page
{
    ButtonsPage,
    ReworkPage,
    EditPage
};

const QKeySequence kCtrlReturn(Qt::CTRL | Qt::Key_Return);
const QKeySequence kCtrlEnter(Qt::CTRL | Qt::Key_Enter); // the keypad's Enter

// A button that also answers its keys while it is visible and enabled; hidden pages' buttons do not, so
// the same key serves the page on show.
QPushButton* button(const QString& label, const QString& name, const QList<QKeySequence>& keys,
                    QWidget* parent)
{
    auto* out = new QPushButton(label, parent);
    out->setObjectName(name);
    for (const QKeySequence& key : keys) {
        auto* shortcut = new QShortcut(key, out);
        shortcut->setContext(Qt::WindowShortcut);
        QObject::connect(shortcut, &QShortcut::activated, out, &QPushButton::click);
    }
    if (!keys.isEmpty())
        //: A button's label and its keyboard shortcut, e.g. "Approve (Ctrl+Return)"
        out->setToolTip(QCoreApplication::translate("paht::ui::DecisionPanel", "%1 (%2)")
                            .arg(label, keys.first().toString(QKeySequence::NativeText)));
    return out;
}

QLabel* problemLabel(QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #8a1010"));
    return label;
}

} // namespace

DecisionPanel::DecisionPanel(QWidget* parent)
    : QWidget(parent), m_pages(new QStackedWidget(this)), m_notice(new QLabel(this))
{
    m_notice->setObjectName(QStringLiteral("decisionNotice"));
    m_notice->setWordWrap(true);
    m_notice->setStyleSheet(QStringLiteral("background: #fdecc8; color: #5c3b00; padding: 4px"));
    m_notice->hide();
    m_pages->addWidget(buildButtons());
    m_pages->addWidget(buildReworkForm());
    m_pages->addWidget(buildEditForm());
    m_diffDelay.setSingleShot(true);
    m_diffDelay.setInterval(150);
    connect(&m_diffDelay, &QTimer::timeout, this, &DecisionPanel::updateEdit);
    showPage(ButtonsPage);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_notice);
    layout->addWidget(m_pages);
    updateButtons();
}

QWidget* DecisionPanel::buildButtons()
{
    auto* page = new QWidget(this);
    m_approve = button(ActionSet::label(QStringLiteral("approve")), QStringLiteral("approve"),
                       {kCtrlReturn, kCtrlEnter}, page);
    m_rework = button(ActionSet::label(QStringLiteral("return_for_rework")) + QStringLiteral("…"),
                      QStringLiteral("returnForRework"), {QKeySequence(Qt::CTRL | Qt::Key_R)}, page);
    m_edit = button(ActionSet::label(QStringLiteral("edit_and_approve")) + QStringLiteral("…"),
                    QStringLiteral("editAndApprove"), {QKeySequence(Qt::CTRL | Qt::Key_E)}, page);
    m_approve->setDefault(true);
    connect(m_approve, &QPushButton::clicked, this, [this] { emit decided(LeaderDecision::approve()); });
    connect(m_rework, &QPushButton::clicked, this, &DecisionPanel::startRework);
    connect(m_edit, &QPushButton::clicked, this, &DecisionPanel::startEdit);
    auto* layout = new QHBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_approve);
    layout->addWidget(m_rework);
    layout->addWidget(m_edit);
    layout->addStretch();
    return page;
}

QWidget* DecisionPanel::buildReworkForm()
{
    auto* page = new QWidget(this);
    m_reason = new QPlainTextEdit(page);
    m_reason->setObjectName(QStringLiteral("reworkReason"));
    m_reason->setTabChangesFocus(true);
    m_reasonProblem = problemLabel(page);
    m_sendRework = button(ActionSet::label(QStringLiteral("return_for_rework")), QStringLiteral("sendRework"),
                          {kCtrlReturn, kCtrlEnter}, page);
    QPushButton* cancel =
        button(tr("Cancel"), QStringLiteral("cancelRework"), {QKeySequence(Qt::Key_Escape)}, page);
    connect(m_reason, &QPlainTextEdit::textChanged, this, &DecisionPanel::updateRework);
    connect(cancel, &QPushButton::clicked, this, &DecisionPanel::closeForm);
    connect(m_sendRework, &QPushButton::clicked, this, [this] {
        const LeaderDecision decision = LeaderDecision::returnForRework(m_reason->toPlainText());
        if (!decision.isValid())
            return;
        emit decided(decision);
        m_reason->clear();
        closeForm();
    });
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_reasonProblem, 1);
    buttons->addWidget(m_sendRework);
    buttons->addWidget(cancel);
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    //: R-12. Glossary: Trả lại để xử lý lại; Chuyên viên
    layout->addWidget(
        new QLabel(tr("Why the result goes back for rework — the specialist reads this:"), page));
    layout->addWidget(m_reason, 1);
    layout->addLayout(buttons);
    return page;
}

QWidget* DecisionPanel::buildEditForm()
{
    auto* page = new QWidget(this);
    m_editor = new QPlainTextEdit(page);
    m_editor->setObjectName(QStringLiteral("resultEditor"));
    m_editor->setTabChangesFocus(true);
    m_liveDiff = new QTextBrowser(page);
    m_liveDiff->setObjectName(QStringLiteral("liveDiff"));
    m_editProblem = problemLabel(page);
    m_confirmEdit =
        button(tr("Review and approve…"), QStringLiteral("confirmEdit"), {kCtrlReturn, kCtrlEnter}, page);
    QPushButton* cancel =
        button(tr("Cancel"), QStringLiteral("cancelEdit"), {QKeySequence(Qt::Key_Escape)}, page);
    connect(m_editor, &QPlainTextEdit::textChanged, this, [this] {
        m_confirmEdit->setEnabled(false);
        m_diffDelay.start();
    });
    connect(cancel, &QPushButton::clicked, this, &DecisionPanel::closeForm);
    connect(m_confirmEdit, &QPushButton::clicked, this, &DecisionPanel::confirmEdit);
    auto* split = new QSplitter(page);
    split->addWidget(m_editor);
    split->addWidget(m_liveDiff);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_editProblem, 1);
    buttons->addWidget(m_confirmEdit);
    buttons->addWidget(cancel);
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(
        //: R-12: the leader edits the specialist's result. Glossary: Sửa và phê duyệt
        new QLabel(tr("Edit the result. The difference from the specialist's text shows on the right: "
                      "struck out what goes, underlined what comes."),
                   page));
    layout->addWidget(split, 1);
    layout->addLayout(buttons);
    return page;
}

void DecisionPanel::setResult(const QString& reportId, const QString& submittedText,
                              const QStringList& allowed)
{
    const bool sameReport = reportId == m_reportId;
    m_reportId = reportId;
    m_allowed = allowed;
    if (!sameReport) {
        m_reason->clear();
        m_editor->clear();
        closeForm();
    }
    const bool textChanged = submittedText != m_submittedText;
    m_submittedText = submittedText;
    const int page = m_pages->currentIndex();
    if ((page == ReworkPage && !allowed.contains(QStringLiteral("return_for_rework"))) ||
        (page == EditPage && !allowed.contains(QStringLiteral("edit_and_approve"))))
        closeForm();
    if (textChanged && m_pages->currentIndex() == EditPage)
        updateEdit();
    updateButtons();
}

void DecisionPanel::setNotice(const QString& notice)
{
    m_notice->setText(notice);
    m_notice->setVisible(!notice.isEmpty());
    if (!notice.isEmpty())
        closeForm();
    updateButtons();
}

// Only the page on show counts for the panel's size, so the buttons alone take one row and a form gets
// the room it asks for.
void DecisionPanel::showPage(int page)
{
    for (int i = 0; i < m_pages->count(); ++i)
        m_pages->widget(i)->setSizePolicy(i == page ? QSizePolicy::Preferred : QSizePolicy::Ignored,
                                          i == page ? QSizePolicy::Preferred : QSizePolicy::Ignored);
    m_pages->setCurrentIndex(page);
    m_pages->updateGeometry();
}

void DecisionPanel::startRework()
{
    if (!m_rework->isEnabled())
        return;
    showPage(ReworkPage);
    updateRework();
    m_reason->setFocus();
}

void DecisionPanel::startEdit()
{
    if (!m_edit->isEnabled())
        return;
    // What the leader typed survives closing the form; a new report starts from its specialist's text.
    if (m_editor->document()->isEmpty())
        m_editor->setPlainText(m_submittedText);
    showPage(EditPage);
    updateEdit();
    m_editor->setFocus();
}

void DecisionPanel::closeForm()
{
    showPage(ButtonsPage);
    if (m_approve->isEnabled())
        m_approve->setFocus();
}

bool DecisionPanel::isFormOpen() const
{
    return m_pages->currentIndex() != ButtonsPage;
}

void DecisionPanel::updateButtons()
{
    const bool open = m_notice->text().isEmpty() && !m_reportId.isEmpty();
    m_approve->setEnabled(open && m_allowed.contains(QStringLiteral("approve")));
    m_rework->setEnabled(open && m_allowed.contains(QStringLiteral("return_for_rework")));
    m_edit->setEnabled(open && m_allowed.contains(QStringLiteral("edit_and_approve")));
}

void DecisionPanel::updateRework()
{
    const LeaderDecision decision = LeaderDecision::returnForRework(m_reason->toPlainText());
    m_reasonProblem->setText(decision.problem());
    m_sendRework->setEnabled(decision.isValid());
}

void DecisionPanel::updateEdit()
{
    m_diffDelay.stop();
    const QString edited = m_editor->toPlainText();
    const LeaderDecision decision = LeaderDecision::editAndApprove(m_submittedText, edited);
    m_liveDiff->setHtml(TextDiff(m_submittedText.trimmed(), edited.trimmed()).toHtml());
    m_editProblem->setText(decision.problem());
    m_confirmEdit->setEnabled(decision.isValid());
}

// The difference once more, as it will stand in the history, before the edit is sent.
void DecisionPanel::confirmEdit()
{
    updateEdit();
    const QString edited = m_editor->toPlainText();
    const LeaderDecision decision = LeaderDecision::editAndApprove(m_submittedText, edited);
    if (!decision.isValid())
        return;
    const TextDiff diff(m_submittedText.trimmed(), edited.trimmed());
    //: How much the leader's edit changes. %1 and %2 are numbers of words.
    const QString summary =
        tr("Words added: %1. Words removed: %2.").arg(diff.insertedWords()).arg(diff.removedWords());
    DecisionConfirmation confirmation(
        //: Title of the confirmation. Glossary: Sửa và phê duyệt
        tr("Edit and approve %1").arg(m_reportId),
        tr("Approve the result with these changes? The specialist's text stays in the history."),
        QStringLiteral("<p>%1</p><hr>%2").arg(summary.toHtmlEscaped(), diff.toHtml()),
        //: The button that sends the leader's edit. Glossary: Phê duyệt
        tr("Approve with these changes"), this);
    confirmation.setObjectName(QStringLiteral("editConfirmation"));
    if (confirmation.exec() != QDialog::Accepted)
        return;
    emit decided(decision);
    m_editor->clear();
    closeForm();
}

} // namespace paht::ui
