#pragma once

namespace paht::ui {

class ConsoleSession;
class MainWindow;

// Gives the main window the work screens of the logged-in user's role (the CommandScreens of [4/6]) and
// their menus, so that the window itself only hosts them.
void addRoleScreens(MainWindow& window, ConsoleSession& session);

} // namespace paht::ui
