/// The last word of a street's name ("Road", "Close", "Crossing"), in two groups: words that are street types
/// wherever they stand, and everyday words ("park", "green", "hill") that are street types only with a house
/// number or after a part of an address already found ("12 Smith Park", "[address], Mill Green").
enum StreetTypes {
    /// Never an everyday word after a street's own name: "Chapel Lane", "Reed Vista", "Ash Turnpike".
    static let unmistakable: Set<String> = [
        "street", "st", "road", "rd", "avenue", "ave", "lane", "ln", "close", "drive", "dr", "crescent", "cres",
        "court", "ct", "grove", "terrace", "gardens", "gdns", "mews", "boulevard", "rise", "parade", "square",
        "sq", "crossing", "crossroad", "vista", "turnpike", "inlet", "causeway", "parkway", "plaza", "junction",
        "junctions", "bypass", "expressway", "freeway", "highway", "motorway", "throughway", "trafficway",
        "stravenue", "underpass", "overpass", "skyway", "viaduct", "alley", "wynd", "croft", "fold", "garth",
          "avenues", "streets", "roads", "lanes", "crescents", "terraces", "groves",
        "knoll", "knolls", "coves", "crest", "glens", "forks", "fords", "manors", "meadows",  
        "parks", "ridges", "shoals", "spurs", "squares",  "cliffs", "circles", "estates", "heights",
        "brooks", "burgs", "centers", "corners", "courts", "extensions", "forges", "harbors", "keys", "lakes",
        "lights", "locks",  "mills", "mountains", "pines", "plains", "points", "ports", "rapids",
        "shores", "springs", "villages", "ville", "wells", "way", "walk", "place", "row", "hollow",
        "harbor", "harbour", "quay", "wharf", "embankment", "promenade", "dene", "esplanade", "apartments",
        "mansions", "buildings", "cottages", "bungalows", "maisonettes",
        // Abbreviations and the street words of British towns.
        "gr", "gro", "terr", "tce", "pde", "mt", "blvd", "crt", "hts", "gdn", "appr", "brow", "lea", "leas", "garth",
        "wynd", "broadway", "loaning", "vennel", "grn", "cswy", "ridgeway", "walkway", "precinct", "chare", "rigg",
        "lonnen", "twitten", "ginnel", "loke", "twitchell", "twitchel", "snicket", "jitty", "gennel", "heys", "quadrant", "villas", "pend", "brae", "drv", "neuk", "esplanade", "vennel",
        "str", "strt", "crossway", "crossways", "spinney", "meadway", "greenway", "bridleway", "sidings", "cloisters", "leys", "ings",
    ]

    /// Everyday words that end a street's name only beside a house number or a part of an address.
    static let ambiguous: Set<String> = [
        "park", "gate", "circus", "vale", "chase", "approach", "yard", "stream", "summit", "oval", "orchard", "manor", "green", "greens", "hill", "hills", "field", "fields", "bridge", "brook", "lake", "land",
        "landing", "light", "lock", "lodge", "loop", "mall", "meadow", "mill", "mount", "mountain", "pass",
        "passage", "path", "pike", "pine", "plain", "point", "port", "ridge", "river", "route", "run", "shore",
        "spring", "spur", "station", "track", "trail", "tunnel", "union", "valley", "village", "well", "wood",
        "woods", "haven", "island", "islands", "isle", "key", "corner", "course", "cove", "creek", "curve", "dale",
        "dam", "divide", "extension", "fall", "falls", "ferry", "ford", "forest", "forge", "fork", "fort",
        "gateway", "glen", "branch", "burg", "camp", "canyon", "cape", "center", "centre", "circle", "cliff",
        "club", "common", "rest", "ranch", "rapid", "prairie", "radial", "ramp", "rue", "shoal", "mission", "neck",
        "loaf", "estate", "garden", "flat", "flats", "trace", "view", "side", "end", "top", "bank", "moor",
        "ride", "house", "cottage", "farm", "hall", "rectory", "vicarage", "bungalow", "villa", "barn", "towers",
        "loan", "nook", "dell", "holt", "drove", "hey", "carr", "gait", "riggs", "av", "pl", "pk", "wy", "cl", "est",
        "side", "lodge", "tower", "point", "block", "chambers", "works", "heights", "plaza",
        // Abbreviations ("45 church app", "148d ferndale mws", "60d ash esp") and everyday words that end a
        // Scottish or English street's name ("ferndale paddock", "Auchinairn Gait").
        "app", "vw", "pd", "esp", "mws", "paddock", "gait", "drove", "yd", "bottom", "site",
        // Words that end English street names in older or rural places ("Hollin Shaw", "Larch Copse").
        "shaw", "link", "links", "reach", "acre", "copse", "glade", "mead", "dingle", "courtyard", "wold", "butts",
    ]

    /// Everyday words that end the name of a British street after "at", "on", "to" ("living at East End",
    /// "send it to beech hill"); not "island", "river" or "club", which end the names of places people visit.
    static let townStreet: Set<String> = [
        "hill", "green", "end", "side", "bank", "view", "gate", "vale", "mount", "park", "fold", "croft", "nook",
        "loan", "chase", "approach", "circus", "yard", "meadow", "meadows", "field", "fields", "grange", "manor",
        "dale", "glen", "brook", "moor", "top", "ridge", "orchard", "cl", "pl", "av", "wy", "pk", "dell", "holt", "carr",
        "hey", "lodge", "court", "heights", "path", "passage", "row", "wood", "gait", "drove", "paddock", "brae",
        "quadrant", "villas",
    ]

    static let all = unmistakable.union(ambiguous)

    static func isStreetType(_ word: String) -> Bool { unmistakable.contains(word) || ambiguous.contains(word) }

    /// Street types as they are often mistyped: one letter dropped, added, changed or two swapped ("stret",
    /// "raod", "grvoe", "terrece", "gardnes", "drivw"), and "cresc". Counted only where a street is already
    /// expected (after a house number, a cue or an address part), and only for a word no English list holds.
    static func isMisspelt(_ word: String) -> Bool {
        guard word.utf8.count >= 4, misspellings.contains(word) else { return false }
        return !Gazetteer.isEverydayWord(NameKey.key(word))
    }

    static let misspellings: Set<String> = {
        let letters = Array("abcdefghijklmnopqrstuvwxyz")
        var variants: Set<String> = ["cresc", "cresent", "cresant"]
        for type in ["street", "road", "avenue", "drive", "grove", "close", "place", "terrace", "crescent", "gardens", "court", "lane"] {
            let characters = Array(type)
            for index in characters.indices {
                var dropped = characters
                dropped.remove(at: index)
                variants.insert(String(dropped))
                for letter in letters {
                    var changed = characters
                    changed[index] = letter
                    variants.insert(String(changed))
                }
                if index + 1 < characters.count {
                    var swapped = characters
                    swapped.swapAt(index, index + 1)
                    variants.insert(String(swapped))
                }
            }
            for index in 0...characters.count {
                for letter in letters {
                    var added = characters
                    added.insert(letter, at: index)
                    variants.insert(String(added))
                }
            }
        }
        return variants.subtracting(all)
    }()
}
