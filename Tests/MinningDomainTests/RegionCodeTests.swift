import MinningDomain
import Testing

@Suite("GB/T 2260 region codes")
struct RegionCodeTests {
    @Test("accepts six digits and derives the level", arguments: [
        ("640000", RegionLevel.province), ("640400", .prefecture), ("640422", .county), ("500100", .prefecture),
    ])
    func level(code: String, level: RegionLevel) {
        #expect(RegionCode(code)?.level == level)
    }

    @Test("rejects what is not a six-digit code", arguments: ["", "64042", "6404220", "64042a", "000000", "６４０４２２", " 640422"])
    func rejects(text: String) {
        #expect(RegionCode(text) == nil)
    }

    @Test("a prefecture contains its counties and not its neighbours'")
    func containment() {
        let guyuan = RegionCode("640400")!
        #expect(guyuan.contains(RegionCode("640422")!))
        #expect(guyuan.contains(guyuan))
        #expect(!guyuan.contains(RegionCode("640522")!))
        #expect(!guyuan.contains(RegionCode("640000")!))
        #expect(RegionCode("640000")!.contains(RegionCode("640522")!))
        #expect(!RegionCode("640422")!.contains(RegionCode("640423")!))
    }

    @Test("scope: admins see everything, bureaus their prefix")
    func scope() {
        #expect(Scope.everywhere.contains(RegionCode("350100")!))
        #expect(Scope.everywhere.codePrefix == "")
        let xiji = Scope.region(RegionCode("640422")!)
        #expect(xiji.contains(RegionCode("640422")!))
        #expect(!xiji.contains(RegionCode("640400")!))
        #expect(Scope.region(RegionCode("640400")!).codePrefix == "6404")
    }

    @Test("origin side is Ningxia and the central and western provinces, not Fujian or the east")
    func originSide() {
        #expect(RegionCode("640422")!.isOriginSide)
        #expect(RegionCode("620000")!.isOriginSide)
        #expect(RegionCode("500000")!.isOriginSide)
        #expect(!RegionCode("350100")!.isOriginSide)
        #expect(!RegionCode("330000")!.isOriginSide)  // 浙江 is neither
    }
}
