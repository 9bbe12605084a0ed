/// A small logistic model of a name's place: how likely an everyday word that is also a name ("hope", "storm",
/// "joy") stands where a person does rather than in its ordinary sense, from the features of its place
/// (`NamePlaceFeatures`). It reads only words the rules left standing, and only ever adds a name. The weights
/// are learnt at development time from the tuning halves of the development sets and their ordinary comments by
/// `Scripts/gazetteer/train_name_places.py` into the plain file `Data/name-place-weights.txt` ("feature weight"
/// a line, and a "threshold" line: the log-odds a place must reach to be a name's).
struct NamePlaceModel: Sendable {
    let weights: [String: Double]
    let threshold: Double

    static let shared = NamePlaceModel(parsing: EmbeddedData.namePlaceWeights)

    /// The model a weights file describes; lines starting "#" are comments.
    init(parsing text: String) {
        var weights: [String: Double] = [:]
        var threshold = Double.infinity
        for line in text.split(separator: "\n") where !line.hasPrefix("#") {
            guard let space = line.lastIndex(of: " "), let value = Double(line[line.index(after: space)...]) else { continue }
            let name = String(line[..<space])
            if name == "threshold" { threshold = value } else { weights[name] = value }
        }
        self.weights = weights
        self.threshold = threshold
    }

    /// The log-odds that the features describe a name's place.
    func score(_ features: [String]) -> Double {
        features.reduce(0) { $0 + (weights[$1] ?? 0) }
    }

    /// Whether the word at `index` stands where a person does, by the weights. Never where the word's ordinary
    /// reading is plain from its place whatever the weights say: before a pronoun ("mum hope you are ok"), in
    /// capitals of four letters or fewer ("rang PIP at nine"), in a list of words ("apples, honey, bread",
    /// "summer, autumn and winter"), or between two neighbours its ordinary uses both have ("with hope",
    /// "i love summer,").
    func isName(_ items: [Words.Word], _ facts: [WordFacts], _ isName: [Bool], at index: Int, casual: Bool) -> Bool {
        guard threshold.isFinite, !NameCues.beforePronoun(items, at: index),
              !(items[index].isAllCapitals && !casual && items[index].key.utf8.count <= 4) else { return false }
        let place = NamePlaceFeatures.of(items, facts, isName, at: index, casual: casual)
        return !place.inList && !place.ordinaryBothSides && score(place.features) >= threshold
    }
}
