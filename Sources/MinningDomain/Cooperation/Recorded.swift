import Foundation

/// A cooperation record as kept: what was recorded, under the id and version the API answers with.
public struct Recorded<Value: Sendable & Equatable>: Sendable, Equatable {
    public let id: UUID
    public let value: Value
    public let version: Int
    public let createdAt: Date

    public init(id: UUID, value: Value, version: Int, createdAt: Date) {
        self.id = id
        self.value = value
        self.version = version
        self.createdAt = createdAt
    }
}
