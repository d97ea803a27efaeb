/// The small vocabularies messages are made of: what kind of problem, of value, of object.

/// The kind of problem a problem document reports; its `type` URN and its title follow from it.
public enum ProblemKind: String, Sendable, CaseIterable {
    case validation
    case malformedRequest = "malformed-request"
    case unauthorized
    case forbidden
    case notFound = "not-found"
    case methodNotAllowed = "method-not-allowed"
    case preconditionFailed = "precondition-failed"
    case preconditionRequired = "precondition-required"
    case conflict
    case bodyTooLarge = "body-too-large"
    case unsupportedMediaType = "unsupported-media-type"
    case unavailable
    case notReady = "not-ready"
    case rateLimited = "rate-limited"
    case `internal`
    /// Any other HTTP error the framework raises.
    case http
}

/// A JSON value's type, as a message names what was sent and what was wanted.
public enum JSONKind: String, Sendable {
    case string, number, boolean, null, array, object
    case wholeNumber, uuidString, dateString
}

/// Why a body is not JSON, in RFC 8259's terms.
public enum JSONSyntax: Sendable, Equatable {
    case trailingText
    case tooDeep(Int)
    case unexpectedEnd
    case unexpectedEndInObject
    case unexpectedEndInArray
    case unexpectedCharacter
    case duplicateMember(String)
    case invalidUTF8
    case unescapedControl
    case unterminatedString
    case unterminatedEscape
    case loneHighSurrogate
    case loneLowSurrogate
    case unknownEscape
    case shortUnicodeEscape
    case numberWithoutDigits
    case fractionWithoutDigits
    case exponentWithoutDigits
    case numberOutOfRange
    case expectedCommaOrBracket, expectedCommaOrBrace, expectedMemberName, expectedColon
}

/// A reference table a code must be found in.
public enum CodeKind: Sendable, Equatable {
    case region, occupation, industrySection
}

/// The things Minning keeps, as messages name them.
public enum ObjectKind: String, Sendable, CaseIterable {
    case object, worker, candidate, vacancy, employer, placement, alert, park, enterprise
    case trainingBase, enrolment, bureau, apiKey, pairing, project, ledgerEntry
    case pendingExpenditure, subsidyClaim, region, occupation, staffAccount
    case talentAssignment, consumptionPurchase, donation, meeting, meetingDecision
}

/// The day a placement's timeline counts from.
public enum TimelineAnchor: Sendable, Equatable {
    case workerAccepted, firstDayOfWork
}

/// Why a pinned pair cannot be part of an allocation.
public enum PinRefusal: Sendable, Equatable {
    case workerNotInCohort
    case vacancyNotInSet
    case notPartOfAllocation
    case failsHardConstraints([HardConstraint])
    case pinnedAndForbidden
    case workerAlreadyPinned(vacancyId: String)
    case exceedsOpenings(Int)
}

/// A placement that a unique rule of the database refuses.
public enum PlacementClash: Sendable, Equatable {
    case workerHasJob, liveForPair, monthRecorded
}
