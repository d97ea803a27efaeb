import Foundation
import MinningDomain

/// An opaque keyset cursor: the sort key of the last row of a page, `(created_at, id)`.
/// Base64url so clients treat it as a token, not as something to edit.
public struct ListCursor: Sendable, Equatable {
    public let createdAtMicroseconds: Int64
    public let id: UUID

    public init(createdAt: Date, id: UUID) {
        self.createdAtMicroseconds = Int64((createdAt.timeIntervalSince1970 * 1_000_000).rounded())
        self.id = id
    }

    public init(createdAtMicroseconds: Int64, id: UUID) {
        self.createdAtMicroseconds = createdAtMicroseconds
        self.id = id
    }

    public init?(token: String) {
        var base64 = token.replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")
        while base64.count % 4 != 0 { base64 += "=" }
        guard token.utf8.count <= 100, let data = Data(base64Encoded: base64),
              let text = String(data: data, encoding: .utf8)
        else { return nil }
        let parts = text.split(separator: "|")
        guard parts.count == 2, let micros = Int64(parts[0]), Self.storableMicroseconds.contains(micros),
              let id = UUID(uuidString: String(parts[1]))
        else { return nil }
        self.createdAtMicroseconds = micros
        self.id = id
    }

    /// 1970-01-01 to 9999-12-31: every row's `created_at` lies inside, and a well-formed token
    /// holding a time PostgreSQL cannot store (22008) must be a bad cursor, not a 500.
    static let storableMicroseconds: ClosedRange<Int64> = 0...253_402_300_799_999_999

    public var token: String {
        Data("\(createdAtMicroseconds)|\(id.uuidString.lowercased())".utf8).base64EncodedString()
            .replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_").replacingOccurrences(of: "=", with: "")
    }

    public var createdAt: Date { Date(timeIntervalSince1970: Double(createdAtMicroseconds) / 1_000_000) }
}

/// A row of a list ordered by `(created_at DESC, id DESC)`.
public protocol KeysetRow {
    var id: UUID { get }
    var createdAtMicroseconds: Int64 { get }
}

extension WorkerRecord: KeysetRow {}
extension EmployerRecord: KeysetRow {}
extension VacancyRecord: KeysetRow {}
extension PlacementRecord: KeysetRow {}

extension ListCursor {
    /// The cursor of the page after `page`, or nil when `page` was the last (shorter than `limit`).
    public static func next(after page: [some KeysetRow], limit: Int) -> String? {
        guard page.count == limit, let last = page.last else { return nil }
        return ListCursor(createdAtMicroseconds: last.createdAtMicroseconds, id: last.id).token
    }
}
