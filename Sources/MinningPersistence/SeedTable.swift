import Foundation

/// How one CSV file of `Seeds/` maps onto one table: its columns, their SQL types and the natural key.
///
/// Loading is an upsert that touches a row only when a value differs, so a second `minning seed`
/// reports nothing inserted and nothing updated.
struct SeedTable: Sendable {
    struct Column: Sendable {
        let name: String
        /// The SQL expression that turns the text value `$n` into the column's type.
        let cast: String

        static func text(_ name: String) -> Column { Column(name: name, cast: "%@") }
        static func optionalText(_ name: String) -> Column { Column(name: name, cast: "NULLIF(%@, '')") }
        static func integer(_ name: String) -> Column { Column(name: name, cast: "%@::integer") }
        static func optionalInteger(_ name: String) -> Column { Column(name: name, cast: "NULLIF(%@, '')::integer") }
        static func boolean(_ name: String) -> Column { Column(name: name, cast: "%@::boolean") }
        static func bigint(_ name: String) -> Column { Column(name: name, cast: "%@::bigint") }
        static func date(_ name: String) -> Column { Column(name: name, cast: "%@::date") }
    }

    let table: String
    let file: String
    let columns: [Column]
    let key: [String]

    /// `INSERT … SELECT FROM unnest($1::text[], …) ON CONFLICT (key) DO UPDATE … WHERE changed`.
    /// Only the constants above go into the text; every value travels as a bind.
    var upsertSQL: String {
        let names = columns.map(\.name)
        let aliases = columns.indices.map { "c\($0)" }
        let unnestArgs = columns.indices.map { "$\($0 + 1)::text[]" }.joined(separator: ", ")
        let selects = zip(columns, aliases).map { column, alias in
            column.cast.replacingOccurrences(of: "%@", with: alias)
        }.joined(separator: ", ")
        let updatable = names.filter { !key.contains($0) }
        let conflictAction: String
        if updatable.isEmpty {
            conflictAction = "DO NOTHING"
        } else {
            let sets = updatable.map { "\($0) = EXCLUDED.\($0)" }.joined(separator: ", ")
            let current = updatable.map { "\(table).\($0)" }.joined(separator: ", ")
            let incoming = updatable.map { "EXCLUDED.\($0)" }.joined(separator: ", ")
            conflictAction = "DO UPDATE SET \(sets) WHERE (\(current)) IS DISTINCT FROM (\(incoming))"
        }
        return """
            INSERT INTO \(table) (\(names.joined(separator: ", ")))
            SELECT \(selects) FROM unnest(\(unnestArgs)) AS input(\(aliases.joined(separator: ", ")))
            ON CONFLICT (\(key.joined(separator: ", "))) \(conflictAction)
            RETURNING (xmax = 0) AS inserted
            """
    }
}

extension SeedTable {
    /// Reference data, in dependency order (parents before the rows that point at them).
    static let reference: [SeedTable] = [
        SeedTable(
            table: "regions", file: "regions.csv",
            columns: [.text("code"), .text("name_zh"), .text("level"), .optionalText("parent_code")],
            key: ["code"]
        ),
        SeedTable(
            table: "key_assistance_counties", file: "key_assistance_counties.csv",
            columns: [.text("region_code"), .boolean("verified"), .text("source")],
            key: ["region_code"]
        ),
        SeedTable(
            table: "pairings", file: "pairings.csv",
            columns: [
                .text("fujian_region_code"), .text("ningxia_region_code"), .integer("start_year"),
                .optionalInteger("end_year"), .text("basis"), .text("source"), .text("kind"),
            ],
            key: ["fujian_region_code", "ningxia_region_code", "start_year"]
        ),
        SeedTable(
            table: "occupations", file: "occupations.csv",
            columns: [.text("code"), .text("level"), .optionalText("parent_code"), .text("name_en"), .text("name_zh")],
            key: ["code"]
        ),
        SeedTable(
            table: "industries", file: "industries.csv",
            columns: [.text("code"), .text("name_zh"), .text("name_en")],
            key: ["code"]
        ),
        SeedTable(
            table: "priority_weights", file: "priority_weights.csv",
            columns: [.text("priority_group"), .integer("factor_per_mille"), .text("source")],
            key: ["priority_group"]
        ),
        SeedTable(
            table: "subsidy_policies", file: "subsidy_policies.csv",
            columns: [
                .text("code"), .text("name_zh"), .text("beneficiary"), .bigint("amount_fen"),
                Column(name: "origin_prefixes", cast: "coalesce(string_to_array(NULLIF(%@, ''), '|'), '{}')"),
                Column(name: "poverty_statuses", cast: "coalesce(string_to_array(NULLIF(%@, ''), '|'), '{}')"),
                .integer("min_verified_months"), .boolean("contract_required"), .text("limit_kind"), .date("valid_from"),
                Column(name: "valid_to", cast: "NULLIF(%@, '')::date"), .text("basis"), .text("source"),
            ],
            key: ["code"]
        ),
        SeedTable(
            table: "minimum_wages", file: "minimum_wages.csv",
            columns: [.text("region_code"), .date("effective_from"), .bigint("monthly_fen"), .integer("tier"), .text("basis")],
            key: ["region_code", "effective_from"]
        ),
    ]

    /// A handful of invented bureaus so a new user has something to call the API as.
    static let demo: [SeedTable] = [
        SeedTable(
            table: "bureaus", file: "demo/bureaus.csv",
            columns: [.text("name"), .text("kind"), .text("region_code")],
            key: ["region_code", "name"]
        ),
    ]
}
