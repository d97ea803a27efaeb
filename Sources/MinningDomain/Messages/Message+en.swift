import Foundation

extension Message {
    /// The English text: for integrations and for readers who ask for `Accept-Language: en`.
    var en: String {
        switch self {
        case .title(let kind): kind.en
        case .fieldsInvalid(let count): count == 1 ? "1 field is invalid" : "\(count) fields are invalid"
        case .bodyNotJSON(let syntax, let offset): "the body is not valid JSON: \(syntax.en) at byte \(offset)"
        case .bodyNotObject(let got): "the body must be a JSON object, not \(got.en)"
        case .sendJSON: "send the body as application/json"
        case .bodyTooLarge: "the body must not exceed 1 MiB"
        case .noRoute: "no route matches this method and path"
        case .methodNotAllowed(let allowed): "this path accepts: " + allowed.joined(separator: ", ")
        case .sendAPIKey: "send an API key as Authorization: Bearer KEY"
        case .authorizationNotBearer: "the Authorization header must be Bearer KEY"
        case .apiKeyUnknown: "the API key is unknown or revoked"
        case .keyBureauGone: "the key's bureau no longer exists"
        case .roleMayNot(let role): "the \(role.rawValue) role may not do this"
        case .rateLimited(let perMinute, let seconds): "this key may make \(perMinute) requests a minute; retry after \(seconds) s"
        case .ifMatchRequired: "send If-Match with the ETag you read, so that no one's change is overwritten"
        case .ifMatchMalformed: "If-Match must be an ETag from this API, like \"3\""
        case .changedSinceRead(let version): "it was changed since you read it (now version \(version)); read it again and reapply your change"
        case .databaseUnavailable: "the database cannot be reached; retry later"
        case .internalError: "an unexpected error occurred; quote the request id when reporting it"
        case .migrationsPending(let count): "\(count) migration(s) pending; run minning migrate"
        case .requestLineUnreadable:
            "the request line could not be read: percent-encode every character of the path and query outside ASCII letters, digits and -._~ (缝纫 is %E7%BC%9D%E7%BA%AB)"
        case .headersTooLarge: "the request's headers are too large"
        case .requestUnreadable: "the request could not be read as HTTP/1.1"
        case .httpError(let status): "the request could not be handled (HTTP \(status))"
        case .checkedFieldMissing: "a field passed its check but has no value"
        case .idempotencyKeyFormat: "must be 1 to 200 printable ASCII characters"
        case .idempotencyKeyReused: "was used before with a different body"
        case .idempotencyKeyInUse: "the Idempotency-Key is in use; retry"
        case .idempotencyFirstStillRunning: "the first request with this Idempotency-Key is still running; retry"
        case .importKindUnknown(let kind, let kinds): "no import of \(kind): the kinds are \(kinds.joined(separator: ", "))"

        case .required: "is required"
        case .leaveOutRatherThanNull: "must be left out rather than null"
        case .unknownField: "is not a known field"
        case .unknownQueryParameter: "is not a known query parameter"
        case .givenOnce: "must be given once"
        case .serverHeldWorkerStatus: "is kept by Minning (set by training enrolment, placement and consent withdrawal) and cannot be written"
        case .tooLong(let max): "must be at most \(max) characters"
        case .controlCharacters: "must not contain control characters"
        case .blank: "must not be empty or blank"
        case .notUUID: "must be a UUID"
        case .wrongType(let expected, let got): "must be \(expected.en), not \(got.en)"
        case .notOneOf(let values, _): "must be one of: " + values.joined(separator: ", ")
        case .notOneOfLabelled(let labels, let codes):
            "must be one of: " + (labels.isEmpty ? codes.joined(separator: ", ") : "\(labels.joined(separator: "、")) (or the codes \(codes.joined(separator: ", ")))")
        case .outOfRange(let low, let high): "must be from \(low) to \(high)"
        case .wholeNumberOutOfRange(let low, let high): "must be a whole number from \(low) to \(high)"
        case .yearOutOfRange(let low, let high): "must be a year from \(low) to \(high)"
        case .fenNotWhole: "must be a whole number of fen (分; 100 fen = ¥1)"
        case .fenLooksLikeYuan(let yuan, let fen): "must be a whole number of fen (分; 100 fen = ¥1): ¥\(yuan) is \(fen)"
        case .yuanAmountOutOfRange(let low, let high): "must be an amount in yuan (元) with at most two decimals, from \(low) to \(high)"
        case .fenOutOfRange(let low, let high, let typed, let fen):
            "must be a whole number of fen (分) from \(low) to \(high)" + (typed.flatMap { typed in fen.map { "; \(typed) in yuan is \($0) fen" } } ?? "")
        case .notDate: "must be a date YYYY-MM-DD between 1900 and 2099"
        case .notISODate: "must be a date YYYY-MM-DD"
        case .notDateTime: "must be an ISO 8601 date-time"
        case .notSpreadsheetDate: "must be a date such as 2026-05-01, 2026/5/1 or 2026年5月1日"
        case .notMonth: "must be a month written YYYY-MM"
        case .notBoolean: "must be true or false"
        case .tooManyItems(let max): "must have at most \(max) items"
        case .emptyListItem: "has an empty item between | separators"
        case .mustChangeSomething: "must change at least one field"
        case .eitherNotBoth(let one, let other): "give \(one) or \(other), not both"
        case .notInFuture: "must not be in the future"
        case .notBefore(let field): "must not be before \(field)"
        case .notBelow(let field): "must not be below \(field)"
        case .requiredWhen(let field, let value): "is required when \(field) is \(value)"
        case .onlyWhen(let field, let value): "is only for \(field) \(value)"
        case .refersToNothing: "refers to something that does not exist"

        case .mustBeISCOPrefix(let digits): digits == 4 ? "must be a four-digit ISCO-08 unit group" : "must be an ISCO-08 code of 1 to \(digits) digits"
        case .mustBeCursor: "must be a cursor returned by a previous page"
        case .mustBeIDNumberQuery: "must be an 18-character ID number with a right check character (GB 11643)"
        case .mustBeNamePrefix(let max): "must be the start of a name, 1 to \(max) characters"
        case .mustBePolicyCode: "must be a policy code"

        case .notRegionCode: "must be a six-digit GB/T 2260 region code"
        case .notISCOUnitGroup: "must be a four-digit ISCO-08 unit group"
        case .notIndustrySection: "must be a GB/T 4754-2017 section letter A–T"
        case .notFujianRegion: "must be a Fujian region code"
        case .notFujianCounty: "must be a Fujian county-level region code"
        case .notCountyLevel: "must be a county-level region code"
        case .notOriginProvince: "must be in Ningxia or a central or western province"
        case .notTrainingRegion: "must be a county in Ningxia or a central or western province"
        case .bureauRegion(let kind):
            switch kind {
            case .originLaborBureau: "an origin labor bureau must be in Ningxia or a central or western province"
            case .destinationLaborBureau: "a destination labor bureau must be in Fujian"
            case .cooperationOffice: "a cooperation office must be in Fujian or Ningxia"
            case .oversight, .serviceOperator: "a bureau of kind \(kind.rawValue) may be in any region"
            }
        case .unknownCode(let kind, let code): "no \(kind.en) has the code \(code)"
        case .unknownRegion(let code): "no region has the code \(code)"
        case .notMobile: "must be an 11-digit mainland mobile number"
        case .idNumber(let problem):
            switch problem {
            case .format: "must be 18 characters: 17 digits and a digit or X"
            case .checkCharacter: "has a wrong check character (GB 11643)"
            case .birthDate: "does not hold a real birth date"
            case .region: "does not start with a known province code"
            }
        case .creditCode(let problem):
            switch problem {
            case .format: "must be 18 characters from 0-9 and A-Y without I, O, S, V, Z"
            case .checkCharacter: "has a wrong check character (GB 32100)"
            }
        case .outsideYourRegion: "is outside your bureau's region"
        case .outsideImportingRegion: "is outside the importing bureau's region"
        case .samePersonAsLine(let line): "is the same person as line \(line)"
        case .sameEmployerAsLine(let line): "is the same employer as line \(line)"
        case .repeats(let kind): "must not repeat \(kind.enIndefinite)"
        case .namesNoOccupation: "must name at least one occupation"
        case .certificateLevel: "must be a certificate level from 1 to 5"
        case .levelOnlyWithCertificate: "is only for a skill with a certificate"
        case .skillSyntax: "must be written code[:certificate[:level]]"
        case .kindHoldsOnlyRoles(let kind, let roles):
            "bureaus of kind \(kind.rawValue) can hold only these roles: \(roles.map(\.rawValue).sorted().joined(separator: ", "))"

        case .noneInScope(let kind): "no \(kind.en) with this id is in your scope"
        case .noneVisible(let kind): "no \(kind.en) with this id is visible to you"
        case .noSuchId(let kind): "no \(kind.en) has this id"
        case .noSuchIdValue(let kind, let id): "no \(kind.en) has the id \(id)"
        case .notYoursField(let kind): "is not \(kind.enIndefinite) in your scope"
        case .bureauMissing(let name): "the bureau \(name) is missing; seed the demo bureaus first"

        case .wageFenRange(let max): "must be from 0 to \(max) fen"
        case .wageBelowLowestMinimum(let fen, let lowest, let meant):
            "is in fen (分): \(fen) is ¥\(FundsReport.yuan(fen)), below Fujian's lowest monthly minimum wage ¥\(FundsReport.yuan(lowest)); did you mean \(meant) (¥\(FundsReport.yuan(meant)))?"
        case .ageFromIDNumber(let age, let low, let high): "gives an age of \(age); workers must be \(low) to \(high)"
        case .sharedPhone(let others): "is also the phone of \(others) other worker(s); accepted, since families often share one: check that it is right"
        case .alreadyRegistered(let id): id.map { "is already registered as worker \($0)" } ?? "is already registered by another bureau"
        case .consentWithdrawnNoChange: "consent was withdrawn; this worker can no longer be changed"
        case .consentAlreadyWithdrawn: "consent was already withdrawn"
        case .personalDataErased: "consent was withdrawn; the personal data is erased"
        case .sealedUnderEarlierKey(let workers): "\(workers) workers' personal data is still sealed under an earlier key: finish `minning pii rotate` before importing"
        case .destinationNoPovertyFilter: "destination bureaus cannot filter workers by poverty status"
        case .destinationNoNameSearch: "destination bureaus find candidates by their profile, not by name or ID number"

        case .employerRegistered(let id): "an employer with this credit code is already registered: \(id)"
        case .noneRegisteredWithCreditCode: "no registered employer has this credit code"
        case .employerOutsideImportingRegion: "the employer is outside the importing bureau's region"
        case .closesWithinAYear: "must be within a year of starts_on"
        case .closesNotBeforeToday(let today): "must not be before today, \(today): an open vacancy takes applications until this day"
        case .belowMinimumWage(let region, let minimum, let meant):
            "is below the minimum wage of \(region): \(minimum) fen (¥\(minimum / 100)) a month"
                + (meant.map { "; wages are in fen (分): did you mean \($0) (¥\(FundsReport.yuan($0)))?" } ?? "")
        case .noMinimumWageOnRecord(let region): "no minimum wage is on record for \(region); it is not a known Fujian county"
        case .vacancyFull: "the vacancy has no openings left"

        case .operatorEitherOr: "give either operator_employer_id (a Fujian employer) or operator_college_name, not both"
        case .workerCannotTrain(let status): "the worker is \(status.rawValue) and cannot start training"
        case .notTaughtHere(let teaches): "is not taught at this base (it teaches \(teaches.joined(separator: ", ")))"
        case .alreadyEnrolled: "this worker is already enrolled in this occupation at this base from this day"
        case .outcomeRecorded: "the outcome of this enrolment is already recorded"
        case .certificateRequiredForCertified: "is required for a certified outcome"
        case .certificateOnlyForCertified: "is only for a certified outcome"

        case .placementTransition(let from, let allowed, let to):
            "a \(from.rawValue) placement can become \(allowed.map(\.rawValue).joined(separator: " or ")), not \(to.rawValue)"
        case .placementFinal(let status): "the placement is \(status.rawValue), which is final"
        case .failsHardConstraints(let failed): "the pair fails hard constraints: \(failed.map(\.rawValue).joined(separator: ", "))"
        case .monthNotYet(let hiredOn): "cannot be recorded yet: work starts on \(hiredOn)"
        case .monthRange(let first, let last, let separated):
            (first == last ? "must be \(first.monthText)" : "must be from \(first.monthText) to \(last.monthText)")
                + (separated ? " (the month of hire to the month of separation)" : " (the month of hire to the current month)")
        case .dayNotYet(let anchor, let earliest): "cannot be recorded yet: \(anchor.en) is \(earliest), after today"
        case .dayToday(let today): "must be today, \(today)"
        case .dayRange(let earliest, let anchor, let today): "must be from \(earliest) (\(anchor.en)) to today, \(today)"
        case .factAbsent(let fact, let status): "cannot be corrected: the placement has no \(fact.rawValue) (it is \(status.rawValue))"
        case .alreadyRecordedDay(let day): "is the day already recorded, \(day)"
        case .correctionRange(let earliest, let latest, let lastDayOfWork):
            "must be from \(earliest) (the day the worker accepted) to \(latest) (\(lastDayOfWork ? "the last day of work" : "today"))"
        case .notAfterWorkedMonth(let month): "must not be after \(month.monthText), a month already recorded as worked: correct that month first"
        case .notBeforeWorkedMonth(let month): "must not be before \(month.monthText), a month already recorded as worked"
        case .hireCorrectionRange(let hiredOn, let today): "must be from \(hiredOn) (the first day of work) to \(today) (today)"
        case .onRequiredToHire: "is required to hire: the first day of work"
        case .onRequiredToSeparate: "is required to separate: the last day of work"
        case .reasonRequiredToSeparate: "is required to separate"
        case .onlyForHiredOrSeparated: "is only for hired or separated"
        case .backdatingLimit(let start): "must not be before \(start): a day further back is recorded by a cooperation office, with backdating_reason"
        case .backdatingReasonRequired(let start): "is required to record a day before \(start)"
        case .monthNotRecorded(let month): "no month \(month.monthText) is recorded for this placement"
        case .monthAlreadyAs(let month, let worked, let wage):
            "is what is already recorded for \(month.monthText) (\(worked ? "worked, " + (wage.map { "\($0) fen paid" } ?? "no wage paid") : "not worked"))"
        case .wageOnlyWhenWorked: "must be left out when worked is false: a month not worked has no wage"
        case .destinationProposesOwn: "destination bureaus propose workers for their own vacancies"
        case .officesRecordHires: "cooperation offices record hires and separations; answers and withdrawals are the bureaus'"
        case .monthsByDestination: "months worked are recorded by the employer's destination bureau"
        case .monthsOnlyForHired(let status): "months are recorded for hired placements; this one is \(status.rawValue)"
        case .answerByOrigin: "the worker's answer (accept or decline) is recorded by their origin bureau"
        case .hiringByDestination: "hiring is recorded by the employer's destination bureau"
        case .factsCorrectedBy: "facts are corrected by the employer's destination bureau, or by a cooperation office"
        case .factBeforeByOffice(let start): "a fact before \(start) may already have been paid on: a cooperation office corrects it"
        case .alertAcknowledged: "the alert was already acknowledged"
        case .alert(let notice):
            switch notice {
            case .monitoredWorkerSeparated(let day, let reason): "a monitored-household worker left the job on \(day): \(reason)"
            case .wageMissing(let month): "\(month.monthText): worked, but no wage was paid"
            case .wageBelowMinimum(let month, let paid, let minimum): "\(month.monthText): paid \(paid) fen, below the local minimum wage of \(minimum) fen"
            case .paidClaimFactsChanged(let claim, let policy, let amount, let cause):
                "subsidy claim \(claim) (\(policy), \(amount) fen) was paid on facts since corrected: \(Message.correctionCause(cause).en)"
            }
        case .correctionCause(let cause):
            switch cause {
            case .day(let fact, let old, let new, let reason): "\(fact.rawValue) corrected from \(old) to \(new): \(reason)"
            case .month(let month, let old, let new, let reason): "\(month.monthText) corrected from \(old.text) to \(new.text): \(reason)"
            }
        case .placementClash(let clash):
            switch clash {
            case .workerHasJob: "the worker already has an accepted or hired placement"
            case .liveForPair: "this worker already has a live placement for this vacancy"
            case .monthRecorded: "this month is already recorded for the placement (a month-correction changes or strikes it out)"
            }
        case .duplicate(let constraint): "an object with the same values already exists (\(constraint))"

        case .pinRefused(let refusal): "cannot be honoured: \(refusal.en)"
        case .notInCohort: "is not in the cohort"
        case .notAmongVacancies: "is not among the vacancies"

        case .pairingYears(let start, let end, let year): "the pairing runs from \(start)\(end.map { " to \($0)" } ?? ""), not in \(year)"
        case .noProjectOfPairing: "no project of this pairing has this id"
        case .onlyExpenditureForProject: "only an expenditure is for a project"
        case .reversalNamesPosition: "a reversal names reverses_position, not pairing, year and amount"
        case .reversalOfReversal: "a reversal cannot itself be reversed; record the entry again"
        case .alreadyReversed(let position): "entry \(position) was already reversed"
        case .overspend(let pairing, let year, let transferred, let spent):
            "this would spend more than was transferred to pairing \(pairing) for \(year): transferred \(transferred) fen, spent \(spent) fen"
        case .expenditureConfirmed(let position): "this expenditure was already confirmed, as ledger entry \(position)"
        case .recorderCannotConfirm: "the key that recorded this expenditure cannot confirm it: a second person of the office confirms"
        case .entryDateWithinYear(let year): "must fall within a year of the entry's year \(year)"
        case .claimTransition(let from, let to):
            "a \(from.rawValue) claim can become \(from == .pending ? "approved or rejected" : "paid or rejected"), not \(to.rawValue)"
        case .claimFinal(let status): "the claim is \(status.rawValue), which is final"
        case .approverCannotPay: "the key that approved this claim cannot pay it: paying takes a second person of the office"
        case .requiredToPay: "is required to pay a claim"
        case .paymentRequired: "is required to pay: pairing_id, entry_date and document_number"
        case .onlyForPaid: "pairing_id, entry_date and document_number are only for paid"
        case .reasonRequiredToReject: "is required to reject"
        case .notExceedJobs: "must not exceed jobs"
        case .yearAskedFor(let year, let first, let last): "must be in \(year), the year asked for (from \(first) to \(last))"
        case .yearRequiredOrRange: "is required (or both from and to)"
        case .toRequiredWithFrom: "is required with from when no year is given"
        case .fromRequiredWithTo: "is required with to when no year is given"
        case .notBeforeFrom(let start): "must not be before from (\(start))"
        case .withinYearsOfFrom(let years, let by): "must be within \(years) years of from (by \(by))"
        case .withinDaysAhead(let days): "must be at most \(days) days after today"
        case .withinYearsOf(let field, let years, let by): "must be within \(years) years of \(field) (by \(by))"
        case .notOnPairingSide(let code): "must be the pairing's Ningxia side (\(code)) or a region under it"
        case .provincialMeetingByProvince: "a provincial joint meeting is recorded by a province-wide cooperation office or an admin"
        case .decisionClosed: "this follow-up item is done and can no longer change"
        case .dayAlreadyCounted(let version): "this day is already counted (version \(version)); correct it with If-Match naming the version read"

        case .staffLoginFormat: "must be 3–40 lower-case letters, digits or . _ -, starting with a letter or digit"
        case .passwordLength(let min, let max): "the password must be \(min)–\(max) characters"
        case .passwordHoldsLogin: "the password may not contain the login"
        case .passwordTooPlain: "the password is too plain: it needs at least 4 different characters"
        case .passwordsDiffer: "the two new passwords differ"
        case .currentPasswordWrong: "the current password is wrong"
        case .loginRefused: "the login or the password is wrong"
        case .loginWait(let seconds): "too many failed logins: try again in \(seconds) s"
        case .loginLocked(let until): "too many failed logins in a row: the account is locked until \(until); an admin can unlock it sooner"
        case .accountDisabled: "this account is disabled; ask your bureau's admin"
        case .sessionEnded: "the session timed out or was ended: log in again"
        case .secondFactorCodeWrong: "the one-time code is wrong or was used already: type the 6 digits your authenticator app shows now"
        case .secondFactorAlreadySet: "this account's authenticator is set up already; if the phone changed, ask an admin to reset it"
        case .formExpired: "the form has expired (perhaps you logged out elsewhere): reload the page and try again"
        case .passwordMustChange: "change the password before the first use"
        case .staffLoginTaken(let login): "the login \(login) is taken"
        case .headerLacks(let columns): "lacks the column(s) \(columns.joined(separator: ", "))"
        case .headerUnknown(let unknown, let expected, let apiNames):
            "has unknown column(s) \(unknown.map { "“\($0)”" }.joined(separator: ", ")); the columns are: \(expected.joined(separator: ", ")) (or the API names \(apiNames.joined(separator: ", ")))"
        case .headerTwice(let columns): "has the column(s) \(columns.joined(separator: ", ")) twice"
        case .lineUnreadable(let detail): "could not be read (\(detail))"
        }
    }
}

extension ProblemKind {
    var en: String {
        switch self {
        case .validation: "Invalid input"
        case .malformedRequest: "Malformed request"
        case .unauthorized: "Authentication required"
        case .forbidden: "Not allowed"
        case .notFound: "Not found"
        case .methodNotAllowed: "Method not allowed"
        case .preconditionFailed: "Precondition failed"
        case .preconditionRequired: "Precondition required"
        case .conflict: "Conflict"
        case .bodyTooLarge: "Request body too large"
        case .unsupportedMediaType: "Unsupported media type"
        case .unavailable: "Service unavailable"
        case .notReady: "Not ready"
        case .rateLimited: "Too many requests"
        case .internal: "Internal error"
        case .http: "HTTP error"
        }
    }
}

extension JSONKind {
    var en: String {
        switch self {
        case .string: "a string"
        case .number: "a number"
        case .boolean: "true or false"
        case .null: "null"
        case .array: "an array"
        case .object: "an object"
        case .wholeNumber: "a whole number"
        case .uuidString: "a UUID string"
        case .dateString: "a date string"
        }
    }
}

extension JSONSyntax {
    var en: String {
        switch self {
        case .trailingText: "unexpected text after the JSON value"
        case .tooDeep(let levels): "nested more than \(levels) levels deep"
        case .unexpectedEnd: "unexpected end of input"
        case .unexpectedEndInObject: "unexpected end of input in an object"
        case .unexpectedEndInArray: "unexpected end of input in an array"
        case .unexpectedCharacter: "unexpected character"
        case .duplicateMember(let key): "the member \"\(key)\" appears twice"
        case .invalidUTF8: "invalid UTF-8 in a string"
        case .unescapedControl: "a control character must be escaped in a string"
        case .unterminatedString: "unterminated string"
        case .unterminatedEscape: "unterminated escape"
        case .loneHighSurrogate: "a high surrogate must be followed by a low surrogate"
        case .loneLowSurrogate: "a lone low surrogate is not a character"
        case .unknownEscape: "unknown escape"
        case .shortUnicodeEscape: "\\u needs four hex digits"
        case .numberWithoutDigits: "a number needs digits"
        case .fractionWithoutDigits: "a fraction needs digits"
        case .exponentWithoutDigits: "an exponent needs digits"
        case .numberOutOfRange: "the number is out of range"
        case .expectedCommaOrBracket: "expected ',' or ']' in an array"
        case .expectedCommaOrBrace: "expected ',' or '}' in an object"
        case .expectedMemberName: "expected a member name in double quotes"
        case .expectedColon: "expected ':' after a member name"
        }
    }
}

extension CodeKind {
    var en: String {
        switch self {
        case .region: "region"
        case .occupation: "occupation"
        case .industrySection: "industry section"
        }
    }
}

extension ObjectKind {
    var en: String {
        switch self {
        case .object: "object"
        case .worker: "worker"
        case .candidate: "candidate"
        case .vacancy: "vacancy"
        case .employer: "employer"
        case .placement: "placement"
        case .alert: "alert"
        case .park: "park"
        case .enterprise: "enterprise"
        case .trainingBase: "training base"
        case .enrolment: "enrolment"
        case .bureau: "bureau"
        case .apiKey: "API key"
        case .pairing: "pairing"
        case .project: "project"
        case .ledgerEntry: "ledger entry"
        case .pendingExpenditure: "pending expenditure"
        case .subsidyClaim: "subsidy claim"
        case .region: "region"
        case .occupation: "occupation"
        case .staffAccount: "staff account"
        case .talentAssignment: "talent assignment"
        case .consumptionPurchase: "consumption purchase"
        case .donation: "donation"
        case .meeting: "joint meeting"
        case .meetingDecision: "follow-up item"
        }
    }

    var enIndefinite: String {
        switch self {
        case .enterprise, .employer, .enrolment, .alert, .object, .occupation: "an \(en)"
        case .apiKey: "an API key"
        default: "a \(en)"
        }
    }
}

extension TimelineAnchor {
    var en: String {
        switch self {
        case .workerAccepted: "the day the worker accepted"
        case .firstDayOfWork: "the first day of work"
        }
    }
}

extension PinRefusal {
    var en: String {
        switch self {
        case .workerNotInCohort: "the worker is not in the cohort"
        case .vacancyNotInSet: "the vacancy is not in the set"
        case .notPartOfAllocation: "the pair is not part of this allocation"
        case .failsHardConstraints(let failed): "the pair fails hard constraints: \(failed.map(\.rawValue).joined(separator: ", "))"
        case .pinnedAndForbidden: "the pair is both pinned and forbidden"
        case .workerAlreadyPinned(let vacancy): "the worker is already pinned to vacancy \(vacancy)"
        case .exceedsOpenings(let capacity): "pins alone exceed the vacancy's \(capacity) remaining opening(s)"
        }
    }
}
