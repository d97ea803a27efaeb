import Foundation
import MinningDomain
import MinningPersistence
import MinningServices

/// Bureaus and keys for tests, created through the same use case the service uses.
public struct Fixtures: Sendable {
    public let database: Database

    public init(database: Database) { self.database = database }

    public struct Caller: Sendable {
        public let bureau: Bureau
        public let key: ApiKey
        public let secret: String
        public var authorization: String { "Bearer \(secret)" }
    }

    public func bureau(_ name: String, kind: BureauKind, region: String) async throws -> Bureau {
        try await BureauService(database: database).register(try NewBureau.validated(name: name, kind: kind, region: RegionCode(region)!), for: .commandLine)
    }

    public func caller(_ name: String, kind: BureauKind, region: String, role: Role) async throws -> Caller {
        let bureau = try await bureau(name, kind: kind, region: region)
        let (key, secret) = try await BureauService(database: database).issueKey(bureauId: bureau.id, role: role, label: "test", for: .commandLine)
        return Caller(bureau: bureau, key: key, secret: secret.text)
    }

    /// Another key of `caller`'s bureau with the same role: a second clerk of the same office.
    public func colleague(of caller: Caller, label: String = "colleague") async throws -> Caller {
        let (key, secret) = try await BureauService(database: database).issueKey(bureauId: caller.bureau.id, role: caller.key.role, label: label, for: .commandLine)
        return Caller(bureau: caller.bureau, key: key, secret: secret.text)
    }

    /// A valid GB 11643 number for `region`, `birth` (YYYYMMDD) and `sequence` (odd: male).
    public static func idNumber(region: String = "640422", birth: String = "19900101", sequence: Int = 123) -> String {
        let body = region + birth + String(format: "%03d", sequence)
        let weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
        let sum = zip(body.compactMap(\.wholeNumberValue), weights).reduce(0) { $0 + $1.0 * $1.1 }
        return body + String(Array("10X98765432")[sum % 11])
    }

    /// A valid GB 32100 code for a Fujian enterprise, distinct per `sequence`.
    public static func creditCode(_ sequence: Int = 1, region: String = "350100") -> String {
        let prefix = "91" + region + "MA" + String(format: "%07d", sequence)
        return prefix + String(CreditCode.checkCharacter(for: prefix)!)
    }

    public static func employerJSON(creditCode: String = creditCode(), region: String = "350102", name: String = "福州闽宁服装有限公司") -> String {
        """
        {"name":"\(name)","credit_code":"\(creditCode)","region_code":"\(region)","industry_code":"C","size":"medium",
         "contact_name":"陈明","contact_phone":"13912345678"}
        """
    }

    /// The JSON body of a valid registration; `overrides` replace or add top-level fields.
    public static func workerJSON(
        idNumber: String = idNumber(), region: String = "640422", name: String = "马小花",
        phone: String = "13812345678", extra: String = ""
    ) -> String {
        """
        {"name":"\(name)","id_number":"\(idNumber)","phone":"\(phone)","origin_region_code":"\(region)",
         "education":"junior_secondary","poverty_status":"monitored","monitored_kind":"unstable",
         "skills":[{"occupation_code":"7533","certificate":"缝纫工","level":4},{"occupation_code":"9329"}],
         "preferred_destinations":["350100","350600"],"preferred_occupations":["8153"],
         "expected_monthly_wage_fen":450000,"needs_housing":true,"available_from":"2026-12-01",
         "consent":{"given_on":"2026-11-20","scope":"employment matching and placement","method":"written","recorded_by":"李文"}\(extra)}
        """
    }

    /// One caller per role, with origin bureaus in two different Ningxia prefectures so that
    /// scope can be tested both ways.
    public struct Cast: Sendable {
        public let admin: Caller
        public let xijiOrigin: Caller
        public let haiyuanOrigin: Caller
        public let fuzhouDestination: Caller
        public let ningxiaOffice: Caller
        public let observer: Caller
    }

    public func cast() async throws -> Cast {
        Cast(
            admin: try await caller("运维", kind: .serviceOperator, region: "350000", role: .admin),
            xijiOrigin: try await caller("西吉县人社局", kind: .originLaborBureau, region: "640422", role: .originBureau),
            haiyuanOrigin: try await caller("海原县人社局", kind: .originLaborBureau, region: "640522", role: .originBureau),
            fuzhouDestination: try await caller("福州市人社局", kind: .destinationLaborBureau, region: "350100", role: .destinationBureau),
            ningxiaOffice: try await caller("宁夏闽宁办", kind: .cooperationOffice, region: "640000", role: .cooperationOffice),
            observer: try await caller("联席会议", kind: .oversight, region: "350000", role: .observer)
        )
    }
}
