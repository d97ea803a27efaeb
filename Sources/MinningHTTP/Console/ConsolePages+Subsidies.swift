import Foundation
import MinningDomain
import MinningPersistence
import MinningServices

/// What the subsidy page shows: the claims of one status, the policies that name them, and the
/// pairings an approved claim may be paid from.
struct SubsidyPageContent {
    let status: SubsidyClaimStatus
    let claims: [SubsidyClaimRecord]
    let policies: [SubsidyPolicy]
    let pairings: [FundsReport.PairingLine]
    let limit: Int
}

extension ConsolePages {
    func subsidies(
        _ content: SubsidyPageContent, reader: UUID, today: CalendarDay, regionNames: [String: String], csrf: String, notice: String?, problems: [String]
    ) -> String {
        func label(_ term: String, _ code: String) -> String { Vocabulary.label(term, code, in: .zh) ?? code }
        let policyNames = Dictionary(content.policies.map { ($0.code, $0.nameZh) }, uniquingKeysWith: { first, _ in first })
        let tabs: [[String: Any]] = [SubsidyClaimStatus.pending, .approved, .paid, .rejected, .withdrawn].map { status in
            ["status": status.rawValue, "name": label("subsidy_claim_status", status.rawValue), "current": status == content.status]
        }
        let claims = content.claims.map { claim -> [String: Any] in
            let facts = (try? JSONDecoder().decode(PlacementFacts.self, from: Data(claim.factsJSON.utf8)))
            let origin = facts?.originRegion ?? ""
            var row: [String: Any] = [
                "id": claim.id.uuidString.lowercased(), "policy": policyNames[claim.policyCode] ?? claim.policyCode,
                "beneficiary": label("subsidy_beneficiary", claim.beneficiary.rawValue), "amount": AmountText.yuan(claim.amountFen),
                "origin": regionNames[origin].map { "\($0)（\(origin)）" } ?? origin,
                "poverty": facts.map { label("poverty_status", $0.povertyStatus.rawValue) } ?? "",
                "hiredOn": facts?.hiredOn?.description ?? "", "months": facts?.consecutiveVerifiedMonths ?? 0,
                "asOf": claim.evaluatedAsOf.description, "csrf": csrf, "from": claim.status.rawValue, "today": today.description,
            ]
            switch claim.status {
            case .pending: row["decidable"] = true
            case .approved:
                row["decidable"] = true
                // Four eyes: the person who approved it sees why there is no payment form.
                if claim.approvedByKey == reader {
                    row["approvedByMe"] = true
                } else {
                    row["payable"] = true
                    // The pairing of the worker's home county is the usual source; the office may choose another.
                    row["pairings"] = content.pairings.map { line -> [String: Any] in
                        var option: [String: Any] = [
                            "id": line.pairingId, "name": "\(line.name)（本年可用 \(AmountText.yuan(line.balance.availableFen)) 元）",
                        ]
                        if origin.hasPrefix(line.ningxiaRegionCode) { option["selected"] = true }
                        return option
                    }
                }
            case .rejected: row["outcome"] = claim.rejectionReason ?? ""
            case .withdrawn: row["outcome"] = claim.withdrawalCause.map { Message.correctionCause($0).text(in: .zh) } ?? claim.withdrawalReason ?? ""
            case .paid: row["outcome"] = claim.ledgerPosition.map { "资金台账第 \($0) 笔" } ?? ""
            }
            return row
        }
        var values: [String: Any] = [
            "tabs": tabs, "claims": claims, "hasClaims": !claims.isEmpty, "statusName": label("subsidy_claim_status", content.status.rawValue),
            "full": claims.count >= content.limit, "limit": content.limit, "csrf": csrf, "today": today.description,
            "hasProblems": !problems.isEmpty, "problems": problems, "showOutcome": [.rejected, .withdrawn, .paid].contains(content.status),
            "showActions": [.pending, .approved].contains(content.status),
        ]
        if let notice { values["notice"] = notice }
        return render("subsidies", values)
    }
}
