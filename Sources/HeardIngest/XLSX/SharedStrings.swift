/// The workbook's shared string table: each `<si>` is plain text or rich-text runs, joined; phonetic
/// guides (`<rPh>`) are not part of the text.
enum SharedStrings {
    static func parse(_ bytes: [UInt8]) throws(XLSXFailure) -> [String] {
        var strings: [String] = []
        var scanner = XMLScanner(bytes)
        var current: String?
        var phoneticDepth = 0
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
            case .endOfDocument:
                return strings
            default:
                continue
            }
        }
    }
}
