import Foundation
import Hummingbird

enum PathParameter {
    /// An id in the path. A malformed one names no object, so it is 404 like an unknown one.
    static func uuid(_ context: MinningRequestContext, _ name: String) throws -> UUID {
        guard let text = context.parameters.get(name), let id = UUID(uuidString: text) else {
            throw Problem.notFound(.noSuchId(.object))
        }
        return id
    }
}
