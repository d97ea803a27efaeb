import Foundation
import HTTPTypes
import Hummingbird
import MinningDomain
import MinningPersistence
import MinningServices

/// A pairing's yearly agreement targets (协议指标): set by cooperation offices, every change a new
/// version with its reason; read with their history by those who read reports.
struct TargetsController {
    let service: AssessmentService

    struct TargetsBody: Encodable, Sendable {
        struct Version: Encodable, Sendable {
            let metric: String
            let version: Int
            let value: Int
            let reason: String
            let setByBureau: String
            let setAt: Date
        }

        let pairingId: Int
        let year: Int
        /// The value in force of each metric that has one.
        let targets: [String: Int]
        let history: [Version]
        let changed: [String]?
    }

    func addRoutes(to group: RouterGroup<MinningRequestContext>) {
        group.get("/pairings/{id}/targets/{year}") { _, context in
            let caller = try context.caller(allowedBy: .readReports)
            let (pairing, year) = try Self.path(context)
            let body = try await targetsBody(pairing: pairing, year: year, changed: nil, caller: caller)
            return try APIJSON.response(body, headers: [.eTag: ConditionalRequest.eTag(version: body.history.count)])
        }
        group.put("/pairings/{id}/targets/{year}") { request, context in
            let caller = try context.caller(allowedBy: .keepLedger)
            let (pairing, year) = try Self.path(context)
            var body = try await BodyReader(request, context: context)
            let values = body.object("targets") { reader -> [TargetMetric: Int]? in
                var values: [TargetMetric: Int] = [:]
                for metric in TargetMetric.allCases {
                    if let value = reader.integer(metric.rawValue, required: false, in: 0...metric.maximum) { values[metric] = value }
                }
                return values
            }
            let reason = body.string("reason")
            if let values, values.isEmpty { body.add(FieldIssue(field: "targets", message: .mustChangeSomething)) }
            try body.finish()
            guard let values, let reason else { throw Problem.malformed(.checkedFieldMissing) }
            guard try await !service.assessments(year: year, pairingId: pairing, for: .caller(caller)).isEmpty else {
                throw Problem.notFound(.noneInScope(.pairing))
            }
            let expected = try await ConditionalRequest.expectedVersionOrAny(request)
            let changed = try await service.setTargets(
                pairingId: pairing, year: year, values: values, reason: reason, expectedRevision: expected,
                by: AuditActor(principal: caller, requestId: context.requestId)
            )
            let stored = try await targetsBody(pairing: pairing, year: year, changed: changed.map(\.rawValue), caller: caller)
            return try APIJSON.response(stored, headers: [.eTag: ConditionalRequest.eTag(version: stored.history.count)])
        }
    }

    private func targetsBody(pairing: Int, year: Int, changed: [String]?, caller: Principal) async throws -> TargetsBody {
        guard let assessed = try await service.assessments(year: year, pairingId: pairing, for: .caller(caller)).first else {
            throw Problem.notFound(.noneInScope(.pairing))
        }
        let history = try await service.history(pairingId: pairing, year: year, for: .caller(caller))
        var targets: [String: Int] = [:]
        for line in assessed.assessment.lines { if let target = line.target { targets[line.metric.rawValue] = target } }
        return TargetsBody(
            pairingId: pairing, year: year, targets: targets,
            history: history.map { .init(metric: $0.metric.rawValue, version: $0.version, value: $0.value, reason: $0.reason, setByBureau: $0.setByBureau, setAt: $0.setAt) },
            changed: changed
        )
    }

    private static func path(_ context: MinningRequestContext) throws -> (Int, Int) {
        guard let text = context.parameters.get("id"), let pairing = Int(text), (1...Int(Int32.max)).contains(pairing) else {
            throw Problem.notFound(.noSuchId(.pairing))
        }
        guard let yearText = context.parameters.get("year"), let year = Int(yearText), (1996...2100).contains(year) else {
            throw Problem.validation([FieldIssue(field: "year", message: .yearOutOfRange(1996, 2100))])
        }
        return (pairing, year)
    }
}
