import Foundation
import HTTPTypes
import HummingbirdTesting
import MinningDomain
import MinningPersistence
import MinningTestSupport
import NIOCore
import Testing

/// Every documented operation × every role, against objects inside and outside the caller's scope
/// (OWASP API1 object level, API5 function level). The operations come from docs/openapi.json: an
/// operation without a row here fails the test, so no route ships unchecked.
@Suite("Authorization matrix")
struct AuthorizationMatrixTests {
    /// Callers in the order of every `expected` list below.
    static let roles = ["admin", "xiji_origin", "haiyuan_origin", "fuzhou_destination", "ningxia_office", "observer"]

    struct Objects: Sendable {
        let xijiBureau: String
        let xijiWorker: String
        let employer: String
        let vacancy: String
        let trainingBase: String
        let placement: String
        let pairing: Int
        let ledgerEntry: Int
        let project: String
        var park = ""
        var parkEnterprise = ""
        var talent = ""
        var meeting = ""
        /// A follow-up item of a provincial meeting, owned by 西吉's bureau.
        var decision = ""
        /// Expenditures above the confirmation threshold, one per caller, recorded by a third key.
        var pendingExpenditures: [String] = []
    }

    /// A request to make as one caller; `fresh` builds per-caller objects for operations that
    /// consume their object (revoking a key, withdrawing consent).
    struct Case: Sendable {
        let method: HTTPRequest.Method
        let path: @Sendable (Objects, Int) async throws -> String
        let body: (@Sendable (Int) -> String)?
        let headers: HTTPFields
        let expected: [Int]
    }

    static func cases(_ client: any TestClientProtocol, _ cast: Fixtures.Cast, _ database: Database) -> [String: Case] {
        let xijiKeyFresh: @Sendable (Objects, Int) async throws -> String = { objects, _ in
            let created = try await client.send(.post, "/v1/bureaus/\(objects.xijiBureau)/keys", as: cast.admin, json: #"{"role":"observer"}"#)
            return "/v1/keys/\((created.json["key"] as? [String: Any])?["id"] as? String ?? "")"
        }
        let xijiWorkerFresh: @Sendable (Objects, Int) async throws -> String = { _, index in
            let json = Fixtures.workerJSON(idNumber: Fixtures.idNumber(sequence: 501 + index * 2))
            let created = try await client.send(.post, "/v1/workers", as: cast.xijiOrigin, json: json)
            return "/v1/workers/\(created.json["id"] as? String ?? "")/consent-withdrawal"
        }
        func path(_ make: @escaping @Sendable (Objects) -> String) -> @Sendable (Objects, Int) async throws -> String {
            { objects, _ in make(objects) }
        }
        let any: HTTPFields = [.ifMatch: "*"]
        @Sendable func freshWorker(_ sequence: Int) async throws -> String {
            let created = try await client.send(.post, "/v1/workers", as: cast.xijiOrigin, json: Fixtures.workerJSON(idNumber: Fixtures.idNumber(sequence: sequence)))
            return created.json["id"] as? String ?? ""
        }
        @Sendable func proposal(_ objects: Objects, _ sequence: Int) async throws -> String {
            let worker = try await freshWorker(sequence)
            let created = try await client.send(.post, "/v1/placements", as: cast.admin, json: #"{"worker_id":"\#(worker)","vacancy_id":"\#(objects.vacancy)"}"#)
            return created.json["id"] as? String ?? ""
        }
        @Sendable func hired(_ objects: Objects, _ sequence: Int) async throws -> String {
            let placement = try await proposal(objects, sequence)
            _ = try await client.send(.post, "/v1/placements/\(placement)/transitions", as: cast.xijiOrigin, json: #"{"to":"accepted"}"#)
            _ = try await client.send(.post, "/v1/placements/\(placement)/transitions", as: cast.fuzhouDestination,
                json: #"{"to":"hired","on":"\#(TestClock.today.description)"}"#)
            return placement
        }
        @Sendable func hiredWithPaidMonth(_ sequence: Int) async throws -> String {
            let vacancy = try await client.send(.get, "/v1/vacancies?limit=1", as: cast.fuzhouDestination).items.first?["id"] as? String ?? ""
            let placement = try await hired(Objects(
                xijiBureau: "", xijiWorker: "", employer: "", vacancy: vacancy, trainingBase: "", placement: "", pairing: 0, ledgerEntry: 0, project: ""
            ), sequence)
            return placement
        }
        return [
            "GET /healthz": Case(method: .get, path: path { _ in "/healthz" }, body: nil, headers: [:], expected: [200, 200, 200, 200, 200, 200]),
            "GET /v1/imports/{kind}/template.csv": Case(method: .get, path: path { _ in "/v1/imports/workers/template.csv" }, body: nil, headers: [:],
                expected: [200, 200, 200, 200, 200, 200]),
            "GET /v1/vocabulary": Case(method: .get, path: path { _ in "/v1/vocabulary" }, body: nil, headers: [:], expected: [200, 200, 200, 200, 200, 200]),
            "GET /readyz": Case(method: .get, path: path { _ in "/readyz" }, body: nil, headers: [:], expected: [200, 200, 200, 200, 200, 200]),
            "GET /metrics": Case(method: .get, path: path { _ in "/metrics" }, body: nil, headers: [:], expected: [200, 403, 403, 403, 403, 403]),
            "GET /openapi.json": Case(method: .get, path: path { _ in "/openapi.json" }, body: nil, headers: [:], expected: [200, 200, 200, 200, 200, 200]),
            "GET /v1/me": Case(method: .get, path: path { _ in "/v1/me" }, body: nil, headers: [:], expected: [200, 200, 200, 200, 200, 200]),
            "GET /v1/regions": Case(method: .get, path: path { _ in "/v1/regions" }, body: nil, headers: [:], expected: [200, 200, 200, 200, 200, 200]),
            "GET /v1/regions/{code}": Case(method: .get, path: path { _ in "/v1/regions/640422" }, body: nil, headers: [:], expected: [200, 200, 200, 200, 200, 200]),
            "GET /v1/occupations": Case(method: .get, path: path { _ in "/v1/occupations" }, body: nil, headers: [:], expected: [200, 200, 200, 200, 200, 200]),
            "GET /v1/industries": Case(method: .get, path: path { _ in "/v1/industries" }, body: nil, headers: [:], expected: [200, 200, 200, 200, 200, 200]),
            "GET /v1/pairings": Case(method: .get, path: path { _ in "/v1/pairings" }, body: nil, headers: [:], expected: [200, 200, 200, 200, 200, 200]),
            "GET /v1/bureaus": Case(method: .get, path: path { _ in "/v1/bureaus" }, body: nil, headers: [:], expected: [200, 200, 200, 200, 200, 200]),
            "POST /v1/bureaus": Case(method: .post, path: path { _ in "/v1/bureaus" },
                body: { index in #"{"name":"新局\#(index)","kind":"oversight","region_code":"640000"}"# }, headers: [:], expected: [201, 403, 403, 403, 403, 403]),
            // 西吉's bureau lies in its own scope and the Ningxia office's, not in the others'.
            "GET /v1/bureaus/{id}": Case(method: .get, path: path { "/v1/bureaus/\($0.xijiBureau)" }, body: nil, headers: [:], expected: [200, 200, 404, 404, 200, 404]),
            "GET /v1/bureaus/{id}/keys": Case(method: .get, path: path { "/v1/bureaus/\($0.xijiBureau)/keys" }, body: nil, headers: [:], expected: [200, 403, 403, 403, 403, 403]),
            "POST /v1/bureaus/{id}/keys": Case(method: .post, path: path { "/v1/bureaus/\($0.xijiBureau)/keys" },
                body: { _ in #"{"role":"observer"}"# }, headers: [:], expected: [201, 403, 403, 403, 403, 403]),
            "DELETE /v1/keys/{id}": Case(method: .delete, path: xijiKeyFresh, body: nil, headers: [:], expected: [200, 403, 403, 403, 403, 403]),
            // Workers: full view in the origin scope, candidate view for destination bureaus, nothing for the rest.
            "POST /v1/workers": Case(method: .post, path: path { _ in "/v1/workers" },
                body: { index in Fixtures.workerJSON(idNumber: Fixtures.idNumber(sequence: 301 + index * 2)) }, headers: [:], expected: [201, 201, 422, 403, 403, 403]),
            "GET /v1/workers": Case(method: .get, path: path { _ in "/v1/workers" }, body: nil, headers: [:], expected: [200, 200, 200, 200, 403, 403]),
            "GET /v1/workers/{id}": Case(method: .get, path: path { "/v1/workers/\($0.xijiWorker)" }, body: nil, headers: [:], expected: [200, 200, 404, 200, 403, 403]),
            "PATCH /v1/workers/{id}": Case(method: .patch, path: path { "/v1/workers/\($0.xijiWorker)" },
                body: { _ in #"{"needs_housing":false}"# }, headers: any, expected: [200, 200, 404, 403, 403, 403]),
            "GET /v1/workers/{id}/personal-data": Case(method: .get, path: path { "/v1/workers/\($0.xijiWorker)/personal-data" }, body: nil, headers: [:], expected: [200, 200, 404, 403, 403, 403]),
            "POST /v1/workers/{id}/consent-withdrawal": Case(method: .post, path: xijiWorkerFresh,
                body: { _ in #"{"withdrawn_on":"2026-11-20"}"# }, headers: [:], expected: [200, 200, 404, 403, 403, 403]),
            // Employers and vacancies: written within the Fujian scope, read by all.
            "POST /v1/employers": Case(method: .post, path: path { _ in "/v1/employers" },
                body: { index in Fixtures.employerJSON(creditCode: Fixtures.creditCode(100 + index)) }, headers: [:], expected: [201, 403, 403, 201, 403, 403]),
            "GET /v1/employers": Case(method: .get, path: path { _ in "/v1/employers" }, body: nil, headers: [:], expected: [200, 200, 200, 200, 200, 200]),
            "GET /v1/employers/{id}": Case(method: .get, path: path { "/v1/employers/\($0.employer)" }, body: nil, headers: [:], expected: [200, 200, 200, 200, 200, 200]),
            "PATCH /v1/employers/{id}": Case(method: .patch, path: path { "/v1/employers/\($0.employer)" },
                body: { _ in #"{"size":"large"}"# }, headers: any, expected: [200, 403, 403, 200, 403, 403]),
            "POST /v1/vacancies": Case(method: .post, path: path { _ in "/v1/vacancies" },
                body: nil, headers: [:], expected: [201, 403, 403, 201, 403, 403]),
            // Training: bases registered by origin bureaus and cooperation offices in scope, read by all;
            // enrolments belong to the worker's origin bureau.
            "POST /v1/training-bases": Case(method: .post, path: path { _ in "/v1/training-bases" },
                body: { index in #"{"name":"基地\#(index)","operator_college_name":"福建技师学院","region_code":"640422","occupations":["7533"],"capacity_per_cohort":40}"# },
                headers: [:], expected: [201, 201, 422, 403, 201, 403]),
            "GET /v1/training-bases": Case(method: .get, path: path { _ in "/v1/training-bases" }, body: nil, headers: [:], expected: [200, 200, 200, 200, 200, 200]),
            "GET /v1/training-bases/{id}": Case(method: .get, path: path { "/v1/training-bases/\($0.trainingBase)" }, body: nil, headers: [:], expected: [200, 200, 200, 200, 200, 200]),
            // The base lies in 640422: its county's bureau, the Ningxia office and admin may change it.
            "PATCH /v1/training-bases/{id}": Case(method: .patch, path: path { "/v1/training-bases/\($0.trainingBase)" },
                body: { _ in #"{"capacity_per_cohort":45}"# }, headers: any, expected: [200, 200, 404, 403, 200, 403]),
            "GET /v1/training-bases/{id}/enrolments": Case(method: .get, path: path { "/v1/training-bases/\($0.trainingBase)/enrolments" }, body: nil, headers: [:],
                expected: [200, 200, 200, 403, 403, 403]),
            "POST /v1/training-bases/{id}/enrolments": Case(method: .post, path: { objects, index in
                    let json = Fixtures.workerJSON(idNumber: Fixtures.idNumber(sequence: 701 + index * 2))
                    let worker = try await client.send(.post, "/v1/workers", as: cast.xijiOrigin, json: json)
                    return "/v1/training-bases/\(objects.trainingBase)/enrolments?worker=\(worker.json["id"] as? String ?? "")"
                }, body: nil, headers: [:], expected: [201, 201, 422, 403, 403, 403]),
            "PATCH /v1/training-bases/{id}/enrolments/{enrolment}": Case(method: .patch, path: { objects, index in
                    let json = Fixtures.workerJSON(idNumber: Fixtures.idNumber(sequence: 801 + index * 2))
                    let worker = try await client.send(.post, "/v1/workers", as: cast.xijiOrigin, json: json)
                    let enrolment = try await client.send(.post, "/v1/training-bases/\(objects.trainingBase)/enrolments", as: cast.xijiOrigin,
                        json: #"{"worker_id":"\#(worker.json["id"] as? String ?? "")","occupation_code":"7533","starts_on":"2026-12-01","ends_on":"2027-02-28"}"#)
                    return "/v1/training-bases/\(objects.trainingBase)/enrolments/\(enrolment.json["id"] as? String ?? "")"
                }, body: { _ in #"{"outcome":"certified","certificate":"缝纫工","level":4}"# }, headers: any, expected: [200, 200, 404, 403, 403, 403]),
            "GET /v1/vacancies": Case(method: .get, path: path { _ in "/v1/vacancies" }, body: nil, headers: [:], expected: [200, 200, 200, 200, 200, 200]),
            "GET /v1/vacancies/{id}": Case(method: .get, path: path { "/v1/vacancies/\($0.vacancy)" }, body: nil, headers: [:], expected: [200, 200, 200, 200, 200, 200]),
            "PATCH /v1/vacancies/{id}": Case(method: .patch, path: path { "/v1/vacancies/\($0.vacancy)" },
                body: { _ in #"{"openings":90}"# }, headers: any, expected: [200, 403, 403, 200, 403, 403]),
            // Matching: origin bureaus for their workers, destination bureaus for their vacancies.
            "GET /v1/workers/{id}/recommendations": Case(method: .get, path: path { "/v1/workers/\($0.xijiWorker)/recommendations" }, body: nil, headers: [:],
                expected: [200, 200, 404, 403, 403, 403]),
            "GET /v1/vacancies/{id}/candidates": Case(method: .get, path: path { "/v1/vacancies/\($0.vacancy)/candidates" }, body: nil, headers: [:],
                expected: [200, 403, 403, 200, 403, 403]),
            "POST /v1/allocations": Case(method: .post, path: { objects, _ in "/v1/allocations\n" + #"{"worker_ids":["\#(objects.xijiWorker)"],"dry_run":true}"# },
                body: nil, headers: [:], expected: [200, 200, 422, 403, 403, 403]),
            "POST /v1/placements": Case(method: .post, path: { objects, index in
                    let worker = try await freshWorker(901 + index * 2)
                    return "/v1/placements\n" + #"{"worker_id":"\#(worker)","vacancy_id":"\#(objects.vacancy)"}"#
                }, body: nil, headers: [:], expected: [201, 201, 422, 201, 403, 403]),
            "GET /v1/placements": Case(method: .get, path: path { _ in "/v1/placements" }, body: nil, headers: [:], expected: [200, 200, 200, 200, 403, 403]),
            "GET /v1/placements/{id}": Case(method: .get, path: path { "/v1/placements/\($0.placement)" }, body: nil, headers: [:], expected: [200, 200, 404, 200, 403, 403]),
            "POST /v1/placements/{id}/transitions": Case(method: .post, path: { objects, index in
                    "/v1/placements/\(try await proposal(objects, 921 + index * 2))/transitions"
                }, body: { _ in #"{"to":"withdrawn"}"# }, headers: [:], expected: [200, 200, 404, 200, 403, 403]),
            "POST /v1/placements/{id}/months": Case(method: .post, path: { objects, index in
                    "/v1/placements/\(try await hired(objects, 941 + index * 2))/months"
                }, body: { _ in #"{"month":"\#(TestClock.today.description.prefix(7))","wage_paid_fen":300000,"verified_by":"陈明"}"# }, headers: [:],
                expected: [201, 403, 403, 201, 201, 403]),
            // Funds: cooperation offices write for pairings in scope; observers and admins read.
            "POST /v1/ledger/entries": Case(method: .post, path: { objects, _ in
                    "/v1/ledger/entries\n" + #"{"kind":"commitment","pairing_id":\#(objects.pairing),"year":2025,"amount_fen":100000,"entry_date":"2025-03-01","document_number":"闽宁办〔2025〕3号"}"#
                }, body: nil, headers: [:], expected: [201, 403, 403, 403, 201, 403]),
            "GET /v1/ledger/entries": Case(method: .get, path: path { _ in "/v1/ledger/entries" }, body: nil, headers: [:], expected: [200, 403, 403, 403, 200, 200]),
            "GET /v1/ledger/entries/{position}": Case(method: .get, path: path { "/v1/ledger/entries/\($0.ledgerEntry)" }, body: nil, headers: [:],
                expected: [200, 403, 403, 403, 200, 200]),
            "GET /v1/ledger/pending-expenditures": Case(method: .get, path: path { _ in "/v1/ledger/pending-expenditures?status=pending" }, body: nil, headers: [:],
                expected: [200, 403, 403, 403, 200, 200]),
            "GET /v1/ledger/pending-expenditures/{id}": Case(method: .get, path: path { "/v1/ledger/pending-expenditures/\($0.pendingExpenditures[0])" },
                body: nil, headers: [:], expected: [200, 403, 403, 403, 200, 200]),
            "POST /v1/ledger/pending-expenditures/{id}/confirmation": Case(method: .post, path: { objects, index in
                    "/v1/ledger/pending-expenditures/\(objects.pendingExpenditures[index])/confirmation"
                }, body: nil, headers: [:], expected: [200, 403, 403, 403, 200, 403]),
            "GET /v1/ledger/verification": Case(method: .get, path: path { _ in "/v1/ledger/verification" }, body: nil, headers: [:], expected: [200, 403, 403, 403, 200, 200]),
            "POST /v1/projects": Case(method: .post, path: { objects, _ in
                    "/v1/projects\n" + #"{"pairing_id":\#(objects.pairing),"category":"industry","title":"海原闽宁产业园标准化厂房","budget_fen":500000000}"#
                }, body: nil, headers: [:], expected: [201, 403, 403, 403, 201, 403]),
            "GET /v1/projects": Case(method: .get, path: path { _ in "/v1/projects" }, body: nil, headers: [:], expected: [200, 403, 403, 403, 200, 200]),
            "GET /v1/projects/{id}": Case(method: .get, path: path { "/v1/projects/\($0.project)" }, body: nil, headers: [:], expected: [200, 403, 403, 403, 200, 200]),
            "POST /v1/parks/{id}/enterprises/{enterprise}/investments": Case(method: .post, path: path { "/v1/parks/\($0.park)/enterprises/\($0.parkEnterprise)/investments" },
                body: { index in #"{"arrived_on":"2025-0\#(index + 1)-15","amount_fen":100000000,"evidence_ref":"验资报告\#(index)"}"# }, headers: [:],
                expected: [201, 403, 403, 403, 201, 403]),
            "GET /v1/parks/{id}/enterprises/{enterprise}/investments": Case(method: .get, path: path { "/v1/parks/\($0.park)/enterprises/\($0.parkEnterprise)/investments" },
                body: nil, headers: [:], expected: [200, 403, 403, 403, 200, 200]),
            "PUT /v1/parks/{id}/enterprises/{enterprise}/headcounts/{day}": Case(method: .put, path: path { "/v1/parks/\($0.park)/enterprises/\($0.parkEnterprise)/headcounts/2025-06-30" },
                body: { _ in #"{"jobs":120,"lifted_jobs":40,"local_jobs":100}"# }, headers: any, expected: [200, 403, 403, 403, 200, 403]),
            "GET /v1/parks/{id}/enterprises/{enterprise}/headcounts": Case(method: .get, path: path { "/v1/parks/\($0.park)/enterprises/\($0.parkEnterprise)/headcounts" },
                body: nil, headers: [:], expected: [200, 403, 403, 403, 200, 200]),
            // The cooperation's other records: cooperation offices write for pairings in scope; the meeting reads.
            "GET /v1/pairings/{id}/targets/{year}": Case(method: .get, path: path { "/v1/pairings/\($0.pairing)/targets/2025" }, body: nil, headers: [:],
                expected: [200, 403, 403, 403, 200, 200]),
            "PUT /v1/pairings/{id}/targets/{year}": Case(method: .put, path: path { "/v1/pairings/\($0.pairing)/targets/2025" },
                body: { index in #"{"targets":{"cadres_sent":\#(index + 1)},"reason":"协议"}"# }, headers: any, expected: [200, 403, 403, 403, 200, 403]),
            "POST /v1/talent": Case(method: .post, path: { objects, _ in
                    "/v1/talent\n" + #"{"pairing_id":\#(objects.pairing),"kind":"teacher","direction":"to_ningxia","person_name":"陈老师","home_unit":"漳州一中","host_unit":"海原一中","post":"教师","starts_on":"2025-03-01"}"#
                }, body: nil, headers: [:], expected: [201, 403, 403, 403, 201, 403]),
            "GET /v1/talent": Case(method: .get, path: path { _ in "/v1/talent?year=2025" }, body: nil, headers: [:], expected: [200, 403, 403, 403, 200, 200]),
            "GET /v1/talent/{id}": Case(method: .get, path: path { "/v1/talent/\($0.talent)" }, body: nil, headers: [:], expected: [200, 403, 403, 403, 200, 200]),
            "PATCH /v1/talent/{id}": Case(method: .patch, path: path { "/v1/talent/\($0.talent)" }, body: { _ in #"{"post":"副校长"}"# }, headers: any,
                expected: [200, 403, 403, 403, 200, 403]),
            "POST /v1/consumption": Case(method: .post, path: { objects, _ in
                    "/v1/consumption\n" + #"{"pairing_id":\#(objects.pairing),"buyer_name":"漳州市总工会","buyer_kind":"union","product_category":"beef_mutton","origin_region_code":"640522","amount_fen":100000,"purchased_on":"2025-05-01","evidence_ref":"ZZ-1"}"#
                }, body: nil, headers: [:], expected: [201, 403, 403, 403, 201, 403]),
            "GET /v1/consumption": Case(method: .get, path: path { _ in "/v1/consumption?year=2025" }, body: nil, headers: [:], expected: [200, 403, 403, 403, 200, 200]),
            "POST /v1/consumption/imports": Case(method: .post, path: path { "/v1/consumption/imports?pairing_id=\($0.pairing)&dry_run=true" },
                body: { _ in "采购单位,采购方类型,产品类别,产地县区代码,采购金额（元）,采购日期,凭证编号\r\n漳州市总工会,工会,枸杞,640522,100,2025-05-02,ZZ-2\r\n" },
                headers: [.contentType: "text/csv"], expected: [200, 403, 403, 403, 200, 403]),
            "POST /v1/donations": Case(method: .post, path: { objects, _ in
                    "/v1/donations\n" + #"{"pairing_id":\#(objects.pairing),"donor_name":"漳州商会","donor_kind":"social_organisation","form":"money","value_fen":100000,"received_on":"2025-05-01"}"#
                }, body: nil, headers: [:], expected: [201, 403, 403, 403, 201, 403]),
            "GET /v1/donations": Case(method: .get, path: path { _ in "/v1/donations?year=2025" }, body: nil, headers: [:], expected: [200, 403, 403, 403, 200, 200]),
            "POST /v1/meetings": Case(method: .post, path: path { _ in "/v1/meetings" },
                body: { _ in #"{"held_on":"2025-03-20","level":"province","place":"福州","attendee_units":["福建省协作办","宁夏闽宁办"]}"# }, headers: [:],
                expected: [201, 403, 403, 403, 201, 403]),
            "GET /v1/meetings": Case(method: .get, path: path { _ in "/v1/meetings?year=2025" }, body: nil, headers: [:], expected: [200, 403, 403, 403, 200, 200]),
            "GET /v1/meetings/{id}": Case(method: .get, path: path { "/v1/meetings/\($0.meeting)" }, body: nil, headers: [:], expected: [200, 403, 403, 403, 200, 200]),
            "GET /v1/meeting-decisions": Case(method: .get, path: path { _ in "/v1/meeting-decisions" }, body: nil, headers: [:], expected: [200, 200, 200, 200, 200, 403]),
            // The owner (西吉) and the offices of a provincial meeting report progress; another bureau does not learn the item exists.
            "PATCH /v1/meeting-decisions/{id}": Case(method: .patch, path: path { "/v1/meeting-decisions/\($0.decision)" },
                body: { index in #"{"status":"open","progress":"进展 \#(index)"}"# }, headers: any, expected: [200, 200, 404, 404, 200, 403]),
            "GET /v1/reports/funds": Case(method: .get, path: path { _ in "/v1/reports/funds?year=2025" }, body: nil, headers: [:], expected: [200, 403, 403, 403, 200, 200]),
            // Subsidies: policies public to every bureau; evaluations and decisions by cooperation offices.
            "GET /v1/subsidies/policies": Case(method: .get, path: path { _ in "/v1/subsidies/policies" }, body: nil, headers: [:], expected: [200, 200, 200, 200, 200, 200]),
            "POST /v1/subsidies/evaluations": Case(method: .post, path: path { _ in "/v1/subsidies/evaluations" },
                body: { _ in #"{"as_of":"\#(TestClock.today)"}"# }, headers: [:], expected: [200, 403, 403, 403, 200, 403]),
            "GET /v1/subsidies/claims": Case(method: .get, path: path { _ in "/v1/subsidies/claims" }, body: nil, headers: [:], expected: [200, 403, 403, 403, 200, 403]),
            "POST /v1/subsidies/claims/{id}/transitions": Case(method: .post, path: { _, index in
                    let placement = try await hiredWithPaidMonth(981 + index * 2)
                    _ = try await client.send(.post, "/v1/subsidies/evaluations", as: cast.admin, json: #"{"as_of":"\#(TestClock.today)"}"#)
                    let claims = try await client.send(.get, "/v1/subsidies/claims?status=pending", as: cast.admin)
                    let claim = claims.items.first { $0["placement_id"] as? String == placement }
                    return "/v1/subsidies/claims/\(claim?["id"] as? String ?? "")/transitions"
                }, body: { _ in #"{"to":"approved"}"# }, headers: [:], expected: [200, 403, 403, 403, 200, 403]),
            // Parks: the Ningxia office registers parks in Ningxia; reports for offices, observers, admin.
            "POST /v1/parks": Case(method: .post, path: path { _ in "/v1/parks" },
                body: { index in #"{"name":"园区\#(index)","region_code":"640121","established_on":"2020-05-01"}"# }, headers: [:], expected: [201, 403, 403, 403, 201, 403]),
            "GET /v1/parks": Case(method: .get, path: path { _ in "/v1/parks" }, body: nil, headers: [:], expected: [200, 403, 403, 403, 200, 200]),
            "POST /v1/parks/{id}/enterprises": Case(method: .post, path: path { "/v1/parks/\($0.park)/enterprises" },
                body: { index in #"{"name":"企业\#(index)","credit_code":"\#(Fixtures.creditCode(400 + index, region: "640121"))","industry_code":"C","investment_fen":100000,"entered_on":"2021-01-01"}"# },
                headers: [:], expected: [201, 403, 403, 403, 201, 403]),
            "GET /v1/parks/{id}/enterprises": Case(method: .get, path: path { "/v1/parks/\($0.park)/enterprises" }, body: nil, headers: [:],
                expected: [200, 403, 403, 403, 200, 200]),
            "PUT /v1/parks/{id}/enterprises/{enterprise}/years/{year}": Case(method: .put, path: path { "/v1/parks/\($0.park)/enterprises/\($0.parkEnterprise)/years/2025" },
                body: { _ in #"{"jobs":100,"local_hires":80,"priority_hires":30,"output_value_fen":500000000}"# }, headers: [:], expected: [200, 403, 403, 403, 200, 403]),
            "GET /v1/reports/labor": Case(method: .get, path: path { _ in "/v1/reports/labor?from=2025-01-01&to=2026-12-31" }, body: nil, headers: [:],
                expected: [200, 403, 403, 403, 200, 200]),
            "GET /v1/reports/subsidies": Case(method: .get, path: path { _ in "/v1/reports/subsidies?year=2026" }, body: nil, headers: [:], expected: [200, 403, 403, 403, 200, 200]),
            "GET /v1/reports/parks": Case(method: .get, path: path { _ in "/v1/reports/parks?year=2025" }, body: nil, headers: [:], expected: [200, 403, 403, 403, 200, 200]),
            "GET /v1/reports/assessment": Case(method: .get, path: path { _ in "/v1/reports/assessment?year=2026" }, body: nil, headers: [:], expected: [200, 403, 403, 403, 200, 200]),
            "GET /v1/reports/meeting": Case(method: .get, path: path { _ in "/v1/reports/meeting?year=2025" }, body: nil, headers: [:], expected: [200, 403, 403, 403, 200, 200]),
            "GET /v1/alerts": Case(method: .get, path: path { _ in "/v1/alerts" }, body: nil, headers: [:], expected: [200, 200, 200, 403, 200, 403]),
            // Corrections: the employer's side (in its window) and offices; each caller corrects a placement of its own.
            "POST /v1/placements/{id}/corrections": Case(method: .post, path: { objects, index in
                    let placement = try await hired(objects, 601 + index * 2)
                    try await PlacementsTests.dateSteps(database, placement: placement, before: TestClock.today.adding(days: -5))
                    return "/v1/placements/\(placement)/corrections"
                }, body: { _ in #"{"fact":"hired_on","to":"\#(TestClock.today.adding(days: -5))","reason":"录入时日期填错"}"# }, headers: [:],
                expected: [200, 403, 403, 200, 200, 403]),
            "POST /v1/placements/{id}/month-corrections": Case(method: .post, path: { objects, index in
                    let placement = try await hired(objects, 621 + index * 2)
                    _ = try await client.send(.post, "/v1/placements/\(placement)/months", as: cast.fuzhouDestination,
                        json: #"{"month":"\#(TestClock.today.description.prefix(7))","wage_paid_fen":300000,"verified_by":"陈明"}"#)
                    return "/v1/placements/\(placement)/month-corrections"
                }, body: { _ in #"{"month":"\#(TestClock.today.description.prefix(7))","wage_paid_fen":320000,"reason":"工资条核对后更正"}"# }, headers: [:],
                expected: [200, 403, 403, 200, 200, 403]),
            "GET /v1/placements/{id}/month-corrections": Case(method: .get, path: path { "/v1/placements/\($0.placement)/month-corrections" }, body: nil, headers: [:],
                expected: [200, 200, 404, 200, 200, 403]),
            "GET /v1/placements/{id}/corrections": Case(method: .get, path: path { "/v1/placements/\($0.placement)/corrections" }, body: nil, headers: [:],
                expected: [200, 200, 404, 200, 200, 403]),
            "POST /v1/alerts/{id}/acknowledgement": Case(method: .post, path: { objects, index in
                    let placement = try await hired(objects, 961 + index * 2)
                    _ = try await client.send(.post, "/v1/placements/\(placement)/months", as: cast.fuzhouDestination,
                        json: #"{"month":"\#(TestClock.today.description.prefix(7))","wage_paid_fen":null,"verified_by":"陈明"}"#)
                    let alerts = try await client.send(.get, "/v1/alerts", as: cast.admin)
                    let alert = (alerts.json["items"] as? [[String: Any]] ?? []).first { $0["placement_id"] as? String == placement }
                    return "/v1/alerts/\(alert?["id"] as? String ?? "")/acknowledgement"
                }, body: { _ in #"{"note":"已电话回访"}"# }, headers: [:], expected: [200, 200, 404, 403, 200, 403]),
        ]
    }

    /// Fields a caller (by its index in `callers`) may never receive in any response, from the
    /// visibility table: a destination bureau never sees the origin side's fields (nor the priority
    /// groups that would tell it the poverty status); offices and observers see no one's identity.
    static let neverShown: [Int: Set<String>] = {
        let unmasked: Set<String> = ["id_number", "phone"]
        let originOnly = Set(WorkerField.allCases.filter { !WorkerVisibility.sees(.employingBureau, $0) && $0 != .version }.map(\.rawValue))
        // Names without a worker's meaning elsewhere (`name`, `created_at` are every object's).
        let identity = Set([WorkerField.idNumberMasked, .phoneMasked, .birthDate, .consent, .monitoredKind].map(\.rawValue))
        return [
            3: originOnly.union(unmasked).union(["priority_groups", "priority_weight"]),
            4: identity.union(unmasked),
            5: identity.union(unmasked).union(["poverty_status"]),
        ]
    }()

    /// Values of the matrix's workers that a role may not read, looked for in every body whatever
    /// its format (JSON values, CSV reports, the meeting pack's HTML): all of them are born on
    /// 1990-01-01, registered in Xiji with the phone 138 1234 5678 and named 马小花.
    static let neverInBody: [Int: [String]] = {
        let xijiIdentity = ["6404221990", "13812345678"]
        let born = ["1990-01-01", "19900101"]
        // Known to an employing bureau, which the Fuzhou bureau may become during the matrix.
        let known = ["马小花", "138****5678"]
        return [
            2: xijiIdentity + known,
            3: xijiIdentity + born,
            4: xijiIdentity + born + known,
            5: xijiIdentity + born + known,
        ]
    }()

    /// Every object key anywhere in a JSON response.
    static func jsonKeys(_ response: TestResponse) -> Set<String> {
        guard let value = try? JSONSerialization.jsonObject(with: Data(String(buffer: response.body).utf8)) else { return [] }
        var keys: Set<String> = []
        func walk(_ value: Any) {
            if let object = value as? [String: Any] {
                keys.formUnion(object.keys)
                object.values.forEach(walk)
            } else if let array = value as? [Any] {
                array.forEach(walk)
            }
        }
        walk(value)
        return keys
    }

    @Test("each documented operation has a row, and every role gets exactly that row's status")
    func matrix() async throws {
        try await withApp { client, cast, database in
            let callers = [cast.admin, cast.xijiOrigin, cast.haiyuanOrigin, cast.fuzhouDestination, cast.ningxiaOffice, cast.observer]
            let worker = try await client.send(.post, "/v1/workers", as: cast.xijiOrigin, json: Fixtures.workerJSON())
            let employer = try await client.send(.post, "/v1/employers", as: cast.fuzhouDestination, json: Fixtures.employerJSON())
            let employerId = try #require(employer.json["id"] as? String)
            // Dates from today, so that the vacancy stays open for matching whenever the suite runs.
            let today = TestClock.today
            // Openings for every row that hires on it (months, alerts, subsidies, corrections), six callers each.
            let vacancyBody = VacanciesTests.vacancyJSON(
                employer: employerId, startsOn: today.adding(days: 60).description, closesOn: today.adding(days: 30).description
            ).replacingOccurrences(of: #""openings":20"#, with: #""openings":100"#)
            let vacancy = try await client.send(.post, "/v1/vacancies", as: cast.fuzhouDestination, json: vacancyBody)
            let base = try await client.send(.post, "/v1/training-bases", as: cast.xijiOrigin,
                json: #"{"name":"西吉闽宁服装培训基地","operator_employer_id":"\#(employerId)","region_code":"640422","occupations":["7533","8153"],"capacity_per_cohort":40}"#)
            let placement = try await client.send(.post, "/v1/placements", as: cast.xijiOrigin,
                json: #"{"worker_id":"\#(worker.json["id"] as? String ?? "")","vacancy_id":"\#(vacancy.json["id"] as? String ?? "")"}"#)
            let pairings = try await client.send(.get, "/v1/pairings?region=640522&year=2025", as: cast.admin)
            let pairing = try #require(pairings.items.first { $0["fujian_region_code"] as? String == "350600" }?["id"] as? Int)
            let transfer = try await client.send(.post, "/v1/ledger/entries", as: cast.admin,
                json: #"{"kind":"transfer","pairing_id":\#(pairing),"year":2025,"amount_fen":5000000,"entry_date":"2025-04-01","document_number":"闽财〔2025〕8号"}"#)
            let project = try await client.send(.post, "/v1/projects", as: cast.ningxiaOffice,
                json: #"{"pairing_id":\#(pairing),"category":"labor_cooperation","title":"海原劳务工作站","budget_fen":2000000}"#)
            let park = try await client.send(.post, "/v1/parks", as: cast.ningxiaOffice, json: #"{"name":"闽宁产业园","region_code":"640121","established_on":"2018-06-01"}"#)
            let parkId = try #require(park.json["id"] as? String)
            let enterprise = try await client.send(.post, "/v1/parks/\(parkId)/enterprises", as: cast.ningxiaOffice,
                json: #"{"name":"闽宁服饰","credit_code":"\#(Fixtures.creditCode(390, region: "640121"))","relocated_from_region_code":"350102","industry_code":"C","investment_fen":8000000000,"entered_on":"2019-03-01"}"#)
            var objects = Objects(
                xijiBureau: cast.xijiOrigin.bureau.id.uuidString.lowercased(),
                xijiWorker: try #require(worker.json["id"] as? String),
                employer: employerId,
                vacancy: try #require(vacancy.json["id"] as? String),
                trainingBase: try #require(base.json["id"] as? String),
                placement: try #require(placement.json["id"] as? String),
                pairing: pairing,
                ledgerEntry: try #require(transfer.json["position"] as? Int),
                project: try #require(project.json["id"] as? String)
            )
            objects.park = parkId
            // Money for six expenditures above the ¥100,000 threshold, each recorded by a clerk who is none of the callers.
            _ = try await client.send(.post, "/v1/ledger/entries", as: cast.admin,
                json: #"{"kind":"transfer","pairing_id":\#(pairing),"year":2025,"amount_fen":100000000,"entry_date":"2025-05-01","document_number":"闽财〔2025〕9号"}"#)
            let clerk = try await Fixtures(database: database).colleague(of: cast.ningxiaOffice, label: "录入员")
            for index in 0..<callers.count {
                let waiting = try await client.send(.post, "/v1/ledger/entries", as: clerk,
                    json: #"{"kind":"expenditure","pairing_id":\#(pairing),"year":2025,"amount_fen":10000001,"entry_date":"2025-06-0\#(index + 1)","document_number":"闽宁支〔2025〕\#(index + 1)号"}"#)
                #expect(waiting.status == .accepted, "\(waiting.json)")
                objects.pendingExpenditures.append(try #require(waiting.json["id"] as? String))
            }
            objects.parkEnterprise = try #require(enterprise.json["id"] as? String, "\(enterprise.json)")
            let talent = try await client.send(.post, "/v1/talent", as: cast.ningxiaOffice,
                json: #"{"pairing_id":\#(pairing),"kind":"cadre","direction":"to_ningxia","person_name":"黄建国","home_unit":"漳州市委组织部","host_unit":"海原县委","post":"副书记（挂职）","starts_on":"2023-09-01"}"#)
            objects.talent = try #require(talent.json["id"] as? String, "\(talent.json)")
            let xiji = cast.xijiOrigin.bureau.id.uuidString.lowercased()
            let meeting = try await client.send(.post, "/v1/meetings", as: cast.ningxiaOffice,
                json: #"{"held_on":"2025-03-20","level":"province","place":"银川","attendee_units":["宁夏闽宁办"],"decisions":[{"task":"组织劳务专列","owner_bureau_id":"\#(xiji)","due_on":"2025-06-30"}]}"#)
            objects.meeting = try #require(meeting.json["id"] as? String, "\(meeting.json)")
            objects.decision = try #require((meeting.json["decisions"] as? [[String: Any]])?.first?["id"] as? String)
            let cases = Self.cases(client, cast, database)
            let documented = try OpenAPIDocumentTests.documentOperations()
            #expect(documented.subtracting(cases.keys).isEmpty, "operations without a row in the matrix: \(documented.subtracting(cases.keys).sorted())")
            #expect(Set(cases.keys).subtracting(documented).isEmpty, "rows for operations that are not documented: \(Set(cases.keys).subtracting(documented).sorted())")
            for (operation, testCase) in cases.sorted(by: { $0.key < $1.key }) {
                for (index, caller) in callers.enumerated() {
                    var uri = try await testCase.path(objects, index)
                    var body = testCase.body?(index) ?? (operation == "POST /v1/vacancies" ? vacancyBody : nil)
                    if let newline = uri.firstIndex(of: "\n") {
                        body = String(uri[uri.index(after: newline)...])
                        uri = String(uri[..<newline])
                    }
                    if let range = uri.range(of: "?worker=") {
                        let workerId = String(uri[range.upperBound...])
                        uri = String(uri[..<range.lowerBound])
                        body = #"{"worker_id":"\#(workerId)","occupation_code":"7533","starts_on":"2026-12-01","ends_on":"2027-02-28"}"#
                    }
                    let response = try await client.send(testCase.method, uri, as: caller, json: body, headers: testCase.headers)
                    #expect(Int(response.status.code) == testCase.expected[index], "\(operation) as \(Self.roles[index])")
                    // The API document names every field as a schema, not as data.
                    let data = operation == "GET /openapi.json" ? [] : Self.jsonKeys(response)
                    let leaked = data.intersection(Self.neverShown[index, default: []])
                    #expect(leaked.isEmpty, "\(operation) as \(Self.roles[index]) answered fields it may not see: \(leaked.sorted())")
                    if operation != "GET /openapi.json" {
                        let text = String(buffer: response.body)
                        let shown = Self.neverInBody[index, default: []].filter(text.contains)
                        #expect(shown.isEmpty, "\(operation) as \(Self.roles[index]) answered values it may not see: \(shown)")
                    }
                }
            }
            // The reports' CSV files, which the matrix reads as JSON, after the matrix made its placements.
            let csvReports = ["funds?year=2025", "labor?from=2025-01-01&to=2026-12-31", "subsidies?year=2026", "parks?year=2025", "meeting?year=2026"]
            for report in csvReports {
                for (index, caller) in callers.enumerated() {
                    let uri = "/v1/reports/\(report)" + (report.hasPrefix("meeting") ? "" : "&format=csv")
                    let response = try await client.send(.get, uri, as: caller)
                    let shown = Self.neverInBody[index, default: []].filter(String(buffer: response.body).contains)
                    #expect(shown.isEmpty, "\(uri) as \(Self.roles[index]) answered values it may not see: \(shown)")
                    if [0, 4, 5].contains(index) { #expect(response.status == .ok, "\(uri) as \(Self.roles[index])") }
                }
            }
            // API3: a destination bureau never receives a worker's name, ID number or phone.
            let candidate = try await client.send(.get, "/v1/workers/\(objects.xijiWorker)", as: cast.fuzhouDestination)
            let text = String(buffer: candidate.body)
            #expect(!text.contains("马小花") && !text.contains("id_number") && !text.contains("phone"))
        }
    }
}
