import Foundation
import MinningDomain
import MinningPersistence

/// Registers the invented employers, vacancies and training bases of `Seeds/demo/` through the use cases, so they
/// pass the same checks as API input (credit codes, minimum wages). Idempotent: an employer is known
/// by its credit code, a vacancy by its employer and title.
public struct DemoEmployerSeeder: Sendable {
    let services: Services
    let directory: URL

    public init(services: Services, directory: URL) {
        self.services = services
        self.directory = directory
    }

    public struct Report: Sendable, Equatable {
        public let employersInFile: Int
        public let employersInserted: Int
        public let vacanciesInFile: Int
        public let vacanciesInserted: Int
        public let basesInFile: Int
        public let basesInserted: Int
    }

    public func run(operatorBureauName: String = "闽宁协作平台运维") async throws -> Report {
        let (database, today) = (services.database, services.clock.today)
        let lookups = DemoDataRepository(database: database)
        let actor = try await CommandLineActor.resolve(database, bureauNamed: operatorBureauName, label: "demo seed", requestId: "seed")
        let employers = try CSVTable.load(directory.appendingPathComponent("demo/employers.csv"))
        let vacancies = try CSVTable.load(directory.appendingPathComponent("demo/vacancies.csv"))
        let employerService = services.employers
        let vacancyService = services.vacancies
        var employersInserted = 0
        for row in employers.rows {
            let field = Dictionary(uniqueKeysWithValues: zip(employers.header, row))
            let employer = try NewEmployer(
                name: field["name"]!, creditCode: try CreditCode(field["credit_code"]!), region: RegionCode(field["region_code"]!)!,
                industryCode: field["industry_code"]!, size: EmployerSize(rawValue: field["size"]!)!,
                contactName: field["contact_name"]!, contactPhone: field["contact_phone"]!
            )
            do {
                _ = try await database.transaction { connection in try await employerService.register(employer, by: actor, on: connection) }
                employersInserted += 1
            } catch DomainError.conflict {
                continue
            }
        }
        var vacanciesInserted = 0
        for row in vacancies.rows {
            let field = Dictionary(uniqueKeysWithValues: zip(vacancies.header, row))
            let terms = VacancyTerms(
                title: field["title"]!, occupationCode: field["occupation_code"]!, openings: Int(field["openings"]!)!,
                wageMinFen: Int(field["wage_min_fen"]!)!, wageMaxFen: Int(field["wage_max_fen"]!)!,
                housingProvided: field["housing_provided"] == "true", mealsProvided: field["meals_provided"] == "true",
                workRegion: RegionCode(field["work_region_code"]!)!, minAge: Int(field["min_age"]!)!, maxAge: Int(field["max_age"]!)!,
                minEducation: EducationLevel(rawValue: field["min_education"]!)!,
                requiredCertificates: field["required_certificates"]!.split(separator: "|").map(String.init),
                startsOn: Self.day(field["starts_on"]!, today: today), closesOn: Self.day(field["closes_on"]!, today: today), status: .open
            )
            let creditCode = field["employer_credit_code"]!
            let title = terms.title
            let inserted = try await database.transaction { connection -> Bool in
                guard let employerId = try await lookups.employerId(creditCode: creditCode, on: connection) else {
                    throw DomainError.notFound(.lineUnreadable(detail: "demo/vacancies.csv: \(creditCode)"))
                }
                if try await lookups.vacancyExists(employerId: employerId, title: title, on: connection) { return false }
                _ = try await vacancyService.post(terms, forEmployer: employerId, by: actor, on: connection)
                return true
            }
            if inserted { vacanciesInserted += 1 }
        }
        let bases = try CSVTable.load(directory.appendingPathComponent("demo/training_bases.csv"))
        let training = services.training
        var basesInserted = 0
        for row in bases.rows {
            let field = Dictionary(uniqueKeysWithValues: zip(bases.header, row))
            let code = field["operator_employer_credit_code"]!
            let name = field["name"]!
            let inserted = try await database.transaction { connection -> Bool in
                if try await lookups.trainingBaseExists(named: name, on: connection) { return false }
                let employerId = code.isEmpty ? nil : try await lookups.employerId(creditCode: code, on: connection)
                let college = field["operator_college_name"]!
                let base = try NewTrainingBase(
                    name: name, operatorEmployerId: employerId, collegeName: college.isEmpty ? nil : college,
                    region: RegionCode(field["region_code"]!)!, occupations: field["occupations"]!.split(separator: "|").map(String.init),
                    capacityPerCohort: Int(field["capacity_per_cohort"]!)!
                )
                _ = try await training.registerBase(base, by: actor, on: connection)
                return true
            }
            if inserted { basesInserted += 1 }
        }
        return Report(employersInFile: employers.rows.count, employersInserted: employersInserted,
                      vacanciesInFile: vacancies.rows.count, vacanciesInserted: vacanciesInserted,
                      basesInFile: bases.rows.count, basesInserted: basesInserted)
    }

    /// Demo dates are written `+N` (days from the day of seeding), so the demo vacancies are open
    /// whenever someone first tries the service; a fixed date would close them one day.
    static func day(_ text: String, today: CalendarDay) -> CalendarDay {
        if text.hasPrefix("+"), let days = Int(text.dropFirst()) { return today.adding(days: days) }
        return CalendarDay(iso: text)!
    }

}
