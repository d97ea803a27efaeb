import Foundation
import MinningDomain

extension ConsolePages {
    func bureaus(
        _ bureaus: [Bureau], regionNames: [String: String], csrf: String, notice: String?, problems: [String], typed: [String: String]
    ) -> String {
        let rows = bureaus.map { bureau -> [String: Any] in
            let code = bureau.region.rawValue
            return [
                "id": bureau.id.uuidString.lowercased(), "name": bureau.name, "kind": Vocabulary.label("bureau_kind", bureau.kind.rawValue, in: .zh) ?? bureau.kind.rawValue,
                "region": regionNames[code].map { "\($0)（\(code)）" } ?? code,
            ]
        }
        var values: [String: Any] = [
            "rows": rows, "csrf": csrf, "hasProblems": !problems.isEmpty, "problems": problems,
            "name": typed["name"] ?? "", "region": typed["region_code"] ?? "",
            "kinds": BureauKind.allCases.map { kind -> [String: Any] in
                var option: [String: Any] = ["code": kind.rawValue, "label": Vocabulary.label("bureau_kind", kind.rawValue, in: .zh) ?? kind.rawValue]
                if kind.rawValue == typed["kind"] { option["selected"] = true }
                return option
            },
        ]
        if let notice { values["notice"] = notice }
        return render("bureaus", values)
    }

    /// A bureau's keys. The revoked keys that staff accounts are audited under are not keys anyone
    /// holds: they are left out, and the page says so.
    func bureau(
        _ bureau: Bureau, keys: [ApiKey], regionNames: [String: String], csrf: String, notice: String?, issued: (ApiKey, String)?, problems: [String]
    ) -> String {
        func role(_ role: Role) -> String { Vocabulary.label("role", role.rawValue, in: .zh) ?? role.rawValue }
        let held = keys.filter { !($0.label.hasPrefix("staff ") && $0.revokedAt != nil && $0.lastUsedAt == nil) }
        let rows = held.map { key -> [String: Any] in
            var row: [String: Any] = [
                "id": key.id.uuidString.lowercased(), "label": key.label, "role": role(key.role), "prefix": key.displayPrefix,
                "created": ChinaTime.minute(key.createdAt), "used": key.lastUsedAt.map(ChinaTime.minute) ?? "从未使用", "csrf": csrf,
                "bureau": bureau.id.uuidString.lowercased(),
            ]
            if let revoked = key.revokedAt { row["revoked"] = ChinaTime.minute(revoked) } else { row["active"] = true }
            return row
        }
        let code = bureau.region.rawValue
        var values: [String: Any] = [
            "id": bureau.id.uuidString.lowercased(), "name": bureau.name, "rows": rows, "hasRows": !rows.isEmpty, "csrf": csrf,
            "kind": Vocabulary.label("bureau_kind", bureau.kind.rawValue, in: .zh) ?? bureau.kind.rawValue,
            "region": regionNames[code].map { "\($0)（\(code)）" } ?? code,
            "roles": Role.allCases.filter(bureau.kind.allowedRoles.contains).map { ["code": $0.rawValue, "label": role($0)] },
            "hasProblems": !problems.isEmpty, "problems": problems, "staffKeys": keys.count - held.count,
        ]
        if let notice { values["notice"] = notice }
        if let (key, secret) = issued { values["issued"] = ["secret": secret, "role": role(key.role), "label": key.label] }
        return render("bureau", values)
    }
}
