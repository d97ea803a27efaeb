import Foundation
import MinningServices
import MinningDomain

extension ConsolePages {
    func staff(
        accounts: [StaffAccount], bureaus: [Bureau], now: Date, csrf: String, notice: String?, problems: [String], typed: [String: String]
    ) -> String {
        let names = Dictionary(bureaus.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        func role(_ role: Role) -> String { Vocabulary.label("role", role.rawValue, in: .zh) ?? role.rawValue }
        let rows = accounts.map { account -> [String: Any] in
            let state: String = if account.disabledAt != nil { "已停用" } else if let until = account.lockedUntil, until > now { "已锁定" }
                else if account.mustChangePassword { "待首次登录改密" } else { "正常" }
            var row: [String: Any] = [
                "login": account.login, "name": account.displayName, "bureau": names[account.bureauId] ?? "—", "role": role(account.role),
                "state": state, "csrf": csrf,
            ]
            if account.disabledAt == nil { row["active"] = true }
            if account.role.needsSecondFactor {
                row["secondFactor"] = account.secondFactorConfirmedAt == nil ? "未设置" : "已设置"
                if account.secondFactorConfirmedAt != nil, account.disabledAt == nil { row["resettable"] = true }
            }
            return row
        }
        let selectedBureau = typed["bureau_id"] ?? ""
        let selectedRole = typed["role"] ?? ""
        var values: [String: Any] = [
            "rows": rows, "csrf": csrf, "hasProblems": !problems.isEmpty, "problems": problems,
            "login": typed["login"] ?? "", "displayName": typed["display_name"] ?? "",
            "bureaus": bureaus.map { bureau -> [String: Any] in
                var option: [String: Any] = ["id": bureau.id.uuidString.lowercased(), "name": bureau.name]
                if option["id"] as? String == selectedBureau { option["selected"] = true }
                return option
            },
            "roles": Role.allCases.map { value -> [String: Any] in
                var option: [String: Any] = ["code": value.rawValue, "label": role(value)]
                if value.rawValue == selectedRole { option["selected"] = true }
                return option
            },
        ]
        if let notice { values["notice"] = notice }
        return render("staff", values)
    }
}

extension ConsolePages {
    /// The code's page: with the key and its link while it is being set up, else the code alone.
    func secondFactor(_ session: ConsoleSession, enrolment: TimeBasedCode?, error: String?) -> String {
        var values = Self.who(session).merging(["issuer": StaffService.secondFactorIssuer, "account": session.account.login]) { $1 }
        if let enrolment {
            values["setup"] = true
            values["key"] = enrolment.groupedBase32
            values["uri"] = enrolment.provisioningURI(account: session.account.login, issuer: StaffService.secondFactorIssuer)
        }
        if let error { values["error"] = error }
        return render("secondFactor", values)
    }
}
