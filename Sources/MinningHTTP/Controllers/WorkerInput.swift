import Foundation
import MinningDomain

/// Reads worker fields from a body. Shared by registration (everything required) and PATCH
/// (everything optional), so both apply the same rules to the same field.
enum WorkerInput {
    static func readNew(_ body: inout BodyReader, today: CalendarDay) throws -> NewWorker {
        let name = body.string("name", maxLength: 50)
        let idNumber = readIDNumber(&body, today: today)
        let phone = readPhone(&body, required: true)
        let region = body.regionCode("origin_region_code")
        let education = body.oneOf("education", EducationLevel.self)
        let poverty = body.oneOf("poverty_status", PovertyStatus.self)
        let monitoredKind = body.oneOf("monitored_kind", MonitoredKind.self, required: false)
        let skills = readSkills(&body, required: false) ?? []
        let destinations = readRegions(&body, "preferred_destinations", required: false) ?? []
        let occupations = readOccupations(&body, required: false) ?? []
        let wage = body.integer("expected_monthly_wage_fen", in: 0...WorkerProfile.maximumWageFen)
        let housing = body.boolean("needs_housing")
        let availableFrom = body.date("available_from")
        body.refuseServerHeldWorkerStatus("status")
        let consent = body.object("consent") { consent in readConsent(&consent) }
        try body.finish()
        guard let name, let idNumber, let phone, let region, let education, let poverty, let wage, let housing,
              let availableFrom, let consent
        else { throw Problem.malformed(.checkedFieldMissing) }
        let profile = WorkerProfile(
            originRegion: region, education: education, povertyStatus: poverty, monitoredKind: monitoredKind,
            skills: skills, preferredDestinations: destinations, preferredOccupations: occupations,
            expectedMonthlyWageFen: wage, needsHousing: housing, availableFrom: availableFrom, status: .available
        )
        return try NewWorker(name: name, idNumber: idNumber, phone: phone, profile: profile, consent: consent, today: today)
    }

    static func readChanges(_ body: inout BodyReader) throws -> WorkerChanges {
        var changes = WorkerChanges()
        changes.name = body.string("name", required: false, maxLength: 50)
        changes.phone = readPhone(&body, required: false)
        changes.education = body.oneOf("education", EducationLevel.self, required: false)
        changes.povertyStatus = body.oneOf("poverty_status", PovertyStatus.self, required: false)
        if body.isExplicitNull("monitored_kind") {
            body.consume("monitored_kind")
            changes.monitoredKind = .some(nil)
        } else if let kind = body.oneOf("monitored_kind", MonitoredKind.self, required: false) {
            changes.monitoredKind = .some(kind)
        }
        changes.skills = readSkills(&body, required: false)
        changes.preferredDestinations = readRegions(&body, "preferred_destinations", required: false)
        changes.preferredOccupations = readOccupations(&body, required: false)
        changes.expectedMonthlyWageFen = body.integer("expected_monthly_wage_fen", required: false, in: 0...WorkerProfile.maximumWageFen)
        changes.needsHousing = body.boolean("needs_housing", required: false)
        changes.availableFrom = body.date("available_from", required: false)
        body.refuseServerHeldWorkerStatus("status")
        try body.finish()
        if changes.fieldNames.isEmpty {
            throw Problem.validation([FieldIssue(field: "body", message: .mustChangeSomething)])
        }
        return changes
    }

    private static func readIDNumber(_ body: inout BodyReader, today: CalendarDay) -> CitizenIDNumber? {
        guard let text = body.string("id_number", maxLength: 18) else { return nil }
        do {
            return try CitizenIDNumber(text, today: today.noonInChina)
        } catch {
            body.add(FieldIssue(field: "id_number", message: .idNumber(error)))
            return nil
        }
    }

    private static func readPhone(_ body: inout BodyReader, required: Bool) -> String? {
        guard let text = body.string("phone", required: required, maxLength: 11) else { return nil }
        guard NewWorker.isMobilePhone(text) else {
            body.add(FieldIssue(field: "phone", message: .notMobile))
            return nil
        }
        return text
    }

    private static func readSkills(_ body: inout BodyReader, required: Bool) -> [Skill]? {
        body.array("skills", required: required, maxCount: 50) { reader, value, path in
            reader.nestedObject(value, path: path) { skill in
                let code = skill.string("occupation_code", maxLength: 4)
                let certificate = skill.string("certificate", required: false, maxLength: 200)
                let level = skill.integer("level", required: false, in: 1...5)
                return code.map { Skill(occupationCode: $0, certificate: certificate, level: level) }
            }
        }
    }

    private static func readRegions(_ body: inout BodyReader, _ key: String, required: Bool) -> [RegionCode]? {
        body.array(key, required: required, maxCount: 50) { reader, value, path in
            reader.elementRegionCode(value, path: path)
        }
    }

    private static func readOccupations(_ body: inout BodyReader, required: Bool) -> [String]? {
        body.array("preferred_occupations", required: required, maxCount: 50) { reader, value, path in
            reader.elementString(value, path: path, maxLength: 4)
        }
    }

    private static func readConsent(_ consent: inout BodyReader) -> Consent? {
        let givenOn = consent.date("given_on")
        let scope = consent.string("scope", maxLength: 200)
        let method = consent.oneOf("method", ConsentMethod.self)
        let recordedBy = consent.string("recorded_by", maxLength: 50)
        guard let givenOn, let scope, let method, let recordedBy else { return nil }
        return Consent(givenOn: givenOn, scope: scope, method: method, recordedBy: recordedBy)
    }
}
