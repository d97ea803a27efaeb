import MinningDomain
import Testing

@Suite("Bureau kinds, regions and roles")
struct BureauRulesTests {
    @Test("a destination labor bureau must be in Fujian")
    func destinationInFujian() throws {
        #expect(throws: DomainError.invalid([FieldIssue(field: "region_code", message: .bureauRegion(.destinationLaborBureau))])) {
            try NewBureau.validated(name: "x", kind: .destinationLaborBureau, region: RegionCode("640422")!)
        }
        _ = try NewBureau.validated(name: "x", kind: .destinationLaborBureau, region: RegionCode("350100")!)
    }

    @Test("an origin labor bureau must be on the sending side")
    func originOnSendingSide() throws {
        #expect(throws: DomainError.self) {
            try NewBureau.validated(name: "x", kind: .originLaborBureau, region: RegionCode("350100")!)
        }
        _ = try NewBureau.validated(name: "x", kind: .originLaborBureau, region: RegionCode("520000")!)
    }

    @Test("a cooperation office sits in Fujian or Ningxia only")
    func officeSides() throws {
        #expect(throws: DomainError.self) {
            try NewBureau.validated(name: "x", kind: .cooperationOffice, region: RegionCode("620000")!)
        }
        _ = try NewBureau.validated(name: "x", kind: .cooperationOffice, region: RegionCode("640000")!)
    }

    @Test("only an operator bureau can hold admin keys; every kind can hold observer keys")
    func roles() throws {
        for kind in BureauKind.allCases {
            try kind.checkCanHold(.observer)
            if kind != .serviceOperator {
                #expect(throws: DomainError.self) { try kind.checkCanHold(.admin) }
            }
        }
        try BureauKind.serviceOperator.checkCanHold(.admin)
        #expect(throws: DomainError.self) { try BureauKind.originLaborBureau.checkCanHold(.destinationBureau) }
    }

    @Test("a principal's scope is everywhere only for admin")
    func principalScope() {
        let region = RegionCode("640422")!
        let admin = Principal(keyId: .init(), bureauId: .init(), role: .admin, bureauRegion: region)
        let origin = Principal(keyId: .init(), bureauId: .init(), role: .originBureau, bureauRegion: region)
        #expect(admin.scope == .everywhere)
        #expect(origin.scope == .region(region))
    }
}
