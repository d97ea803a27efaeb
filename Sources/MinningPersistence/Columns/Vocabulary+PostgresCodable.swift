import MinningDomain
import NIOCore
import PostgresNIO

/// A vocabulary of the domain stored as a text column with a CHECK constraint. A value the enum
/// does not know fails the read instead of becoming a default. (PostgresNIO's own RawRepresentable
/// and Codable defaults both match these enums, which makes either ambiguous.)
protocol TextVocabulary: PostgresNonThrowingEncodable, PostgresDecodable, PostgresArrayEncodable, PostgresArrayDecodable, RawRepresentable
    where RawValue == String {}

extension TextVocabulary {
    public static var psqlType: PostgresDataType { String.psqlType }
    public static var psqlFormat: PostgresFormat { String.psqlFormat }
    public static var psqlArrayType: PostgresDataType { .textArray }

    public func encode<JSONEncoder: PostgresJSONEncoder>(
        into byteBuffer: inout ByteBuffer, context: PostgresEncodingContext<JSONEncoder>
    ) {
        rawValue.encode(into: &byteBuffer, context: context)
    }

    public init<JSONDecoder: PostgresJSONDecoder>(
        from buffer: inout ByteBuffer, type: PostgresDataType, format: PostgresFormat,
        context: PostgresDecodingContext<JSONDecoder>
    ) throws {
        let text = try String(from: &buffer, type: type, format: format, context: context)
        guard let value = Self(rawValue: text) else { throw PostgresDecodingError.Code.failure }
        self = value
    }
}

extension EducationLevel: TextVocabulary {}
extension PovertyStatus: TextVocabulary {}
extension MonitoredKind: TextVocabulary {}
extension WorkerStatus: TextVocabulary {}
extension ConsentMethod: TextVocabulary {}
extension EnrolmentOutcome: TextVocabulary {}
extension PlacementStatus: TextVocabulary {}
extension EmployerSize: TextVocabulary {}
extension RegionLevel: TextVocabulary {}
extension PendingExpenditure.Status: TextVocabulary {}
extension PlacementCorrection.Fact: TextVocabulary {}
extension LedgerEntryKind: TextVocabulary {}
extension ProjectCategory: TextVocabulary {}
extension ProjectStatus: TextVocabulary {}
extension Role: TextVocabulary {}
extension VacancyStatus: TextVocabulary {}
extension BureauKind: TextVocabulary {}
extension SubsidyPolicy.Beneficiary: TextVocabulary {}
extension SubsidyPolicy.Limit: TextVocabulary {}
extension SubsidyClaimStatus: TextVocabulary {}
extension TargetMetric: TextVocabulary {}
extension PairingKind: TextVocabulary {}
extension TalentAssignment.Kind: TextVocabulary {}
extension TalentAssignment.Direction: TextVocabulary {}
extension ConsumptionPurchase.BuyerKind: TextVocabulary {}
extension ConsumptionPurchase.ProductCategory: TextVocabulary {}
extension Donation.DonorKind: TextVocabulary {}
extension Donation.Form: TextVocabulary {}
extension Meeting.Level: TextVocabulary {}
extension MeetingDecisionRecord.Status: TextVocabulary {}
