import Foundation
import MinningTestSupport

enum TestDatabaseServerPaths {
    static var seeds: URL { TestDatabaseServer.project.seeds }
}
