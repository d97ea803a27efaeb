import MinningDomain

/// Everything Minning takes from its environment, read once where the program is composed (the
/// CLI's entry point) and handed down; nothing below reads an environment variable itself.
public struct Settings: Sendable {
    /// DATABASE_URL: the primary; commands also take `--database-url`.
    public var databaseURL: String?
    /// DATABASE_READ_URL: a replica for reports.
    public var databaseReadURL: String?
    /// MINNING_PII_KEY: the base64 key that seals ID numbers and phones.
    public var personalDataKey: String?
    /// MINNING_PII_PREVIOUS_KEYS: earlier keys, comma-separated, while a rotation has not finished.
    public var previousPersonalDataKeys: [String]
    /// MINNING_ENV=production refuses insecure defaults.
    public var production: Bool
    /// MINNING_RATE_LIMIT: requests a minute per API key; nil when unset (the command's default applies).
    public var rateLimitPerMinute: Int?
    /// MINNING_CANDIDATE_POOL: how many candidates SQL hands the scorer for one list (100…5,000).
    public var candidatePool: Int
    /// MINNING_HOME: where Migrations/, Seeds/ and docs/ are read from.
    public var projectDirectory: String?
    /// MINNING_LEDGER_CONFIRMATION_FEN: expenditures above this many fen wait for a second key.
    public var ledgerConfirmationThresholdFen: Int = ExpenditureConfirmation.defaultThresholdFen
    /// MINNING_BACKDATING_MONTHS: how many months back a bureau may date a fact on its own (default 1).
    public var backdatingMonths: Int = BackdatingWindow.standard.months
    /// bcrypt's cost for console passwords: each step doubles the work of checking one (and of guessing).
    public var passwordHashCost: Int = 12

    public static let defaultCandidatePool = 500
    public static let candidatePoolRange = 100...5_000

    public init(
        databaseURL: String? = nil, databaseReadURL: String? = nil, personalDataKey: String? = nil,
        previousPersonalDataKeys: [String] = [], production: Bool = false, rateLimitPerMinute: Int? = nil,
        candidatePool: Int = Settings.defaultCandidatePool, projectDirectory: String? = nil
    ) {
        self.databaseURL = databaseURL
        self.databaseReadURL = databaseReadURL
        self.personalDataKey = personalDataKey
        self.previousPersonalDataKeys = previousPersonalDataKeys
        self.production = production
        self.rateLimitPerMinute = rateLimitPerMinute
        self.candidatePool = candidatePool
        self.projectDirectory = projectDirectory
    }

    /// Reads the variables above from `environment`; a value that is set but unusable is an error
    /// naming the variable, not a silent default.
    public init(environment: [String: String]) throws(SettingsError) {
        func value(_ name: String) -> String? {
            guard let text = environment[name], !text.isEmpty else { return nil }
            return text
        }
        self.init(
            databaseURL: value("DATABASE_URL"), databaseReadURL: value("DATABASE_READ_URL"),
            personalDataKey: value("MINNING_PII_KEY"),
            previousPersonalDataKeys: (value("MINNING_PII_PREVIOUS_KEYS") ?? "").split(separator: ",").map(String.init),
            production: value("MINNING_ENV") == "production", projectDirectory: value("MINNING_HOME")
        )
        if let text = value("MINNING_RATE_LIMIT") {
            guard let limit = Int(text), (0...1_000_000).contains(limit) else {
                throw SettingsError(variable: "MINNING_RATE_LIMIT", expected: "a number 0…1000000")
            }
            rateLimitPerMinute = limit
        }
        if let text = value("MINNING_CANDIDATE_POOL") {
            guard let pool = Int(text), Self.candidatePoolRange.contains(pool) else {
                throw SettingsError(variable: "MINNING_CANDIDATE_POOL", expected: "a number 100…5000")
            }
            candidatePool = pool
        }
        if let text = value("MINNING_LEDGER_CONFIRMATION_FEN") {
            guard let fen = Int(text), (0...100_000_000_000).contains(fen) else {
                throw SettingsError(variable: "MINNING_LEDGER_CONFIRMATION_FEN", expected: "a whole number of fen 0…100000000000")
            }
            ledgerConfirmationThresholdFen = fen
        }
        if let text = value("MINNING_BACKDATING_MONTHS") {
            guard let months = Int(text), BackdatingWindow.allowedMonths.contains(months) else {
                throw SettingsError(variable: "MINNING_BACKDATING_MONTHS", expected: "a number of months 0…24")
            }
            backdatingMonths = months
        }
    }
}

public struct SettingsError: Error, Sendable, CustomStringConvertible {
    public let variable: String
    public let expected: String
    public var description: String { "\(variable) must be \(expected)" }
}
