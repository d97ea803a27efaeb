import Foundation
import Hummingbird
import MinningDomain
import MinningServices

struct SkillBody: Codable, Sendable {
    let occupationCode: String
    let certificate: String?
    let level: Int?

    init(_ skill: Skill) {
        occupationCode = skill.occupationCode
        certificate = skill.certificate
        level = skill.level
    }
}

struct ConsentBody: Encodable, Sendable {
    let givenOn: String
    let scope: String
    let method: ConsentMethod
    let recordedBy: String
    let withdrawnOn: String?
}

/// A worker with the fields `WorkerVisibility` gives its reader, and no other: the one way a
/// worker is rendered, so a field a reader may not see cannot slip into one response of many.
struct WorkerBody: ResponseEncodable, Sendable {
    let worker: WorkerRecord
    let reader: WorkerReader
    let today: CalendarDay
    /// What a write was accepted despite (a shared phone); absent when none.
    var warnings: [FieldIssue] = []

    init(_ view: WorkerView, today: CalendarDay) {
        self.worker = view.worker
        self.reader = view.reader
        self.today = today
    }

    init(_ worker: WorkerRecord, readBy reader: WorkerReader, today: CalendarDay) {
        self.worker = worker
        self.reader = reader
        self.today = today
    }

    init(_ written: WorkerWrite, readBy reader: WorkerReader, today: CalendarDay) {
        self.init(written.worker, readBy: reader, today: today)
        self.warnings = written.warnings
    }

    private struct Warning: Encodable {
        let field: String
        let message: Message
    }

    private struct Key: CodingKey {
        let stringValue: String
        init(_ field: WorkerField) { stringValue = field.rawValue }
        init?(stringValue: String) { self.stringValue = stringValue }
        var intValue: Int? { nil }
        init?(intValue: Int) { nil }
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Key.self)
        let profile = worker.profile
        for field in WorkerVisibility.fields(for: reader) {
            let key = Key(field)
            switch field {
            case .id: try container.encode(worker.id.wireString, forKey: key)
            case .name: try container.encodeIfPresent(worker.name, forKey: key)
            case .idNumberMasked: try container.encodeIfPresent(worker.idNumberMasked, forKey: key)
            case .phoneMasked: try container.encodeIfPresent(worker.phoneMasked, forKey: key)
            case .sex: try container.encode(worker.isMale ? "male" : "female", forKey: key)
            case .birthDate: try container.encodeIfPresent(worker.birthDate?.description, forKey: key)
            case .age: try container.encode(worker.age(on: today), forKey: key)
            case .originRegionCode: try container.encode(profile.originRegion.rawValue, forKey: key)
            case .education: try container.encode(profile.education, forKey: key)
            case .povertyStatus: try container.encode(profile.povertyStatus, forKey: key)
            case .monitoredKind: try container.encodeIfPresent(profile.monitoredKind, forKey: key)
            case .skills: try container.encode(profile.skills.map(SkillBody.init), forKey: key)
            case .preferredDestinations: try container.encode(profile.preferredDestinations.map(\.rawValue), forKey: key)
            case .preferredOccupations: try container.encode(profile.preferredOccupations, forKey: key)
            case .expectedMonthlyWageFen: try container.encode(profile.expectedMonthlyWageFen, forKey: key)
            case .needsHousing: try container.encode(profile.needsHousing, forKey: key)
            case .availableFrom: try container.encode(profile.availableFrom.description, forKey: key)
            case .status: try container.encode(profile.status, forKey: key)
            case .consent:
                try container.encode(ConsentBody(
                    givenOn: worker.consent.givenOn.description, scope: worker.consent.scope, method: worker.consent.method,
                    recordedBy: worker.consent.recordedBy, withdrawnOn: worker.consentWithdrawnOn?.description
                ), forKey: key)
            case .registeredByBureauId: try container.encode(worker.registeredByBureau.wireString, forKey: key)
            case .version: try container.encode(worker.version, forKey: key)
            case .createdAt: try container.encode(worker.createdAt, forKey: key)
            case .updatedAt: try container.encode(worker.updatedAt, forKey: key)
            }
        }
        if !warnings.isEmpty {
            try container.encode(warnings.map { Warning(field: $0.field, message: $0.message) }, forKey: Key(stringValue: "warnings")!)
        }
    }
}

struct PersonalDataBody: ResponseEncodable, Sendable {
    let id: String
    let idNumber: String
    let phone: String
}
