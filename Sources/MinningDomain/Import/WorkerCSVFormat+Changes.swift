/// A worker's changeable fields read the way a clerk types them (the columns of the import file:
/// labels or codes, 元, 是/否, spreadsheet dates), so that the console's edit form and the file
/// import apply one set of rules. Only what differs from the stored record becomes a change, so the
/// audit trail names the fields a clerk actually changed.
extension WorkerCSVFormat {
    /// Columns a registered worker's record may change; the rest (ID number, origin, consent) are
    /// facts of the registration.
    public static let changeableColumns = [
        "name", "phone", "education", "poverty_status", "monitored_kind", "skills", "preferred_destinations",
        "preferred_occupations", "expected_monthly_wage_fen", "needs_housing", "available_from",
    ]

    /// The changes, or nil with the problems in `reader`. A blank phone keeps the stored one: the
    /// form shows it masked, never in full.
    public static func parseChanges(_ reader: inout CSVRecordReader, from current: WorkerRecord) -> WorkerChanges? {
        let name = reader.string("name", maxLength: 50)
        let phone = readPhone(&reader, required: false)
        let cells = readProfileCells(&reader)
        guard reader.issues.isEmpty, let name, let cells else { return nil }

        let profile = current.profile
        var changes = WorkerChanges()
        if name != current.name { changes.name = name }
        changes.phone = phone
        if cells.education != profile.education { changes.education = cells.education }
        if cells.poverty != profile.povertyStatus { changes.povertyStatus = cells.poverty }
        if cells.monitoredKind != profile.monitoredKind { changes.monitoredKind = .some(cells.monitoredKind) }
        if cells.skills != profile.skills { changes.skills = cells.skills }
        if cells.destinations != profile.preferredDestinations { changes.preferredDestinations = cells.destinations }
        if cells.occupations != profile.preferredOccupations { changes.preferredOccupations = cells.occupations }
        if cells.wageFen != profile.expectedMonthlyWageFen { changes.expectedMonthlyWageFen = cells.wageFen }
        if cells.needsHousing != profile.needsHousing { changes.needsHousing = cells.needsHousing }
        if cells.availableFrom != profile.availableFrom { changes.availableFrom = cells.availableFrom }
        return changes
    }

    /// A stored worker's changeable fields as the form shows them, in the file's own notation.
    public static func changeableCells(of worker: WorkerRecord) -> [String: String] {
        let profile = worker.profile
        let skills = profile.skills.map { skill in
            [skill.occupationCode, skill.certificate ?? "", skill.level.map(String.init) ?? ""]
                .reversed().drop { $0.isEmpty }.reversed().joined(separator: ":")
        }
        return [
            "name": worker.name ?? "", "phone": "", "education": profile.education.rawValue,
            "poverty_status": profile.povertyStatus.rawValue, "monitored_kind": profile.monitoredKind?.rawValue ?? "",
            "skills": skills.joined(separator: "|"),
            "preferred_destinations": profile.preferredDestinations.map(\.rawValue).joined(separator: "|"),
            "preferred_occupations": profile.preferredOccupations.joined(separator: "|"),
            "expected_monthly_wage_fen": FundsReport.yuan(profile.expectedMonthlyWageFen),
            "needs_housing": profile.needsHousing ? "true" : "false", "available_from": profile.availableFrom.description,
        ]
    }
}
