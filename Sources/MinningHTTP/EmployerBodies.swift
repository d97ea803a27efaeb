import Foundation
import MinningDomain

/// An employer as the API shows it.
struct EmployerBody: Encodable, Sendable {
    let id: String
    let name: String
    let creditCode: String
    let regionCode: String
    let industryCode: String
    let size: EmployerSize
    let contactName: String
    let contactPhoneMasked: String
    let registeredByBureauId: String
    let version: Int
    let createdAt: Date
    let updatedAt: Date

    init(_ employer: EmployerRecord) {
        id = employer.id.wireString
        name = employer.name
        creditCode = employer.creditCode
        regionCode = employer.region.rawValue
        industryCode = employer.industryCode
        size = employer.size
        contactName = employer.contactName
        contactPhoneMasked = employer.contactPhoneMasked
        registeredByBureauId = employer.registeredByBureau.wireString
        version = employer.version
        createdAt = employer.createdAt
        updatedAt = employer.updatedAt
    }
}
