import MinningDomain
import MinningPersistence

/// Regions, occupations, industries and pairings: reference data any authenticated caller reads.
public struct ReferenceService: Sendable {
    let regions: RegionRepository
    let reference: ReferenceRepository

    public init(database: Database) {
        self.regions = RegionRepository(database: database)
        self.reference = ReferenceRepository(database: database)
    }

    public func regions(parent: RegionCode?, level: RegionLevel?) async throws -> [Region] {
        try await regions.list(parent: parent, level: level)
    }

    public func region(_ code: RegionCode) async throws -> Region? {
        try await regions.find(code)
    }

    /// The minimum wages in force on `day` in a scope: what a vacancy there may not pay less than.
    public func minimumWages(in scope: Scope, on day: CalendarDay) async throws -> [(regionCode: String, monthlyFen: Int)] {
        try await reference.minimumWages(under: scope.codePrefix, on: day)
    }

    public func occupations(parent: String?, level: String?) async throws -> [Occupation] {
        try await reference.occupations(parent: parent, level: level)
    }

    public func industries() async throws -> [Industry] {
        try await reference.industries()
    }

    public func pairings(region: RegionCode?, year: Int?) async throws -> [Pairing] {
        try await reference.pairings(region: region, year: year)
    }
}
