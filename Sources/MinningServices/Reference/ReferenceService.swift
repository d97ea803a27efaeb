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
