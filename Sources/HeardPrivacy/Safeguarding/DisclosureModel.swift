import Foundation
import HeardCore

/// The screen's trained layer: a logistic regression over `ModelFeatures`, trained offline by
/// `Scripts/safeguarding/train.py` on the independent writers' development sets and shipped as a plain
/// tab-separated file, `Data/safeguarding/model.tsv`:
///
///     # comments start with a hash
///     labels	disclosure	physical-abuse	neglect	...
///     threshold	0.31
///     bias	-2.1	-3.0	...
///     w:hits	1.42	0.88	...
///
/// The first label is whether the comment discloses harm: a comment is flagged when its probability reaches
/// `threshold`. The other labels are kinds of concern (`ConcernKind` raw values): a flagged comment records
/// the kind that scores highest. Features are found by the FNV-1a hash of their names, so screening builds no
/// strings.
struct DisclosureModel: Sendable {
    let kinds: [ConcernKind]
    /// The disclosure score (log-odds) at or above which a comment is flagged.
    let threshold: Double
    private let labelCount: Int
    private let bias: [Double]
    private let rows: FeatureTable
    private let weights: [Double]
    /// How many features (rows) the model weighs.
    var featureCount: Int { weights.count / labelCount }

    /// Reads a model file; the problem names the line that is wrong.
    init(parsing text: String) throws(ModelFileProblem) {
        var labels: [String] = [], threshold: Double?, bias: [Double] = []
        var hashes: [UInt64] = [], weights: [Double] = []
        for (number, line) in TabSeparatedText.lines(of: text).enumerated() {
            if line.isEmpty || line.hasPrefix("#") { continue }
            let fields = TabSeparatedText.fields(of: line)
            let key = String(fields[0]), values = fields.dropFirst()
            switch key {
            case "labels": labels = values.map(String.init)
            case "threshold":
                guard let probability = values.first.flatMap(DecimalText.double), probability > 0, probability < 1 else {
                    throw ModelFileProblem(line: number + 1, "threshold needs a probability between 0 and 1")
                }
                threshold = log(probability / (1 - probability))
            default:
                let numbers = values.compactMap(DecimalText.double)
                guard !labels.isEmpty, numbers.count == labels.count, numbers.count == values.count else {
                    throw ModelFileProblem(line: number + 1, "expected \(labels.count) weights (and a labels line before)")
                }
                if key == "bias" {
                    bias = numbers
                } else {
                    hashes.append(FeatureHash.of(key))
                    weights += numbers
                }
            }
        }
        guard labels.first == "disclosure", let threshold, bias.count == labels.count else {
            throw ModelFileProblem(line: 0, "a model file needs labels (disclosure first), threshold and bias lines")
        }
        var kinds: [ConcernKind] = []
        for label in labels.dropFirst() {
            guard let kind = ConcernKind(rawValue: label) else { throw ModelFileProblem(line: 0, "no kind '\(label)'") }
            kinds.append(kind)
        }
        self.kinds = kinds
        self.threshold = threshold
        self.labelCount = labels.count
        self.bias = bias
        self.rows = FeatureTable(hashes)
        self.weights = weights
    }

    /// The row of a feature by its name (tests check screening finds the rows training names).
    func row(named name: String) -> Int32? { rows.row(of: FeatureHash.of(name)) }

    /// A row's weights, one per label (tests compare them with the file's numbers).
    func weights(ofRow row: Int32) -> ArraySlice<Double> {
        weights[Int(row) * labelCount..<(Int(row) + 1) * labelCount]
    }

    /// Collects the rows of the features found in a comment, once each, with the words they came from.
    struct Scorer: ModelFeatureSink {
        let model: DisclosureModel
        private(set) var found: [(row: Int32, word: Int32)] = []
        /// The rows in `found` already.
        private var seen: SeenRows

        /// `words`: how many words the comment has (a comment reaches about a dozen rows a word at most).
        init(model: DisclosureModel, words: Int = 16) {
            self.model = model
            found.reserveCapacity(64)
            seen = SeenRows(expected: 8 * words + 16)
        }

        mutating func add<Text: Sequence<UInt8>>(_ prefix: StaticString, _ text: Text, word: Int?) {
            var hash = FeatureHash.start(prefix)
            hash.add(text)
            record(hash.value, word: word)
        }

        mutating func addPair(_ prefix: StaticString, _ first: String, _ second: String, word: Int) {
            var hash = FeatureHash.start(prefix)
            var first = first, second = second
            first.withUTF8 { hash.add($0) }
            hash.add(0x20)
            second.withUTF8 { hash.add($0) }
            record(hash.value, word: word)
        }

        mutating func add(_ feature: SpelledFeature, word: Int?) { record(feature.hash, word: word) }

        private mutating func record(_ hash: UInt64, word: Int?) {
            guard let row = model.rows.row(of: hash), seen.insert(row) else { return }
            found.append((row, Int32(word ?? -1)))
        }

        /// The disclosure score (log-odds).
        var score: Double {
            found.reduce(model.bias[0]) { $0 + model.weights[Int($1.row) * model.labelCount] }
        }

        /// The kind that scores highest.
        var kind: ConcernKind {
            var best = 0, bestScore = -Double.infinity
            for label in 1..<model.labelCount {
                let score = found.reduce(model.bias[label]) { $0 + model.weights[Int($1.row) * model.labelCount + label] }
                if score > bestScore { (best, bestScore) = (label, score) }
            }
            return model.kinds[best - 1]
        }

        /// The comment words whose features weigh most towards a disclosure, at most `limit`, in comment order.
        /// Words of equal weight are taken in comment order, so the same comment always gives the same words
        /// (a `Dictionary`'s order changes from one process to the next).
        func strongestWords(limit: Int = 3) -> [Int] {
            var byWord: [Int: Double] = [:]
            for (row, word) in found where word >= 0 {
                byWord[Int(word), default: 0] += model.weights[Int(row) * model.labelCount]
            }
            return byWord.filter { $0.value > 0 }
                .sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
                .prefix(limit).map(\.key).sorted()
        }
    }
}

/// Feature hash -> row, in an open-addressing table: the hashes are FNV-1a already, so their low bits index
/// the slots directly, without `Hasher`'s per-lookup work.
struct FeatureTable: Sendable {
    /// A hash and its row side by side, so a lookup touches one cache line (-1: an empty slot).
    private struct Slot: Sendable {
        var key: UInt64 = 0
        var row: Int32 = -1
    }

    private let slots: [Slot]
    private let mask: Int

    init(_ hashes: [UInt64]) {
        var size = 16
        while size < hashes.count * 2 { size *= 2 }
        var slots = [Slot](repeating: Slot(), count: size)
        for (row, hash) in hashes.enumerated() {
            var slot = Int(truncatingIfNeeded: hash) & (size - 1)
            while slots[slot].row >= 0, slots[slot].key != hash { slot = (slot + 1) & (size - 1) }
            if slots[slot].row < 0 { slots[slot] = Slot(key: hash, row: Int32(row)) }
        }
        self.slots = slots
        mask = size - 1
    }

    func row(of hash: UInt64) -> Int32? {
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot].row >= 0 {
            if slots[slot].key == hash { return slots[slot].row }
            slot = (slot + 1) & mask
        }
        return nil
    }
}

/// A model file line that cannot be read (line 0: the file as a whole).
struct ModelFileProblem: Error, CustomStringConvertible {
    var line: Int
    var message: String

    init(line: Int, _ message: String) {
        self.line = line
        self.message = message
    }

    var description: String { "model.tsv line \(line): \(message)" }
}
