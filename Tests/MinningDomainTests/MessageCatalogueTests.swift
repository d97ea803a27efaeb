import Foundation
import MinningDomain
import Testing

/// Every message in both languages: the Chinese a clerk reads by default, the English an
/// integration may ask for. The tables are exhaustive switches, so a case without a text does not
/// compile; these tests check what the compiler cannot: that the Chinese is Chinese.
@Suite("The message catalogue")
struct MessageCatalogueTests {
    /// One message of every case (the first test checks that none is missing), and every value of
    /// the small vocabularies that change a message's words.
    static var samples: [Message] {
        let day = CalendarDay(year: 2026, month: 5, day: 1)!
        let listed: [Message] = [
        .title(.validation),
        .staffLoginFormat, .passwordLength(min: 10, max: 128), .passwordHoldsLogin, .passwordTooPlain, .passwordsDiffer,
        .currentPasswordWrong, .loginRefused, .loginWait(seconds: 4), .loginLocked(until: "2026-05-01 10:15"), .accountDisabled,
        .sessionEnded, .secondFactorCodeWrong, .secondFactorAlreadySet, .formExpired, .passwordMustChange, .staffLoginTaken("ma.wen"),
        .fieldsInvalid(count: 3),
        .bodyNotJSON(.duplicateMember("name"), offset: 3),
        .bodyNotObject(got: .string),
        .sendJSON,
        .bodyTooLarge,
        .noRoute,
        .methodNotAllowed(allowed: ["640422", "640522"]),
        .sendAPIKey,
        .authorizationNotBearer,
        .apiKeyUnknown,
        .keyBureauGone,
        .roleMayNot(.observer),
        .rateLimited(perMinute: 3, retryAfterSeconds: 3),
        .ifMatchRequired,
        .ifMatchMalformed,
        .changedSinceRead(currentVersion: 3),
        .databaseUnavailable,
        .internalError,
        .migrationsPending(3),
        .requestLineUnreadable,
        .headersTooLarge,
        .requestUnreadable,
        .httpError(status: 3),
        .checkedFieldMissing,
        .idempotencyKeyFormat,
        .idempotencyKeyReused,
        .idempotencyKeyInUse,
        .idempotencyFirstStillRunning,
        .importKindUnknown("640422", kinds: ["640422", "640522"]),
        .required,
        .leaveOutRatherThanNull,
        .unknownField,
        .unknownQueryParameter,
        .givenOnce,
        .serverHeldWorkerStatus,
        .tooLong(max: 3),
        .controlCharacters,
        .blank,
        .notUUID,
        .wrongType(expected: .string, got: .string),
        .notOneOf(["640422", "640522"], term: "4500.50"),
        .notOneOfLabelled(labels: ["640422", "640522"], codes: ["640422", "640522"]),
        .outOfRange(3, 3),
        .wholeNumberOutOfRange(3, 3),
        .yearOutOfRange(3, 3),
        .fenNotWhole,
        .fenLooksLikeYuan(yuan: "640422", fen: "640422"),
        .yuanAmountOutOfRange(min: "640422", max: "640422"),
        .fenOutOfRange(3, 3, yuanTyped: "4500.50", fen: "4500.50"),
        .notDate,
        .notISODate,
        .notDateTime,
        .notSpreadsheetDate,
        .notMonth,
        .notBoolean,
        .tooManyItems(3),
        .emptyListItem,
        .mustChangeSomething,
        .eitherNotBoth("640422", "640422"),
        .notInFuture,
        .notBefore(field: "640422"),
        .notBelow(field: "640422"),
        .requiredWhen(field: "640422", is: "640422"),
        .onlyWhen(field: "640422", is: "640422"),
        .refersToNothing,
        .mustBeISCOPrefix(maxDigits: 3),
        .mustBeCursor,
        .mustBeIDNumberQuery,
        .mustBeNamePrefix(maxLength: 3),
        .mustBePolicyCode,
        .notRegionCode,
        .notISCOUnitGroup,
        .notIndustrySection,
        .notFujianRegion,
        .notFujianCounty,
        .notCountyLevel,
        .notOriginProvince,
        .notTrainingRegion,
        .bureauRegion(.originLaborBureau),
        .unknownCode(.occupation, "640422"),
        .unknownRegion("640422"),
        .notMobile,
        .idNumber(.checkCharacter),
        .creditCode(.format),
        .outsideYourRegion,
        .outsideImportingRegion,
        .samePersonAsLine(3),
        .sameEmployerAsLine(3),
        .repeats(.worker),
        .namesNoOccupation,
        .certificateLevel,
        .levelOnlyWithCertificate,
        .skillSyntax,
        .kindHoldsOnlyRoles(.originLaborBureau, [.originBureau, .observer]),
        .noneInScope(.worker),
        .noneVisible(.worker),
        .noSuchId(.worker),
        .noSuchIdValue(.worker, "640422"),
        .notYoursField(.worker),
        .bureauMissing(name: "640422"),
        .wageFenRange(max: 3),
        .wageBelowLowestMinimum(fen: 3, lowestFen: 3, meantFen: 3),
        .ageFromIDNumber(age: 3, min: 3, max: 3),
        .sharedPhone(otherWorkers: 3),
        .alreadyRegistered(workerId: "4500.50"),
        .consentWithdrawnNoChange,
        .consentAlreadyWithdrawn,
        .personalDataErased,
        .sealedUnderEarlierKey(workers: 3),
        .destinationNoPovertyFilter,
        .destinationNoNameSearch,
        .employerRegistered("640422"),
        .noneRegisteredWithCreditCode,
        .employerOutsideImportingRegion,
        .closesWithinAYear,
        .closesNotBeforeToday(day),
        .belowMinimumWage(region: "640422", minimumFen: 3, meantFen: 7),
        .noMinimumWageOnRecord(region: "640422"),
        .vacancyFull,
        .operatorEitherOr,
        .workerCannotTrain(.placed),
        .notTaughtHere(teaches: ["640422", "640522"]),
        .alreadyEnrolled,
        .outcomeRecorded,
        .certificateRequiredForCertified,
        .certificateOnlyForCertified,
        .placementTransition(from: .hired, allowed: [.separated], to: .hired),
        .placementFinal(.hired),
        .failsHardConstraints([.ageRange, .minimumEducation]),
        .monthNotYet(hiredOn: day),
        .monthRange(day, day, separated: true),
        .dayNotYet(.workerAccepted, day),
        .dayToday(day),
        .dayRange(day, .workerAccepted, today: day),
        .factAbsent(.hiredOn, status: .hired),
        .alreadyRecordedDay(day),
        .correctionRange(day, day, lastDayOfWork: true),
        .notAfterWorkedMonth(day),
        .notBeforeWorkedMonth(day),
        .hireCorrectionRange(day, today: day),
        .onRequiredToHire,
        .onRequiredToSeparate,
        .reasonRequiredToSeparate,
        .onlyForHiredOrSeparated,
        .backdatingLimit(day),
        .backdatingReasonRequired(day),
        .monthNotRecorded(day),
        .monthAlreadyAs(day, worked: true, wagePaidFen: 7),
        .wageOnlyWhenWorked,
        .destinationProposesOwn,
        .officesRecordHires,
        .monthsByDestination,
        .monthsOnlyForHired(.hired),
        .answerByOrigin,
        .hiringByDestination,
        .factsCorrectedBy,
        .factBeforeByOffice(day),
        .alertAcknowledged,
        .alert(.wageMissing(month: day)),
        .placementClash(.workerHasJob),
        .duplicate(constraint: "640422"),
        .pinRefused(.exceedsOpenings(2)),
        .notInCohort,
        .notAmongVacancies,
        .pairingYears(start: 3, end: 7, year: 3),
        .noProjectOfPairing,
        .onlyExpenditureForProject,
        .reversalNamesPosition,
        .reversalOfReversal,
        .alreadyReversed(position: 3),
        .overspend(pairing: "640422", year: 3, transferredFen: 3, spentFen: 3),
        .expenditureConfirmed(ledgerPosition: 3),
        .recorderCannotConfirm,
        .entryDateWithinYear(3),
        .claimTransition(from: .approved, to: .approved),
        .claimFinal(.approved),
        .approverCannotPay,
        .requiredToPay,
        .paymentRequired,
        .onlyForPaid,
        .reasonRequiredToReject,
        .notExceedJobs,
        .yearAskedFor(3, from: day, to: day),
        .yearRequiredOrRange,
        .toRequiredWithFrom,
        .fromRequiredWithTo,
        .notBeforeFrom(day),
        .withinYearsOfFrom(3, by: day),
        .withinDaysAhead(366),
        .withinYearsOf(field: "starts_on", years: 10, by: day),
        .notOnPairingSide("640422"),
        .provincialMeetingByProvince,
        .decisionClosed,
        .dayAlreadyCounted(version: 2),
        .headerLacks(["640422", "640522"]),
        .headerUnknown(["640422", "640522"], expected: ["640422", "640522"], apiNames: ["640422", "640522"]),
        .headerTwice(["640422", "640522"]),
        .lineUnreadable(detail: "640422"),
        ]
        let syntaxes: [JSONSyntax] = [
            .trailingText, .tooDeep(64), .unexpectedEnd, .unexpectedEndInObject, .unexpectedEndInArray, .unexpectedCharacter,
            .duplicateMember("name"), .invalidUTF8, .unescapedControl, .unterminatedString, .unterminatedEscape, .loneHighSurrogate,
            .loneLowSurrogate, .unknownEscape, .shortUnicodeEscape, .numberWithoutDigits, .fractionWithoutDigits,
            .exponentWithoutDigits, .numberOutOfRange, .expectedCommaOrBracket, .expectedCommaOrBrace, .expectedMemberName, .expectedColon,
        ]
        let refusals: [PinRefusal] = [
            .workerNotInCohort, .vacancyNotInSet, .notPartOfAllocation, .failsHardConstraints([.ageRange]), .pinnedAndForbidden,
            .workerAlreadyPinned(vacancyId: "0190c1d2-0000-7000-8000-000000000001"), .exceedsOpenings(1),
        ]
        let notices: [AlertNotice] = [
            .monitoredWorkerSeparated(on: day, reason: "回乡"), .wageMissing(month: day),
            .wageBelowMinimum(month: day, paidFen: 150_000, minimumFen: 203_000),
            .paidClaimFactsChanged(claimId: "0190c1d2-0000-7000-8000-000000000002", policyCode: "fujian_stable_job", amountFen: 100_000,
                                   cause: .day(.hiredOn, from: day, to: day.adding(days: 3), reason: "以合同签订日为准")),
        ]
        let kinds: [JSONKind] = [.string, .number, .boolean, .null, .array, .object, .wholeNumber, .uuidString, .dateString]
        return listed
            + ProblemKind.allCases.map { .title($0) }
            + ObjectKind.allCases.flatMap { [.noneInScope($0), .noneVisible($0), .repeats($0)] }
            + syntaxes.map { .bodyNotJSON($0, offset: 12) }
            + refusals.map { .pinRefused($0) }
            + notices.map { .alert($0) }
            + kinds.map { .wrongType(expected: $0, got: .null) }
            + BureauKind.allCases.map { .bureauRegion($0) }
            + [CitizenIDNumber.Problem.format, .checkCharacter, .birthDate, .region].map { .idNumber($0) }
            + [CreditCode.Problem.format, .checkCharacter].map { .creditCode($0) }
            + [PlacementClash.workerHasJob, .liveForPair, .monthRecorded].map { .placementClash($0) }
            + [CodeKind.region, .occupation, .industrySection].map { .unknownCode($0, "9999") }
            + [.monthAlreadyAs(day, worked: true, wagePaidFen: nil), .monthAlreadyAs(day, worked: false, wagePaidFen: nil)]
            + [.placementFinal(.declined), .claimFinal(.paid), .claimTransition(from: .pending, to: .paid), .alreadyRegistered(workerId: nil)]
            + [
                .correctionCause(.day(.separatedOn, from: day, to: day.adding(days: -2), reason: "离职证明为准")),
                .correctionCause(.month(day, from: .worked(wagePaidFen: 450_000), to: .notWorked, reason: "当月未到岗")),
                .correctionCause(.month(day, from: .worked(wagePaidFen: nil), to: .worked(wagePaidFen: 300_000), reason: "补发")),
            ]
    }

    static func caseName(_ message: Message) -> String {
        Mirror(reflecting: message).children.first?.label ?? String(describing: message)
    }

    @Test("every case Message declares has a sample here, so the checks below read every text")
    func everyCaseSampled() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let source = try String(contentsOf: root.appending(path: "Sources/MinningDomain/Messages/Message.swift"), encoding: .utf8)
        let declared = Set(source.matches(of: /\n\s*case (\w+)/).map { String($0.1) })
        #expect(declared.count > 150)
        #expect(declared == Set(Self.samples.map(Self.caseName)))
    }

    @Test("every Chinese text holds Chinese and no English sentence; every English text differs from it")
    func chineseIsChinese() {
        for message in Self.samples {
            let zh = message.text(in: .zh), en = message.text(in: .en)
            let withoutCommands = zh.replacing(/minning [a-z -]+/, with: "")
            #expect(zh.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) }, "\(message): \(zh)")
            #expect(withoutCommands.firstMatch(of: /[A-Za-z]{2,}( [A-Za-z]{2,}){2,}/) == nil, "\(message): \(zh)")
            #expect(en != zh && en.contains(/[a-z]{2,}/), "\(message): \(en)")
        }
    }

    @Test("a coded value in a Chinese message carries its label; the English keeps the code")
    func labels() {
        let oneOf = Message.notOneOf(["junior_secondary", "bachelor"], term: "education")
        #expect(oneOf.text(in: .zh) == "须为以下之一：junior_secondary（初中）、bachelor（本科）")
        #expect(oneOf.text(in: .en) == "must be one of: junior_secondary, bachelor")
        #expect(Message.roleMayNot(.observer).text(in: .zh) == "“只读查看”角色无权进行此操作")
        #expect(Message.failsHardConstraints([.ageRange]).text(in: .en) == "the pair fails hard constraints: age_range")
    }
}
