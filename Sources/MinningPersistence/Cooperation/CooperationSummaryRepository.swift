import Foundation
import MinningDomain
import PostgresNIO

/// The year's cooperation records summed for the meeting pack, for the pairings a reader sees.
public struct CooperationSummaryRepository: Sendable {
    let database: Database

    public init(database: Database) { self.database = database }

    public func summary(year: Int, in scope: Scope, today: CalendarDay) async throws -> CooperationSummary {
        let (from, to) = ReportPeriod.whole(year).days
        let meetings = MeetingRepository(database: database)
        let access = PairingAccess(database: database)
        let logger = database.logger
        return try await database.transaction { connection in
            let pairingIds = try await access.visibleIds(in: scope, on: connection)
            // Days up to today only, as `TalentAssignment.daysServed` counts them; a posting not begun is not counted.
            let talentRows = try await connection.query(
                """
                SELECT pairing_id, kind, direction, count(*),
                       coalesce(sum(greatest(0, least(coalesce(ends_on, \(today)), \(today), \(to)) - greatest(starts_on, \(from)) + 1)), 0)::bigint
                FROM talent_assignments
                WHERE pairing_id = ANY(\(pairingIds)) AND starts_on <= least(\(to), \(today)) AND (ends_on IS NULL OR ends_on >= \(from))
                GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
                """,
                logger: logger
            )
            var talent: [CooperationSummary.Talent] = []
            for try await (pairing, kind, direction, people, days) in talentRows.decode((Int, TalentAssignment.Kind, TalentAssignment.Direction, Int, Int).self) {
                talent.append(.init(pairingId: pairing, kind: kind, direction: direction, people: people, days: days))
            }
            let purchaseRows = try await connection.query(
                """
                SELECT pairing_id, product_category, count(*), sum(amount_fen)::bigint FROM consumption_purchases
                WHERE pairing_id = ANY(\(pairingIds)) AND purchased_on BETWEEN \(from) AND \(to) GROUP BY 1, 2 ORDER BY 1, 2
                """,
                logger: logger
            )
            var consumption: [CooperationSummary.Consumption] = []
            for try await (pairing, category, count, amount) in purchaseRows.decode((Int, ConsumptionPurchase.ProductCategory, Int, Int).self) {
                consumption.append(.init(pairingId: pairing, category: category, purchases: count, amountFen: amount))
            }
            let donationRows = try await connection.query(
                """
                SELECT pairing_id, form, count(*), sum(value_fen)::bigint FROM donations
                WHERE pairing_id = ANY(\(pairingIds)) AND received_on BETWEEN \(from) AND \(to) GROUP BY 1, 2 ORDER BY 1, 2
                """,
                logger: logger
            )
            var donations: [CooperationSummary.Donations] = []
            for try await (pairing, form, count, value) in donationRows.decode((Int, Donation.Form, Int, Int).self) {
                donations.append(.init(pairingId: pairing, form: form, gifts: count, valueFen: value))
            }
            return CooperationSummary(
                talent: talent, consumption: consumption, donations: donations,
                meetings: try await meetings.list(year: year, pairingIds: pairingIds, on: connection)
            )
        }
    }
}
