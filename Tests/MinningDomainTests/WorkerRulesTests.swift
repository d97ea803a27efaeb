import Foundation
import MinningDomain
import Testing

@Suite("Worker rules and personal-data sealing")
struct WorkerRulesTests {
    static func profile() -> WorkerProfile {
        WorkerProfile(
            originRegion: RegionCode("640422")!, education: .juniorSecondary, povertyStatus: .lifted, monitoredKind: nil,
            skills: [Skill(occupationCode: "7533", certificate: "缝纫工", level: 4)],
            preferredDestinations: [RegionCode("350100")!], preferredOccupations: ["8153"],
            expectedMonthlyWageFen: 450_000, needsHousing: true, availableFrom: CalendarDay(year: 2026, month: 12, day: 1)!,
            status: .available
        )
    }

    @Test("a sound profile has no problems")
    func sound() {
        #expect(Self.profile().problems().isEmpty)
    }

    @Test("each broken rule names its field")
    func broken() {
        var profile = Self.profile()
        profile.originRegion = RegionCode("640400")!
        profile.povertyStatus = .monitored
        profile.preferredDestinations = [RegionCode("640100")!]
        profile.preferredOccupations = ["815"]
        profile.skills = [Skill(occupationCode: "7533", certificate: nil, level: 4), Skill(occupationCode: "7533", certificate: "x", level: 9)]
        profile.expectedMonthlyWageFen = -1
        let fields = profile.problems().map(\.field)
        #expect(fields == [
            "origin_region_code", "monitored_kind", "preferred_destinations[0]", "preferred_occupations[0]",
            "skills[0].level", "skills[1].level", "skills", "expected_monthly_wage_fen",
        ])
    }

    @Test("a monthly wage below Fujian's lowest minimum is yuan typed as fen: refused with the fen it would be; 0 means no expectation")
    func yuanTypedAsFen() {
        var profile = Self.profile()
        profile.expectedMonthlyWageFen = 5_000
        let issues = profile.problems()
        #expect(issues.map(\.field) == ["expected_monthly_wage_fen"])
        #expect(issues.first?.message.text(in: .en).contains("did you mean 500000 (¥5000.00)") == true, "\(issues)")
        for plausible in [0, 166_000, 450_000] {
            profile.expectedMonthlyWageFen = plausible
            #expect(profile.problems().isEmpty, "\(plausible)")
        }
        profile.expectedMonthlyWageFen = 165_999
        #expect(!profile.problems().isEmpty)
    }

    @Test("monitored kind only with monitored status")
    func monitoredKind() {
        var profile = Self.profile()
        profile.monitoredKind = .marginal
        #expect(profile.problems().map(\.field) == ["monitored_kind"])
        profile.povertyStatus = .monitored
        #expect(profile.problems().isEmpty)
    }

    @Test("an origin region outside the sending provinces is refused")
    func originSide() {
        var profile = Self.profile()
        profile.originRegion = RegionCode("350102")!
        #expect(profile.problems().map(\.field) == ["origin_region_code"])
    }

    @Test("sealed data opens only with the same key and the same field")
    func sealing() throws {
        let cipher = try PersonalDataCipher(masterKey: Array(repeating: 7, count: 32))
        let sealed = try cipher.seal("640422199001011239", field: "id_number")
        #expect(!String(decoding: sealed, as: UTF8.self).contains("640422"))
        #expect(try cipher.open(sealed, field: "id_number") == "640422199001011239")
        #expect(throws: (any Error).self) { try cipher.open(sealed, field: "phone") }
        let other = try PersonalDataCipher(masterKey: Array(repeating: 8, count: 32))
        #expect(throws: (any Error).self) { try other.open(sealed, field: "id_number") }
        #expect(try cipher.seal("x", field: "phone") != (try cipher.seal("x", field: "phone")), "each seal uses a fresh nonce")
        #expect(cipher.lookupHash("a") == cipher.lookupHash("a"))
        #expect(cipher.lookupHash("a") != other.lookupHash("a"))
        #expect(throws: PersonalDataCipher.KeyError.self) { try PersonalDataCipher(masterKey: [1, 2, 3]) }
    }
}
