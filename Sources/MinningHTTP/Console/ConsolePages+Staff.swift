import Foundation
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
