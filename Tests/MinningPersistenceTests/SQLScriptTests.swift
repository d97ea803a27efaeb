import MinningPersistence
import Testing

@Suite("Splitting SQL files into statements")
struct SQLScriptTests {
    @Test("splits at top-level semicolons and drops comments")
    func basic() {
        let script = """
            -- a comment; with a semicolon
            CREATE TABLE a (x int);
            /* block; comment */ CREATE TABLE b (y int);;
            """
        #expect(SQLScript.statements(in: script) == ["CREATE TABLE a (x int)", "CREATE TABLE b (y int)"])
    }

    @Test("keeps semicolons inside strings, identifiers and dollar quotes")
    func quoted() {
        let script = """
            INSERT INTO t VALUES ('a;b', 'it''s; fine');
            CREATE TABLE "odd;name" (x int);
            CREATE FUNCTION f() RETURNS trigger AS $$ BEGIN RAISE EXCEPTION 'no; never'; END; $$ LANGUAGE plpgsql;
            CREATE FUNCTION g() RETURNS int AS $body$ SELECT 1; $body$ LANGUAGE sql;
            """
        let statements = SQLScript.statements(in: script)
        #expect(statements.count == 4)
        #expect(statements[0] == "INSERT INTO t VALUES ('a;b', 'it''s; fine')")
        #expect(statements[1] == "CREATE TABLE \"odd;name\" (x int)")
        #expect(statements[2].hasSuffix("$$ LANGUAGE plpgsql"))
        #expect(statements[3] == "CREATE FUNCTION g() RETURNS int AS $body$ SELECT 1; $body$ LANGUAGE sql")
    }

    @Test("positional parameters are not dollar quotes")
    func parameters() {
        #expect(SQLScript.statements(in: "SELECT $1; SELECT 2") == ["SELECT $1", "SELECT 2"])
    }

    @Test("a file of comments only has no statements")
    func empty() {
        #expect(SQLScript.statements(in: "-- nothing\n/* here */\n").isEmpty)
    }
}
