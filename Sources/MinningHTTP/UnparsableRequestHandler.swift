import Foundation
import HTTPTypes
import NIOCore
import NIOHTTP1
import NIOHTTPTypes
import MinningDomain

/// A request NIO's parser cannot read (raw UTF-8 or a space in the URL, a control byte in the
/// request line) never reaches a route, and Hummingbird answers it with an empty 400. Clients that
/// paste `?q=缝纫` unencoded deserve to be told what to do, in the same problem+json as every other
/// refusal, so this handler answers the parser's error itself and closes the connection (what
/// follows on it cannot be read either).
final class UnparsableRequestHandler: ChannelDuplexHandler, RemovableChannelHandler {
    typealias InboundIn = HTTPRequestPart
    typealias InboundOut = HTTPRequestPart
    typealias OutboundIn = HTTPResponsePart
    typealias OutboundOut = HTTPResponsePart

    private var answered = false
    /// Requests read whose response has not ended: the error's answer waits for them, so that a
    /// pipelined request before the bad one still gets its own response first.
    private var inFlight = 0
    private var pending: HTTPParserError?

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        guard !answered, pending == nil else { return }
        if case .head = unwrapInboundIn(data) { inFlight += 1 }
        context.fireChannelRead(data)
    }

    func write(context: ChannelHandlerContext, data: NIOAny, promise: EventLoopPromise<Void>?) {
        guard !answered else {
            promise?.fail(ChannelError.ioOnClosedChannel)
            return
        }
        context.write(data, promise: promise)
        if case .end = unwrapOutboundIn(data) {
            inFlight = max(0, inFlight - 1)
            if inFlight == 0, let pending {
                context.flush()
                answer(pending, context: context)
            }
        }
    }

    func errorCaught(context: ChannelHandlerContext, error: any Error) {
        guard let parserError = error as? HTTPParserError, !answered, pending == nil else {
            context.fireErrorCaught(error)
            return
        }
        // A request line cut short by the parser may have delivered its head already.
        if inFlight > 0 {
            pending = parserError
        } else {
            answer(parserError, context: context)
        }
    }

    private func answer(_ error: HTTPParserError, context: ChannelHandlerContext) {
        answered = true
        let requestId = UUID().uuidString.lowercased()
        let body = ByteBuffer(bytes: Self.problem(error, requestId: requestId))
        let head = HTTPResponse(status: .badRequest, headerFields: [
            .contentType: "application/problem+json", .contentLength: String(body.readableBytes), .connection: "close",
            HTTPField.Name("X-Request-Id")!: requestId,
        ])
        context.write(wrapOutboundOut(.head(head)), promise: nil)
        context.write(wrapOutboundOut(.body(body)), promise: nil)
        let bound = NIOLoopBound(context, eventLoop: context.eventLoop)
        context.writeAndFlush(wrapOutboundOut(.end(nil))).whenComplete { _ in bound.value.close(promise: nil) }
    }

    static func problem(_ error: HTTPParserError, requestId: String) -> Data {
        let detail: Message = switch error {
        case .invalidURL, .invalidPath, .invalidCharactersUsed: .requestLineUnreadable
        case .headerOverflow: .headersTooLarge
        default: .requestUnreadable
        }
        var problem = Problem.malformed(detail)
        problem.requestId = requestId
        // The headers could not be read, so neither could Accept-Language: the default language answers.
        return (try? problem.document(in: .zh)) ?? Data()
    }
}
