import MinningDomain
import NIOCore
import PostgresNIO

/// A calendar day travels as PostgreSQL's binary `date` (days since 2000-01-01), so no query
/// formats a date as text or casts text back to a date.
extension CalendarDay: PostgresNonThrowingEncodable, PostgresDecodable {
    public static var psqlType: PostgresDataType { .date }
    public static var psqlFormat: PostgresFormat { .binary }

    static let postgresEpochOffset = 10_957  // 2000-01-01 in days since 1970-01-01

    public func encode<JSONEncoder: PostgresJSONEncoder>(
        into byteBuffer: inout ByteBuffer, context: PostgresEncodingContext<JSONEncoder>
    ) {
        byteBuffer.writeInteger(Int32(daysSinceUnixEpoch - Self.postgresEpochOffset))
    }

    public init<JSONDecoder: PostgresJSONDecoder>(
        from buffer: inout ByteBuffer, type: PostgresDataType, format: PostgresFormat,
        context: PostgresDecodingContext<JSONDecoder>
    ) throws {
        guard type == .date else { throw PostgresDecodingError.Code.typeMismatch }
        // `infinity` and days outside years 1–9999 are not calendar days the domain can hold.
        guard format == .binary, buffer.readableBytes == 4, let days = buffer.readInteger(as: Int32.self),
              let day = CalendarDay(daysSinceUnixEpoch: Int(days) + Self.postgresEpochOffset)
        else { throw PostgresDecodingError.Code.failure }
        self = day
    }
}

extension CalendarDay: PostgresArrayEncodable, PostgresArrayDecodable {
    public static var psqlArrayType: PostgresDataType { .dateArray }
}
