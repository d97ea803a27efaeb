/// Why a file handed to a command could not be read as a table, before any line is judged.
public enum FileProblem: Sendable, Equatable {
    case byteOrderMarkButNotUTF8
    case containsNUL
    case noGB18030Converter
    case neitherUTF8NorGB18030
    case noHeaderRow
    case fieldCount(expected: Int, found: Int)
    case noColumn(String)
    case unterminatedQuote
}

extension FileProblem {
    public func text(in language: Language) -> String {
        switch language {
        case .zh:
            switch self {
            case .byteOrderMarkButNotUTF8: "文件以 UTF-8 字节顺序标记开头，内容却不是有效的 UTF-8"
            case .containsNUL: "文件含有 NUL 字符，不是文本文件"
            case .noGB18030Converter: "本机无法转换 GB18030 编码（iconv_open 失败）"
            case .neitherUTF8NorGB18030: "文件既不是 UTF-8 也不是 GB18030 文本；请在 Excel 中另存为“CSV UTF-8”"
            case .noHeaderRow: "没有表头行"
            case .fieldCount(let expected, let found): "应有 \(expected) 列，实有 \(found) 列"
            case .noColumn(let name): "没有名为“\(name)”的列"
            case .unterminatedQuote: "引号内的字段没有结束引号"
            }
        case .en:
            switch self {
            case .byteOrderMarkButNotUTF8: "the file starts with a UTF-8 byte-order mark but is not valid UTF-8"
            case .containsNUL: "the file contains NUL characters; it is not a text file"
            case .noGB18030Converter: "this system cannot convert GB18030 (iconv_open failed)"
            case .neitherUTF8NorGB18030: "the file is neither UTF-8 nor GB18030 text; save it from Excel as \"CSV UTF-8\""
            case .noHeaderRow: "no header row"
            case .fieldCount(let expected, let found): "expected \(expected) fields, found \(found)"
            case .noColumn(let name): "no column named \(name)"
            case .unterminatedQuote: "unterminated quoted field"
            }
        }
    }
}
