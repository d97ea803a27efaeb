import Foundation

/// An organisation that uses Minning. Its region bounds what its keys can see.
public struct Bureau: Sendable, Equatable {
    public let id: UUID
    public let name: String
    public let kind: BureauKind
    public let region: RegionCode
    public let createdAt: Date

    public init(id: UUID, name: String, kind: BureauKind, region: RegionCode, createdAt: Date) {
        self.id = id
        self.name = name
        self.kind = kind
        self.region = region
        self.createdAt = createdAt
    }
}

/// What it takes to register a bureau, already checked against the rules that need no database.
public struct NewBureau: Sendable, Equatable {
    public let name: String
    public let kind: BureauKind
    public let region: RegionCode

    /// Checks that the kind may sit in the region; the caller checks that the region exists.
    public static func validated(name: String, kind: BureauKind, region: RegionCode) throws -> NewBureau {
        if let problem = kind.regionProblem(region) {
            throw DomainError.invalid([FieldIssue(field: "region_code", message: problem)])
        }
        return NewBureau(name: name, kind: kind, region: region)
    }
}
