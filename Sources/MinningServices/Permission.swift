import MinningDomain

/// Which roles may run a use case. Declared once here: the use case enforces it, and an adapter
/// may check it before reading a body (so a wrong role gets 403 before any 422).
public struct Permission: Sendable {
    public let roles: Set<Role>

    public init(_ roles: Role...) { self.roles = Set(roles) }

    public func allows(_ role: Role) -> Bool { roles.contains(role) }

    public func check(_ principal: Principal) throws(DomainError) {
        guard allows(principal.role) else { throw DomainError.forbidden(.roleMayNot(principal.role)) }
    }

    // MARK: - Bureaus and keys
    public static let manageBureaus = Permission(.admin)
    public static let readBureaus = Permission(.admin, .originBureau, .destinationBureau, .cooperationOffice, .observer)

    // MARK: - Workers
    public static let registerWorker = Permission(.admin, .originBureau)
    public static let readWorkers = Permission(.admin, .originBureau, .destinationBureau)
    public static let changeWorker = Permission(.admin, .originBureau)

    // MARK: - Employers and vacancies
    public static let keepEmployers = Permission(.admin, .destinationBureau)
    public static let postVacancies = Permission(.admin, .destinationBureau)
    /// The console's vacancy pages are the bureaus' (the API lists open vacancies to every key).
    public static let readVacancies = Permission(.admin, .originBureau, .destinationBureau)

    // MARK: - Matching
    public static let recommendVacancies = Permission(.admin, .originBureau)
    public static let listCandidates = Permission(.admin, .destinationBureau)
    public static let allocateCohort = Permission(.admin, .originBureau)

    // MARK: - Placements
    public static let followPlacements = Permission(.admin, .originBureau, .destinationBureau)
    /// Cooperation offices too, for facts further back than the backdating window, with a reason.
    public static let recordMonth = Permission(.admin, .destinationBureau, .cooperationOffice)
    /// Answers and withdrawals by the bureaus; hires and separations also by cooperation offices.
    public static let stepPlacements = Permission(.admin, .originBureau, .destinationBureau, .cooperationOffice)
    /// Cooperation offices too: a paid subsidy whose facts a correction took away is theirs to settle.
    public static let readAlerts = Permission(.admin, .originBureau, .cooperationOffice)
    /// The employer's side corrects its own recent facts; a cooperation office any in its scope.
    public static let correctPlacementFacts = Permission(.admin, .destinationBureau, .cooperationOffice)
    public static let readPlacementCorrections = Permission(.admin, .originBureau, .destinationBureau, .cooperationOffice)

    // MARK: - Funds and subsidies
    public static let keepLedger = Permission(.admin, .cooperationOffice)
    public static let readFunds = Permission(.admin, .cooperationOffice, .observer)
    public static let decideSubsidies = Permission(.admin, .cooperationOffice)

    // MARK: - Training
    public static let keepTrainingBases = Permission(.admin, .originBureau, .cooperationOffice)
    public static let enrolWorkers = Permission(.admin, .originBureau)

    // MARK: - Parks
    public static let keepParks = Permission(.admin, .cooperationOffice)
    public static let readParks = Permission(.admin, .cooperationOffice, .observer)

    // MARK: - Cooperation records (talent, consumption, donations, meetings)
    public static let keepCooperationRecords = Permission(.admin, .cooperationOffice)
    public static let readCooperationRecords = Permission(.admin, .cooperationOffice, .observer)
    /// A follow-up item's owner reports its progress, whatever the owner's kind; an office in scope too.
    public static let reportDecisionProgress = Permission(.admin, .originBureau, .destinationBureau, .cooperationOffice)

    // MARK: - Reports
    public static let readReports = Permission(.admin, .cooperationOffice, .observer)
}
