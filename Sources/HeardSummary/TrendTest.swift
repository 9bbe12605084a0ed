/// Decides whether a change between two waves is larger than the noise at their base sizes: a two-proportion
/// z-test at the 95% level, and only when both bases are at least 10 and no count is suppressed.
enum TrendTest {
    static func compare(previous: (count: Int, base: Int), current: (count: Int, base: Int)) -> (direction: String, significant: Bool) {
        guard previous.base >= 10, current.base >= 10 else { return ("no clear change", false) }
        let p1 = Double(previous.count) / Double(previous.base), p2 = Double(current.count) / Double(current.base)
        let pooled = Double(previous.count + current.count) / Double(previous.base + current.base)
        let spread = (pooled * (1 - pooled) * (1 / Double(previous.base) + 1 / Double(current.base))).squareRoot()
        guard spread > 0 else { return ("no clear change", false) }
        let z = (p2 - p1) / spread
        if abs(z) < 1.96 { return ("no clear change", false) }
        return (z > 0 ? "up" : "down", true)
    }
}
