/// A code that a record names and a reference table must hold (a region, an occupation). One
/// registration and a whole imported file are checked against the same list, so the two cannot
/// drift apart in which fields they check or how they word a problem.
public struct CodeReference: Sendable, Hashable {
    public enum Table: String, Sendable {
        case region, occupation
    }

    public let field: String
    public let code: String
    public let table: Table
    /// A county of a province seeded without its counties (the central and western provinces)
    /// passes: Minning holds those provinces' codes, not every county under them.
    public let acceptsCountyOfUnseededProvince: Bool

    public init(field: String, code: String, table: Table, acceptsCountyOfUnseededProvince: Bool = false) {
        self.field = field
        self.code = code
        self.table = table
        self.acceptsCountyOfUnseededProvince = acceptsCountyOfUnseededProvince
    }

    /// What to tell the clerk when the table does not hold the code.
    public var problem: FieldIssue {
        FieldIssue(field: field, message: .unknownCode(table == .region ? .region : .occupation, code))
    }
}

extension WorkerProfile {
    /// Every code this profile names, with the field it came from.
    public var codeReferences: [CodeReference] {
        var references = [CodeReference(field: "origin_region_code", code: originRegion.rawValue, table: .region, acceptsCountyOfUnseededProvince: true)]
        for (index, region) in preferredDestinations.enumerated() {
            references.append(CodeReference(field: "preferred_destinations[\(index)]", code: region.rawValue, table: .region))
        }
        for (index, skill) in skills.enumerated() {
            references.append(CodeReference(field: "skills[\(index)].occupation_code", code: skill.occupationCode, table: .occupation))
        }
        for (index, code) in preferredOccupations.enumerated() {
            references.append(CodeReference(field: "preferred_occupations[\(index)]", code: code, table: .occupation))
        }
        return references
    }
}

extension VacancyTerms {
    /// Every occupation code these terms name, with the field it came from. (The work county is
    /// judged by its minimum wage on record, which only Fujian counties have.)
    public var codeReferences: [CodeReference] {
        [CodeReference(field: "occupation_code", code: occupationCode, table: .occupation)]
            + requiredCertificates.enumerated().map {
                CodeReference(field: "required_certificates[\($0.offset)]", code: $0.element, table: .occupation)
            }
    }
}
