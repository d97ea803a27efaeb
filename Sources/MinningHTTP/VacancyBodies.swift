import Foundation
import MinningDomain

/// A vacancy as the API shows it.
struct VacancyBody: Encodable, Sendable {
    let id: String
    let employerId: String
    let title: String
    let occupationCode: String
    let openings: Int
    let wageMinFen: Int
    let wageMaxFen: Int
    let housingProvided: Bool
    let mealsProvided: Bool
    let workRegionCode: String
    let minAge: Int
    let maxAge: Int
    let minEducation: EducationLevel
    let requiredCertificates: [String]
    let startsOn: String
    let closesOn: String
    let status: VacancyStatus
    let postedByBureauId: String
    let version: Int
    let createdAt: Date
    let updatedAt: Date

    init(_ vacancy: VacancyRecord) {
        let terms = vacancy.terms
        id = vacancy.id.wireString
        employerId = vacancy.employerId.wireString
        title = terms.title
        occupationCode = terms.occupationCode
        openings = terms.openings
        wageMinFen = terms.wageMinFen
        wageMaxFen = terms.wageMaxFen
        housingProvided = terms.housingProvided
        mealsProvided = terms.mealsProvided
        workRegionCode = terms.workRegion.rawValue
        minAge = terms.minAge
        maxAge = terms.maxAge
        minEducation = terms.minEducation
        requiredCertificates = terms.requiredCertificates
        startsOn = terms.startsOn.description
        closesOn = terms.closesOn.description
        status = terms.status
        postedByBureauId = vacancy.postedByBureau.wireString
        version = vacancy.version
        createdAt = vacancy.createdAt
        updatedAt = vacancy.updatedAt
    }
}
