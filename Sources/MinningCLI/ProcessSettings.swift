import ArgumentParser
import Foundation
import MinningDomain
import MinningServices

/// The composition point's inputs from outside the program: the process environment, read once
/// here, and the wall clock. Every command takes both from here and hands them down.
enum ProcessSettings {
    private static let environment = Result<Settings, SettingsError> { () throws(SettingsError) in
        try Settings(environment: ProcessInfo.processInfo.environment)
    }

    static func read() throws -> Settings {
        do {
            return try environment.get()
        } catch {
            throw ValidationError(error.description)
        }
    }

    static let clock = ChinaClock.system
}
