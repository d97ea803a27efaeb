import Foundation
import Hummingbird
import MinningDomain
import MinningPersistence
import MinningServices

/// A village's list of workers, as the clerk keeps it in Excel: download the template, upload the
/// filled file, see every bad line in a table (nothing is stored), then confirm the checked file.
/// The same reading and rules as `minning import workers`; all or nothing.
extension ConsoleController {
    func addImportRoutes(to router: Router<MinningRequestContext>) {
        router.get("/imports/workers", use: signedIn(title: "批量导入") { _, _, session in
            try Permission.registerWorker.check(session.principal)
            return page(pages.importWorkers(.empty, csrf: session.csrfToken), title: "批量导入", session: session)
        })
        router.get("/imports/workers/template.csv", use: signedIn(title: "批量导入") { _, _, session in
            try Permission.registerWorker.check(session.principal)
            var response = Response(status: .ok, headers: Self.pageHeaders, body: .init(byteBuffer: ByteBuffer(string: ImportKind.workers.template)))
            response.headers[.contentType] = "text/csv; charset=utf-8"
            // The Chinese file name for browsers that read RFC 6266's filename*, an ASCII one for the rest.
            response.headers[.contentDisposition] = "attachment; filename=\"workers-template.csv\"; filename*=UTF-8''%E5%8A%B3%E5%8A%A8%E8%80%85%E5%90%8D%E5%8D%95%E6%A8%A1%E6%9D%BF.csv"
            return response
        })
        router.post("/imports/workers", use: signedIn(title: "批量导入") { request, context, session in
            try Permission.registerWorker.check(session.principal)
            let upload: ConsoleUpload
            do {
                upload = try await ConsoleUpload.read(request)
            } catch ConsoleUpload.Refusal.tooLarge {
                return importPage(session, .refused("文件超过 4 MB。请分成几个文件导入（每个文件不超过约 15,000 行）。"), status: .contentTooLarge)
            } catch is ConsoleUpload.Refusal {
                return importPage(session, .refused("没有收到文件，请选择要导入的 CSV 文件后再提交。"), status: .unprocessableContent)
            }
            guard let sent = upload.fields["csrf"], ConsoleToken(text: session.csrfToken).matches(sent) else { return forbidden(session) }
            // The checked file comes back with the confirmation, so that what is stored is what was checked.
            let confirming = upload.fields["confirm"] == "yes"
            let bytes = confirming ? upload.fields["checked_file"].flatMap { Data(base64Encoded: $0) }.map(Array.init) : upload.files["file"]
            guard let bytes, !bytes.isEmpty else {
                return importPage(session, .refused("没有收到文件，请选择要导入的 CSV 文件后再提交。"), status: .unprocessableContent)
            }
            return try await importFile(bytes, name: (confirming ? upload.fields["file_name"] : upload.fileNames["file"]) ?? "", store: confirming, session: session, context: context)
        })
    }

    private func importFile(_ bytes: [UInt8], name: String, store: Bool, session: ConsoleSession, context: MinningRequestContext) async throws -> Response {
        let table: CSVTable
        do {
            table = try CSVTable(name: name, text: try ImportFileText(bytes: bytes).text)
        } catch let failure as ImportFileText.DecodingFailure {
            return importPage(session, .refused(failure.problem.text(in: .zh)), status: .unprocessableContent)
        } catch let failure as CSVTable.ParseError {
            return importPage(session, .refused(failure.text(in: .zh)), status: .unprocessableContent)
        }
        let (rows, issues) = WorkerBulkImport.rows(from: table, today: services.workers.today)
        guard issues.isEmpty else { return importPage(session, .badLines(issues), status: .unprocessableContent) }
        guard !rows.isEmpty else { return importPage(session, .refused("文件里只有表头，没有劳动者。"), status: .unprocessableContent) }
        let outcome: ImportOutcome
        do {
            outcome = try await services.imports.importWorkers(rows, by: audited(session, context), dryRun: !store)
        } catch let rejected as ImportRejected {
            return importPage(session, .badLines(rejected.issues), status: .unprocessableContent)
        }
        let result: ImportPageContent = store
            ? .stored(count: outcome.count, warnings: outcome.warnings)
            : .checked(count: outcome.count, warnings: outcome.warnings, file: Data(bytes).base64EncodedString(), name: name)
        return importPage(session, result)
    }

    private func importPage(_ session: ConsoleSession, _ content: ImportPageContent, status: HTTPResponse.Status = .ok) -> Response {
        page(pages.importWorkers(content, csrf: session.csrfToken), title: "批量导入", session: session, status: status)
    }
}

/// What the import page shows after a step.
enum ImportPageContent {
    case empty
    case refused(String)
    case badLines([LineIssue])
    case checked(count: Int, warnings: [LineIssue], file: String, name: String)
    case stored(count: Int, warnings: [LineIssue])
}
