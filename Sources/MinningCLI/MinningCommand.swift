import ArgumentParser

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
}
