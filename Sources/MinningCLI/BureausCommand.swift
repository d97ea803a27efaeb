import ArgumentParser
import Foundation
import MinningDomain
import MinningPersistence
import MinningServices

struct BureausCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bureaus",
        abstract: "Register and list bureaus.",
        subcommands: [Create.self, List.self]
    )

    struct Create: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Register a bureau.")
        @OptionGroup var common: CommonOptions
        @Option(help: "The bureau's name, e.g. 西吉县人力资源和社会保障局.") var name: String
        @Option(help: "origin_labor_bureau, destination_labor_bureau, cooperation_office, oversight or operator.") var kind: BureauKind
        @Option(help: "GB/T 2260 code of the region the bureau serves.") var region: String

        func run() async throws {
            guard let code = RegionCode(region) else { throw common.refuse(.option("--region", .notRegionCode)) }
            let trimmed = name.trimmingCharacters(in: .whitespaces)
            guard (1...200).contains(trimmed.count) else { throw common.refuse(.optionLength("--name", min: 1, max: 200)) }
            let newBureau = try NewBureau.validated(name: trimmed, kind: kind, region: code)
            let bureau = try await Database.withRunningClient(url: try common.database(), logger: common.logger()) { database in
                try await BureauService(database: database).register(newBureau, for: .commandLine)
            }
            print("\(bureau.id.uuidString.lowercased())  \(bureau.kind.rawValue)  \(bureau.region.rawValue)  \(bureau.name)")
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List bureaus.")
        @OptionGroup var common: CommonOptions

        func run() async throws {
            let bureaus = try await Database.withRunningClient(url: try common.database(), logger: common.logger()) { database in
                try await BureauService(database: database).list(kind: nil, limit: 10_000, offset: 0, for: .commandLine)
            }
            for bureau in bureaus {
                print("\(bureau.id.uuidString.lowercased())  \(bureau.kind.rawValue)  \(bureau.region.rawValue)  \(bureau.name)")
            }
        }
    }
}

extension BureauKind: ExpressibleByArgument {}
extension Role: ExpressibleByArgument {}
