import Foundation

/// Everything Minning says to a person — problem titles and details, field messages, import
/// warnings — as a key with its values. The words live in one table per language
/// (`Message+zh.swift`, `Message+en.swift`); each adapter renders a message in its reader's
/// language at the last moment, so no layer below the adapters holds a sentence. Both tables are
/// exhaustive switches: a case without its Chinese or English text does not compile.
public enum Message: Sendable, Equatable {
    // MARK: Problem titles
    case title(ProblemKind)

    // MARK: The request itself
    case fieldsInvalid(count: Int)
    case bodyNotJSON(JSONSyntax, offset: Int)
    case bodyNotObject(got: JSONKind)
    case sendJSON
    case bodyTooLarge
    case noRoute
    case methodNotAllowed(allowed: [String])
    case sendAPIKey
    case authorizationNotBearer
    case apiKeyUnknown
    case keyBureauGone
    case roleMayNot(Role)
    case rateLimited(perMinute: Int, retryAfterSeconds: Int)
    case ifMatchRequired
    case ifMatchMalformed
    case changedSinceRead(currentVersion: Int)
    case databaseUnavailable
    case internalError
    case migrationsPending(Int)
    case requestLineUnreadable
    case headersTooLarge
    case requestUnreadable
    case httpError(status: Int)
    case checkedFieldMissing
    case idempotencyKeyFormat
    case idempotencyKeyReused
    case idempotencyKeyInUse
    case idempotencyFirstStillRunning
    case importKindUnknown(String, kinds: [String])

    // MARK: Any field
    case required
    case leaveOutRatherThanNull
    case unknownField
    case unknownQueryParameter
    case givenOnce
    case serverHeldWorkerStatus
    case tooLong(max: Int)
    case controlCharacters
    case blank
    case notUUID
    case wrongType(expected: JSONKind, got: JSONKind)
    case notOneOf([String], term: String?)
    case notOneOfLabelled(labels: [String], codes: [String])
    case outOfRange(Int, Int)
    case wholeNumberOutOfRange(Int, Int)
    case yearOutOfRange(Int, Int)
    case fenNotWhole
    case fenLooksLikeYuan(yuan: String, fen: String)
    case yuanAmountOutOfRange(min: String, max: String)
    case fenOutOfRange(Int, Int, yuanTyped: String?, fen: String?)
    case notDate
    case notISODate
    case notDateTime
    case notSpreadsheetDate
    case notMonth
    case notBoolean
    case tooManyItems(Int)
    case emptyListItem
    case mustChangeSomething
    case eitherNotBoth(String, String)
    case notInFuture
    case notBefore(field: String)
    case notBelow(field: String)
    case requiredWhen(field: String, is: String)
    case onlyWhen(field: String, is: String)
    case refersToNothing

    // MARK: Query parameters
    case mustBeISCOPrefix(maxDigits: Int)
    case mustBeCursor
    case mustBeIDNumberQuery
    case mustBeNamePrefix(maxLength: Int)
    case mustBePolicyCode

    // MARK: Codes and references
    case notRegionCode
    case notISCOUnitGroup
    case notIndustrySection
    case notFujianRegion
    case notFujianCounty
    case notCountyLevel
    case notOriginProvince
    case notTrainingRegion
    case bureauRegion(BureauKind)
    case unknownCode(CodeKind, String)
    case unknownRegion(String)
    case notMobile
    case idNumber(CitizenIDNumber.Problem)
    case creditCode(CreditCode.Problem)
    case outsideYourRegion
    case outsideImportingRegion
    case samePersonAsLine(Int)
    case sameEmployerAsLine(Int)
    case repeats(ObjectKind)
    case namesNoOccupation
    case certificateLevel
    case levelOnlyWithCertificate
    case skillSyntax
    case kindHoldsOnlyRoles(BureauKind, [Role])

    // MARK: Objects that are not there
    case noneInScope(ObjectKind)
    case noneVisible(ObjectKind)
    case noSuchId(ObjectKind)
    case noSuchIdValue(ObjectKind, String)
    case notYoursField(ObjectKind)
    case bureauMissing(name: String)

    // MARK: Workers
    case wageFenRange(max: Int)
    case wageBelowLowestMinimum(fen: Int, lowestFen: Int, meantFen: Int)
    case ageFromIDNumber(age: Int, min: Int, max: Int)
    case sharedPhone(otherWorkers: Int)
    case alreadyRegistered(workerId: String?)
    case consentWithdrawnNoChange
    case consentAlreadyWithdrawn
    case personalDataErased
    case sealedUnderEarlierKey(workers: Int)
    case destinationNoPovertyFilter
    case destinationNoNameSearch

    // MARK: Employers and vacancies
    case employerRegistered(String)
    case noneRegisteredWithCreditCode
    case employerOutsideImportingRegion
    case closesWithinAYear
    case closesNotBeforeToday(CalendarDay)
    case belowMinimumWage(region: String, minimumFen: Int, meantFen: Int?)
    case noMinimumWageOnRecord(region: String)
    case vacancyFull

    // MARK: Training
    case operatorEitherOr
    case workerCannotTrain(WorkerStatus)
    case notTaughtHere(teaches: [String])
    case alreadyEnrolled
    case outcomeRecorded
    case certificateRequiredForCertified
    case certificateOnlyForCertified

    // MARK: Placements and their timeline
    case placementTransition(from: PlacementStatus, allowed: [PlacementStatus], to: PlacementStatus)
    case placementFinal(PlacementStatus)
    case failsHardConstraints([HardConstraint])
    case monthNotYet(hiredOn: CalendarDay)
    case monthRange(CalendarDay, CalendarDay, separated: Bool)
    case dayNotYet(TimelineAnchor, CalendarDay)
    case dayToday(CalendarDay)
    case dayRange(CalendarDay, TimelineAnchor, today: CalendarDay)
    case factAbsent(PlacementCorrection.Fact, status: PlacementStatus)
    case alreadyRecordedDay(CalendarDay)
    case correctionRange(CalendarDay, CalendarDay, lastDayOfWork: Bool)
    case notAfterWorkedMonth(CalendarDay)
    case notBeforeWorkedMonth(CalendarDay)
    case hireCorrectionRange(CalendarDay, today: CalendarDay)
    case onRequiredToHire
    case onRequiredToSeparate
    case reasonRequiredToSeparate
    case onlyForHiredOrSeparated
    case backdatingLimit(CalendarDay)
    case backdatingReasonRequired(CalendarDay)
    case monthNotRecorded(CalendarDay)
    case monthAlreadyAs(CalendarDay, worked: Bool, wagePaidFen: Int?)
    case wageOnlyWhenWorked
    case destinationProposesOwn
    case officesRecordHires
    case monthsByDestination
    case monthsOnlyForHired(PlacementStatus)
    case answerByOrigin
    case hiringByDestination
    case factsCorrectedBy
    case factBeforeByOffice(CalendarDay)
    case alertAcknowledged
    case alert(AlertNotice)
    case correctionCause(CorrectionCause)
    case placementClash(PlacementClash)
    case duplicate(constraint: String)

    // MARK: Allocation
    case pinRefused(PinRefusal)
    case notInCohort
    case notAmongVacancies

    // MARK: Funds, subsidies, parks, reports
    case pairingYears(start: Int, end: Int?, year: Int)
    case noProjectOfPairing
    case onlyExpenditureForProject
    case reversalNamesPosition
    case reversalOfReversal
    case alreadyReversed(position: Int)
    case overspend(pairing: String, year: Int, transferredFen: Int, spentFen: Int)
    case expenditureConfirmed(ledgerPosition: Int)
    case recorderCannotConfirm
    case entryDateWithinYear(Int)
    case claimTransition(from: SubsidyClaimStatus, to: SubsidyClaimStatus)
    case claimFinal(SubsidyClaimStatus)
    case approverCannotPay
    case requiredToPay
    case paymentRequired
    case onlyForPaid
    case reasonRequiredToReject
    case notExceedJobs
    case yearAskedFor(Int, from: CalendarDay, to: CalendarDay)
    case yearRequiredOrRange
    case toRequiredWithFrom
    case fromRequiredWithTo
    case notBeforeFrom(CalendarDay)
    case withinYearsOfFrom(Int, by: CalendarDay)

    // MARK: Cooperation records
    case withinDaysAhead(Int)
    case withinYearsOf(field: String, years: Int, by: CalendarDay)
    case notOnPairingSide(String)
    case provincialMeetingByProvince
    case decisionClosed
    case dayAlreadyCounted(version: Int)

    // MARK: Staff accounts and the console
    case staffLoginFormat
    case passwordLength(min: Int, max: Int)
    case passwordHoldsLogin
    case passwordTooPlain
    case passwordsDiffer
    case currentPasswordWrong
    case loginRefused
    case loginWait(seconds: Int)
    case loginLocked(until: String)
    case accountDisabled
    case sessionEnded
    case secondFactorCodeWrong
    case secondFactorAlreadySet
    case formExpired
    case passwordMustChange
    case staffLoginTaken(String)

    // MARK: Import files
    case headerLacks([String])
    case headerUnknown([String], expected: [String], apiNames: [String])
    case headerTwice([String])
    case lineUnreadable(detail: String)
}
