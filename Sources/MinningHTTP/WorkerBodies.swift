import Foundation
import Hummingbird
import MinningDomain

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

/// A worker as the origin bureau (and admins) see it: personal data masked.
struct WorkerBody: ResponseEncodable, Sendable {
    let id: String
    let name: String?
    let idNumberMasked: String?
    let phoneMasked: String?
    let sex: String
    let birthDate: String?
    let age: Int
    let originRegionCode: String
    let education: EducationLevel
    let povertyStatus: PovertyStatus
    let monitoredKind: MonitoredKind?
    let skills: [SkillBody]
    let preferredDestinations: [String]
    let preferredOccupations: [String]
    let expectedMonthlyWageFen: Int
    let needsHousing: Bool
    let availableFrom: String
    let status: WorkerStatus
    let consent: ConsentBody
    let registeredByBureauId: String
    let version: Int
    let createdAt: Date
    let updatedAt: Date

    init(_ worker: WorkerRecord, today: CalendarDay) {
        let profile = worker.profile
        id = worker.id.wireString
        name = worker.name
        idNumberMasked = worker.idNumberMasked
        phoneMasked = worker.phoneMasked
        sex = worker.isMale ? "male" : "female"
        birthDate = worker.birthDate?.description
        age = worker.age(on: today)
        originRegionCode = profile.originRegion.rawValue
        education = profile.education
        povertyStatus = profile.povertyStatus
        monitoredKind = profile.monitoredKind
        skills = profile.skills.map(SkillBody.init)
        preferredDestinations = profile.preferredDestinations.map(\.rawValue)
        preferredOccupations = profile.preferredOccupations
        expectedMonthlyWageFen = profile.expectedMonthlyWageFen
        needsHousing = profile.needsHousing
        availableFrom = profile.availableFrom.description
        status = profile.status
        consent = ConsentBody(
            givenOn: worker.consent.givenOn.description, scope: worker.consent.scope, method: worker.consent.method,
            recordedBy: worker.consent.recordedBy, withdrawnOn: worker.consentWithdrawnOn?.description
        )
        registeredByBureauId = worker.registeredByBureau.wireString
        version = worker.version
        createdAt = worker.createdAt
        updatedAt = worker.updatedAt
    }
}

/// A worker as a Fujian destination bureau sees it before any hire: what matching needs, nothing
/// that identifies the person (no name, ID number, phone or birth date) and no poverty status,
/// which is sensitive and not the employer's business.
struct CandidateBody: ResponseEncodable, Sendable {
    let id: String
    let sex: String
    let age: Int
    let originRegionCode: String
    let education: EducationLevel
    let skills: [SkillBody]
    let preferredDestinations: [String]
    let preferredOccupations: [String]
    let expectedMonthlyWageFen: Int
    let needsHousing: Bool
    let availableFrom: String
    let status: WorkerStatus

    init(_ worker: WorkerRecord, today: CalendarDay) {
        let profile = worker.profile
        id = worker.id.wireString
        sex = worker.isMale ? "male" : "female"
        age = worker.age(on: today)
        originRegionCode = profile.originRegion.rawValue
        education = profile.education
        skills = profile.skills.map(SkillBody.init)
        preferredDestinations = profile.preferredDestinations.map(\.rawValue)
        preferredOccupations = profile.preferredOccupations
        expectedMonthlyWageFen = profile.expectedMonthlyWageFen
        needsHousing = profile.needsHousing
        availableFrom = profile.availableFrom.description
        status = profile.status
    }
}

struct PersonalDataBody: ResponseEncodable, Sendable {
    let id: String
    let idNumber: String
    let phone: String
}
