extension Placeholder {
    /// `text` with each place this placeholder stands widened to what `widen` says belongs to it (a range holding
    /// the placeholder, or nil to leave it as it is) and that range replaced by the placeholder alone; the search goes
    /// on after the placeholder. The closing town of an `[address]`, the tail of a `[social media handle]`.
    func widenEach(in text: String, _ widen: (String, Range<String.Index>) -> Range<String.Index>?) -> String {
        let mark = rawValue
        guard ASCIISearch.contains(text, mark) else { return text }
        var result = text
        var from = result.startIndex
        while let found = result.range(of: mark, range: from..<result.endIndex) {
            guard let wider = widen(result, found), wider != found else {
                from = found.upperBound
                continue
            }
            let offset = result.utf8.distance(from: result.startIndex, to: wider.lowerBound) + mark.utf8.count
            result.replaceSubrange(wider, with: mark)
            from = result.utf8.index(result.startIndex, offsetBy: offset)
        }
        return result
    }
}
