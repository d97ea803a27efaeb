/// Whose eyes a worker is read with. Cooperation offices and observers read no worker at all:
/// they see counts in reports.
public enum WorkerReader: String, CaseIterable, Sendable {
    /// An origin bureau with the worker in its region: it registered them and follows them.
    case originBureau = "origin_bureau"
    case admin
    /// A destination bureau whose employer's job the worker accepted (the worker agreed to be known).
    case employingBureau = "employing_bureau"
    /// Any other destination bureau, reading an available worker as a candidate.
    case candidateViewer = "candidate_viewer"
}

/// Every field of a worker as the API shows it, by its JSON name.
public enum WorkerField: String, CaseIterable, Sendable {
    case id, name
    case idNumberMasked = "id_number_masked"
    case phoneMasked = "phone_masked"
    case sex
    case birthDate = "birth_date"
    case age
    case originRegionCode = "origin_region_code"
    case education
    case povertyStatus = "poverty_status"
    case monitoredKind = "monitored_kind"
    case skills
    case preferredDestinations = "preferred_destinations"
    case preferredOccupations = "preferred_occupations"
    case expectedMonthlyWageFen = "expected_monthly_wage_fen"
    case needsHousing = "needs_housing"
    case availableFrom = "available_from"
    case status, consent
    case registeredByBureauId = "registered_by_bureau_id"
    case version
    case createdAt = "created_at"
    case updatedAt = "updated_at"
}

/// The one field-visibility table: every worker response is built from it, the README's table is
/// checked against it, and the authorization tests look for any field outside it.
///
/// Minimum necessary: a destination bureau learns who the worker is only once they accepted one of
/// its jobs, and never their birth date, poverty status or consent record, which are the origin
/// side's business (the age is enough for the work, and poverty status is sensitive).
public enum WorkerVisibility {
    private static let everyone: Set<WorkerReader> = Set(WorkerReader.allCases)
    private static let knownToEmployer: Set<WorkerReader> = [.originBureau, .admin, .employingBureau]
    private static let originOnly: Set<WorkerReader> = [.originBureau, .admin]

    public static let readers: [WorkerField: Set<WorkerReader>] = [
        .id: everyone,
        .name: knownToEmployer,
        .idNumberMasked: knownToEmployer,
        .phoneMasked: knownToEmployer,
        .sex: everyone,
        .birthDate: originOnly,
        .age: everyone,
        .originRegionCode: everyone,
        .education: everyone,
        .povertyStatus: originOnly,
        .monitoredKind: originOnly,
        .skills: everyone,
        .preferredDestinations: everyone,
        .preferredOccupations: everyone,
        .expectedMonthlyWageFen: everyone,
        .needsHousing: everyone,
        .availableFrom: everyone,
        .status: everyone,
        .consent: originOnly,
        .registeredByBureauId: knownToEmployer,
        // The version is the ETag of an edit, and only the origin side edits.
        .version: originOnly,
        .createdAt: knownToEmployer,
        .updatedAt: knownToEmployer,
    ]

    public static func fields(for reader: WorkerReader) -> [WorkerField] {
        WorkerField.allCases.filter { readers[$0, default: []].contains(reader) }
    }

    public static func sees(_ reader: WorkerReader, _ field: WorkerField) -> Bool {
        readers[field, default: []].contains(reader)
    }
}
