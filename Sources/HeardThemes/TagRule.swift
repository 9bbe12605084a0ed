/// How a theme model's probabilities become tags, as `Scripts/themes/decide.py` chose it in cross-validation:
/// a theme is tagged when its probability reaches its own threshold and at least `relative` times the comment's
/// likeliest theme, and no more than `most` themes are tagged (likeliest first). In a model file:
///
///     threshold	0.3                  one threshold for every label
///     thresholds	0.3	0.45	0.25 ...   or one a label
///     relative	0.4                  optional: 0 (the default) turns the relative rule off
///     most	2                        optional: the default is every label
public struct TagRule: Sendable, Equatable {
    /// One threshold a label.
    public var thresholds: [Double]
    public var relative: Double
    public var most: Int

    public init(thresholds: [Double], relative: Double = 0, most: Int = .max) {
        self.thresholds = thresholds
        self.relative = relative
        self.most = most
    }

    /// The labels tagged for these probabilities (one a label), in label order.
    public func tagged(_ probabilities: [Double]) -> [Int] {
        let top = probabilities.max() ?? 0
        var chosen = probabilities.indices.filter {
            probabilities[$0] >= thresholds[$0] && probabilities[$0] >= relative * top
        }
        if chosen.count > most {
            // Likeliest first; equal probabilities keep label order, as numpy's stable ranking does.
            let kept = Set(chosen.sorted { (probabilities[$0], -$0) > (probabilities[$1], -$1) }.prefix(most))
            chosen = chosen.filter(kept.contains)
        }
        return chosen
    }
}
