import HTTPTypes
import Synchronization

/// The routes the router serves, by path pattern, so that a known path with a method it does not
/// serve gets 405 with `Allow` instead of the router's plain 404.
final class RouteTable: Sendable {
    private struct Pattern: Sendable {
        let segments: [Substring?]  // nil matches any one segment (a `{parameter}`)
        var methods: Set<String>
    }

    private let patterns = Mutex<[Pattern]>([])

    /// Filled once the router holds every route; middleware built earlier reads it at request time.
    func load(_ routes: [(method: HTTPRequest.Method, path: String)]) {
        var byPath: [String: Pattern] = [:]
        for route in routes {
            let segments: [Substring?] = route.path.split(separator: "/").map { segment in
                segment.hasPrefix("{") || segment.hasPrefix(":") ? nil : segment
            }
            byPath[route.path, default: Pattern(segments: segments, methods: [])].methods.insert(route.method.rawValue)
        }
        patterns.withLock { $0 = Array(byPath.values) }
    }

    /// The methods served at `path`, or nil when no route has this path.
    func allowedMethods(for path: String) -> [String]? {
        let parts = path.split(separator: "/")
        let methods = patterns.withLock { patterns in
            patterns.filter { pattern in
                pattern.segments.count == parts.count
                    && zip(pattern.segments, parts).allSatisfy { expected, actual in expected == nil || expected == actual }
            }.reduce(into: Set<String>()) { $0.formUnion($1.methods) }
        }
        return methods.isEmpty ? nil : methods.sorted()
    }
}
