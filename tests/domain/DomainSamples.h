#pragma once

#include "domain/Agency.h"
#include "domain/Assignment.h"
#include "domain/Category.h"
#include "domain/Event.h"
#include "domain/Report.h"
#include "domain/User.h"

#include <QDateTime>

// Realistic values for the codec tests: Quảng Ninh agencies, Vietnamese text, fixed instants.
namespace samples {

QDateTime at(int day, int hour, int minute = 0); // March 2026, Asia/Ho_Chi_Minh (+07:00)
QString sha(char fill);                          // a well-formed SHA-256 hex string

paht::Reporter citizenReporter();
paht::Reporter organisationReporter();
paht::Location hongGaiLocation();
paht::Agency constructionDepartment();
paht::Agency hongGaiCommittee();
paht::Agency waterCompany();
paht::Category urbanInfrastructure();
paht::Category retiredCategory();
paht::User specialist();
paht::User clearedOperator();
paht::Assignment pendingAssignment();
paht::Assignment fullAssignment();
paht::Report newReport();
paht::Report publishedReport();
paht::Event dispatchedEvent();
paht::Event citizenEvent();

} // namespace samples
