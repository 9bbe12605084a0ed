/// Values with their repeats folded together: an export's comments repeat ("nothing", "no", a form letter
/// pasted by several young people), and redaction, screening and tagging depend on nothing but the text, so
/// each distinct text is worked on once and its result shared by every comment that holds it.
struct Distinct<Value: Hashable & Sendable>: Sendable {
    /// Each distinct value once, in the order first met.
    private(set) var values: [Value] = []
    /// For each original value, the position of its distinct value in `values`.
    private(set) var positions: [Int] = []

    init(_ all: some Sequence<Value>) {
        var seen: [Value: Int] = [:]
        seen.reserveCapacity(all.underestimatedCount)
        positions.reserveCapacity(all.underestimatedCount)
        for value in all {
            if let position = seen[value] {
                positions.append(position)
            } else {
                seen[value] = values.count
                positions.append(values.count)
                values.append(value)
            }
        }
    }

    /// The results for the distinct values spread back over the original ones, in their order.
    func spread<Result>(_ results: [Result]) -> [Result] {
        positions.map { results[$0] }
    }
}
