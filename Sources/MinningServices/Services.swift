import MinningDomain
import MinningPersistence

/// The use cases, composed once from the database, the personal-data key, the clock and the
/// settings; the API and the CLI hold this and nothing below it.
public struct Services: Sendable {
    public let database: Database
    /// Where reports read: a replica when one is configured, else the primary.
    public let reportDatabase: Database
    public let clock: ChinaClock
    public let settings: Settings
    let personalData: PersonalDataCipher
    public let idempotency: IdempotencyStore
    public let reference: ReferenceService
    public let bureaus: BureauService
    public let workers: WorkerService
    public let employers: EmployerService
    public let vacancies: VacancyService
    public let matching: MatchingService
    public let allocation: AllocationService
    public let placements: PlacementService
    public let training: TrainingService
    public let parks: ParkService
    public let funds: FundsService
    public let reports: ReportService
    public let subsidies: SubsidyService
    public let staff: StaffService
    public let worklist: WorklistService
    public let imports: ImportService
    public let assessment: AssessmentService
    public let talent: TalentService
    public let consumption: ConsumptionService
    public let donations: DonationService
    public let meetings: MeetingService

    public init(database: Database, reportDatabase: Database? = nil, personalData: PersonalDataCipher, clock: ChinaClock, settings: Settings) {
        self.database = database
        self.reportDatabase = reportDatabase ?? database
        self.clock = clock
        self.settings = settings
        self.personalData = personalData
        let idempotency = IdempotencyStore(database: database)
        // One repository for every matching use case: it keeps the scorer it read for a minute.
        let matching = MatchingRepository(database: database, candidatePool: settings.candidatePool)
        let placements = PlacementRepository(database: database)
        self.idempotency = idempotency
        self.workers = WorkerService(
            database: database, workers: WorkerRepository(database: database, cipher: personalData), idempotency: idempotency, clock: clock
        )
        self.employers = EmployerService(
            database: database, employers: EmployerRepository(database: database, cipher: personalData), idempotency: idempotency
        )
        self.vacancies = VacancyService(database: database, vacancies: VacancyRepository(database: database), idempotency: idempotency, clock: clock)
        self.matching = MatchingService(database: database, matching: matching, clock: clock)
        self.allocation = AllocationService(database: database, matching: matching, placements: placements, idempotency: idempotency, clock: clock)
        let alerts = AlertRepository(database: database)
        self.placements = PlacementService(
            database: database, matching: matching, placements: placements, alerts: alerts,
            idempotency: idempotency, clock: clock, backdating: BackdatingWindow(months: settings.backdatingMonths)
        )
        let funds = FundsService(
            database: database, idempotency: idempotency, clock: clock, confirmationThresholdFen: settings.ledgerConfirmationThresholdFen
        )
        self.funds = funds
        self.subsidies = SubsidyService(database: database, funds: funds, clock: clock)
        self.training = TrainingService(database: database, idempotency: idempotency)
        self.parks = ParkService(database: database, idempotency: idempotency, clock: clock)
        self.reports = ReportService(reportDatabase: self.reportDatabase, clock: clock)
        self.bureaus = BureauService(database: database)
        self.reference = ReferenceService(database: database)
        self.staff = StaffService(database: database, clock: clock, passwordHashCost: settings.passwordHashCost, personalData: personalData)
        self.assessment = AssessmentService(database: database, clock: clock)
        self.talent = TalentService(database: database, idempotency: idempotency, clock: clock)
        self.consumption = ConsumptionService(database: database, idempotency: idempotency, clock: clock)
        self.donations = DonationService(database: database, idempotency: idempotency, clock: clock)
        self.meetings = MeetingService(database: database, idempotency: idempotency, clock: clock)
        self.imports = ImportService(database: database, personalData: personalData, clock: clock)
        self.worklist = WorklistService(
            worklist: WorklistRepository(database: database), alerts: alerts, meetings: MeetingRepository(database: database), clock: clock
        )
    }
}
