import ArgumentParser
import Foundation
import MinningDomain
import MinningPersistence
import MinningServices

struct ReportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Reports for the coordination meeting (联席会议).",
        subcommands: [Funds.self, Assessment.self, Meeting.self]
    )

    struct Meeting: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Write the coordination meeting pack of a year: one printable HTML page in Chinese with charts.")
        @OptionGroup var common: CommonOptions
        @Option(help: "The year.") var year: Int
        @Option(help: "The HTML file to write.") var out: String
        @Option(help: "The day the meeting sits, YYYY-MM-DD, printed on every page (default: today).") var meetingDate: String?

        func validate() throws {
            guard (1996...2100).contains(year) else { throw common.refuse(.option("--year", .yearOutOfRange(1996, 2100))) }
        }

        func run() async throws {
            let meetingDay = try meetingDate.map { text in
                guard let day = CalendarDay(iso: text) else { throw common.refuse(.option("--meeting-date", .notISODate)) }
                return day
            }
            let (year, clock) = (self.year, common.clock)
            let pack = try await Database.withRunningClient(url: try common.database(), logger: common.logger()) { database in
                try await ReportService(reportDatabase: database, clock: clock).meetingPack(year: year, meetingDate: meetingDay, for: .commandLine)
            }
            try Data(pack.html().utf8).write(to: URL(fileURLWithPath: out))
            common.say(.meetingPackWritten(year: year, path: out))
        }
    }

    struct Assessment: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "The assessment of a year (自评): every pairing's targets beside what the records show, as CSV for Excel (UTF-8 with BOM, Chinese headers)."
        )
        @OptionGroup var common: CommonOptions
        @Option(help: "The year.") var year: Int
        @Option(help: "Write to this file instead of standard output.") var out: String?

        func validate() throws {
            guard (1996...2100).contains(year) else { throw common.refuse(.option("--year", .yearOutOfRange(1996, 2100))) }
        }

        func run() async throws {
            let (year, clock) = (self.year, common.clock)
            let report = try await Database.withRunningClient(url: try common.database(), logger: common.logger()) { database in
                try await AssessmentService(database: database, clock: clock).report(year: year, for: .commandLine)
            }
            if let out {
                try Data(report.csv().utf8).write(to: URL(fileURLWithPath: out))
            } else {
                print(report.csv(), terminator: "")
            }
        }
    }

    struct Funds: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "The funds report of a year: JSON-like text or CSV for Excel.")
        @OptionGroup var common: CommonOptions
        @Option(help: "The agreement year.") var year: Int
        @Option(help: "Only entries recorded on or after this day, YYYY-MM-DD (within the year).") var from: String?
        @Option(help: "Only entries recorded on or before this day, YYYY-MM-DD (within the year).") var to: String?
        @Option(help: "csv (UTF-8 with BOM, Chinese headers) or text.") var format: String = "text"
        @Option(help: "Write to this file instead of standard output.") var out: String?

        func validate() throws {
            guard (1996...2100).contains(year) else { throw common.refuse(.option("--year", .yearOutOfRange(1996, 2100))) }
            guard ["csv", "text"].contains(format) else { throw common.refuse(.option("--format", .notOneOf(["csv", "text"], term: nil))) }
            for (name, day) in [("from", from), ("to", to)] where day != nil && CalendarDay(iso: day!) == nil {
                throw common.refuse(.option("--\(name)", .notISODate))
            }
        }

        func run() async throws {
            let (year, clock, language) = (self.year, common.clock, common.language)
            // As the API reads it: both days within the year, the report narrowed only when one is given.
            let narrowed = from == nil && to == nil
                ? nil : try ReportPeriod.resolve(year: year, from: from.flatMap(CalendarDay.init(iso:)), to: to.flatMap(CalendarDay.init(iso:)))
            let report = try await Database.withRunningClient(url: try common.database(), logger: common.logger()) { database in
                try await ReportService(reportDatabase: database, clock: clock).funds(year: year, narrowedTo: narrowed, for: .commandLine)
            }
            let text: String
            if format == "csv" {
                text = report.csv()
            } else {
                var lines = [CommandMessage.fundsHeading(year: year, narrowedTo: narrowed, ledgerHead: report.ledgerHeadHash).text(in: language)]
                for line in report.pairings {
                    lines.append("  " + CommandMessage.fundsLine(pairing: "\(line.fujianRegionName)→\(line.ningxiaRegionName)", line.balance).text(in: language))
                }
                lines.append("  " + CommandMessage.fundsTotal(report.totals).text(in: language))
                text = lines.joined(separator: "\n") + "\n"
            }
            if let out {
                try Data(text.utf8).write(to: URL(fileURLWithPath: out))
            } else {
                print(text, terminator: "")
            }
        }
    }
}
