import Foundation

/// A gift to a pairing's Ningxia side by an enterprise, an organisation or a person (社会参与):
/// money, or goods at the value their receipt states, with the project it went to when there is one.
public struct Donation: Sendable, Equatable {
    public enum DonorKind: String, CaseIterable, Sendable, Codable {
        case enterprise
        case socialOrganisation = "social_organisation"
        case individual, other
    }

    public enum Form: String, CaseIterable, Sendable, Codable {
        case money
        case inKind = "in_kind"
    }

    public static let maximumFen = 100_000_000_000

    public let pairingId: Int
    public let donorName: String
    public let donorKind: DonorKind
    public let form: Form
    public let valueFen: Int
    /// What goods were given; may be empty for money.
    public let description: String
    public let receivedOn: CalendarDay
    public let projectId: UUID?

    public init(
        pairingId: Int, donorName: String, donorKind: DonorKind, form: Form, valueFen: Int, description: String, receivedOn: CalendarDay,
        projectId: UUID?
    ) {
        self.pairingId = pairingId
        self.donorName = donorName
        self.donorKind = donorKind
        self.form = form
        self.valueFen = valueFen
        self.description = description
        self.receivedOn = receivedOn
        self.projectId = projectId
    }

    public func problems(today: CalendarDay) -> [FieldIssue] {
        var issues: [FieldIssue] = []
        if receivedOn > today { issues.append(FieldIssue(field: "received_on", message: .notInFuture)) }
        if form == .inKind, description.isEmpty { issues.append(FieldIssue(field: "description", message: .requiredWhen(field: "form", is: "in_kind"))) }
        return issues
    }
}
