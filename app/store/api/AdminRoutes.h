#pragma once

#include "api/ApiContext.h"

namespace paht::store {

class AccountDesk;
class AdminJournal;
class DirectoryDesk;

struct AdminDesks
{
    AdminJournal& journal;
    AccountDesk& accounts;
    DirectoryDesk& directory;
};

// /api/v1/admin: the administrator's changes to users, agencies, categories, rules and API keys.
void addAdminRoutes(Router& router, ApiContext& context, AdminDesks& desks);

} // namespace paht::store
