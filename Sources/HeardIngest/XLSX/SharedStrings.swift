/// The workbook's shared string table: each `<si>` is plain text or rich-text runs, joined; phonetic
/// guides (`<rPh>`) are not part of the text. A table that stops before its end is a cut-short file.
enum SharedStrings {
    static func parse(_ bytes: [UInt8]) throws(XLSXFailure) -> [String] {
        var strings: [String] = []
        var scanner = XMLScanner(bytes)
        var current: String?
        var phoneticDepth = 0
        var started = false, finished = false
        while true {
            let event = try XLSXFailure.xml { () throws(XMLScanner.Malformed) in try scanner.next() }
            switch event {
            case .start("si", _, let selfClosing):
                if selfClosing { strings.append("") } else { current = "" }
            case .end("si"):
                strings.append(ExcelEscapes.decode(current ?? ""))
                current = nil
            case .start("rPh", _, let selfClosing):
                if !selfClosing { phoneticDepth += 1 }
            case .end("rPh"):
                phoneticDepth -= 1
            case .start("t", _, false):
                let text = try XLSXFailure.xml { () throws(XMLScanner.Malformed) in try scanner.text(until: "t") }
                if phoneticDepth == 0, current != nil { current! += text }
            case .start("sst", _, let selfClosing):
                started = true
                finished = selfClosing
            case .end("sst"):
                finished = true
            case .endOfDocument:
                // An empty part (some writers leave one) holds no strings; one that stops midway is cut short.
                guard finished || !started else { throw .truncated }
                return strings
            default:
                continue
            }
        }
    }
}
