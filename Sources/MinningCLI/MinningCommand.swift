import ArgumentParser
import Foundation
import MinningDomain

@main
struct MinningCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "minning",
        abstract: "闽宁 Fujian–Ningxia cooperation: labor matching, placements, subsidies and funds.",
        version: "0.1.0",
        subcommands: [
            ServeCommand.self,
            MigrateCommand.self,
            SeedCommand.self,
            BureausCommand.self,
            KeysCommand.self,
            StaffCommand.self,
            ImportCommand.self,
            ExportCommand.self,
            MatchCommand.self,
            LedgerCommand.self,
            ReportCommand.self,
            SubsidiesCommand.self,
            DoctorCommand.self,
            DatabaseCommand.self,
            PIICommand.self,
        ]
    )

    /// ArgumentParser's own `main`, except that a refusal from a use case is printed as its
    /// message in the command's `--language` instead of as a Swift value.
    static func main() async {
        let command: any ParsableCommand
        do {
            command = try parseAsRoot()
        } catch {
            exit(withError: error)
        }
        do {
            if var asynchronous = command as? any AsyncParsableCommand {
                try await asynchronous.run()
            } else {
                var synchronous = command
                try synchronous.run()
            }
        } catch let refusal as DomainError {
            FileHandle.standardError.write(Data("Error: \(refusal.text(in: language(of: command)))\n".utf8))
            exit(withError: ExitCode.failure)
        } catch {
            exit(withError: error)
        }
    }

    /// The language a subcommand's common options chose; Chinese for one without them.
    static func language(of command: any ParsableCommand) -> Language {
        for child in Mirror(reflecting: command).children {
            if let options = child.value as? OptionGroup<CommonOptions> { return options.wrappedValue.language }
        }
        return .zh
    }
}
