import Foundation
import MinningDomain
import Testing

@Suite("Staff logins, passwords and the login throttle")
struct StaffRulesTests {
    @Test("logins are lower-cased and limited to letters, digits and . _ -")
    func logins() {
        #expect(StaffLogin("Ma.Wen")?.text == "ma.wen")
        #expect(StaffLogin("xiji_clerk-01")?.text == "xiji_clerk-01")
        for bad in ["ab", "-ma", ".ma", "马文", "ma wen", "ma@wen", String(repeating: "a", count: 41)] {
            #expect(StaffLogin(bad) == nil, "\(bad)")
        }
    }

    @Test("a password is judged by length, the login and variety, not by a recipe")
    func passwords() {
        let login = StaffLogin("ma.wen")!
        #expect(PasswordPolicy.problem("闽宁协作稳岗就业二〇二六", login: login) == nil)
        #expect(PasswordPolicy.problem("short-one", login: login) == .passwordLength(min: 10, max: 128))
        #expect(PasswordPolicy.problem(String(repeating: "x", count: 129), login: login) == .passwordLength(min: 10, max: 128))
        #expect(PasswordPolicy.problem("MA.WEN-2026-xx", login: login) == .passwordHoldsLogin)
        #expect(PasswordPolicy.problem("abababababab", login: login) == .passwordTooPlain)
    }

    @Test("waits grow 1, 2, 4, 8 s after failures; the fifth failure locks for 15 minutes; a passed lock admits")
    func throttle() {
        let now = Date(timeIntervalSince1970: 1_780_000_000)
        #expect((1...4).map { LoginThrottle.wait(afterFailures: $0) } == [.seconds(1), .seconds(2), .seconds(4), .seconds(8)])
        #expect(LoginThrottle.refusal(failures: 0, lastFailedAt: nil, lockedUntil: nil, now: now) == nil)
        #expect(LoginThrottle.refusal(failures: 3, lastFailedAt: now.addingTimeInterval(-1), lockedUntil: nil, now: now) == .wait(seconds: 3))
        #expect(LoginThrottle.refusal(failures: 3, lastFailedAt: now.addingTimeInterval(-5), lockedUntil: nil, now: now) == nil)
        #expect(LoginThrottle.lock(afterFailures: 4, now: now) == nil)
        let lock = LoginThrottle.lock(afterFailures: 5, now: now)
        #expect(lock == now.addingTimeInterval(900))
        #expect(LoginThrottle.refusal(failures: 0, lastFailedAt: now, lockedUntil: lock, now: now.addingTimeInterval(899)) == .locked(until: lock!))
        #expect(LoginThrottle.refusal(failures: 0, lastFailedAt: now, lockedUntil: lock, now: now.addingTimeInterval(901)) == nil)
    }

    @Test("console tokens are 43 URL-safe characters, differ every time, and compare whole")
    func tokens() {
        let a = ConsoleToken.generate(), b = ConsoleToken.generate()
        #expect(a.text.count == 43 && a != b && a.text.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" })
        #expect(a.matches(a.text) && !a.matches(b.text) && !a.matches(String(a.text.dropLast())) && a.digest.count == 32)
    }
}
