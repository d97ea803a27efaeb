import Foundation
import Hummingbird
import MinningDomain
import MinningServices

/// Regions, occupations, industries and pairings: reference data any authenticated caller may read.
struct ReferenceController {
    let service: ReferenceService

    func addRoutes(to group: RouterGroup<MinningRequestContext>) {
        group.get("/regions") { request, context in
            _ = try context.caller()
            var query = QueryReader(request)
            let parent = query.regionCode("parent")
            let level = query.oneOf("level", RegionLevel.self)
            try query.finish()
            return ItemsResponse(items: try await service.regions(parent: parent, level: level))
        }
        group.get("/regions/{code}") { _, context in
            _ = try context.caller()
            let text = context.parameters.get("code") ?? ""
            guard let code = RegionCode(text), let region = try await service.region(code) else {
                throw Problem.notFound(.unknownRegion(String(text.prefix(16))))
            }
            return region
        }
        group.get("/occupations") { request, context in
            _ = try context.caller()
            var query = QueryReader(request)
            let parent = query.string("parent", describedAs: .mustBeISCOPrefix(maxDigits: 3)) { text in
                (1...3).contains(text.count) && text.allSatisfy(\.isASCIIDigit)
            }
            let level = query.oneOf("level", OccupationLevel.self)
            try query.finish()
            return ItemsResponse(items: try await service.occupations(parent: parent, level: level?.rawValue))
        }
        group.get("/industries") { request, context in
            _ = try context.caller()
            var query = QueryReader(request)
            try query.finish()
            return ItemsResponse(items: try await service.industries())
        }
        group.get("/imports/{kind}/template.csv") { request, context in
            _ = try context.caller()
            var query = QueryReader(request)
            try query.finish()
            let text = context.parameters.get("kind") ?? ""
            guard let kind = ImportKind(rawValue: text) else {
                throw Problem.notFound(.importKindUnknown(String(text.prefix(20)), kinds: ImportKind.allCases.map(\.rawValue)))
            }
            return Response(
                status: .ok,
                headers: [.contentType: "text/csv; charset=utf-8", .contentDisposition: "attachment; filename=\"\(kind.rawValue)-template.csv\""],
                body: .init(byteBuffer: ByteBuffer(string: kind.template))
            )
        }
        group.get("/pairings") { request, context in
            _ = try context.caller()
            var query = QueryReader(request)
            let region = query.regionCode("region")
            let year = query.integer("year", in: 1996...2100)
            try query.finish()
            return ItemsResponse(items: try await service.pairings(region: region, year: year))
        }
    }
}

enum OccupationLevel: String, CaseIterable {
    case major
    case subMajor = "sub_major"
    case minor
    case unit
}
