/// A platform's name however it is written: "snap", and "discordzie", "tiktoku", "xbox'ta", "instagramie" (a
/// platform's name with a case ending, in Polish, Turkish, Romanian...), "дискорд", "тиктоке", "иксбокс" (in
/// Cyrillic), "سناب", "اینستام", "تيك توك", "دیسکورد" (in Arabic script). `HandleCues` reads each as the
/// platform it names, so "pisz na discordzie lazy.drip" and "سناب: peachy.x" name a handle as "snap: X" does.
enum HandlePlatforms {
    /// The platform a chunk (in lower case) names, as `HandleCues.platforms` spells it, or nil.
    static func canonical(_ lower: String) -> String? {
        if HandleCues.platforms.contains(lower) { return nil }  // already a platform's name
        if lower.utf8.allSatisfy({ $0 < 0x80 }) { return inflected(lower) }
        if let known = written[lower] { return known }
        // "السناب", "اینستام": the Arabic article before, the Persian "my" after.
        var word = Substring(lower)
        if word.hasPrefix("ال") { word = word.dropFirst(2) }
        if let known = written[String(word)] { return known }
        if word.count > 3, word.hasSuffix("م") || word.hasSuffix("ی") || word.hasSuffix("ي") {
            if let known = written[String(word.dropLast())] { return known }
        }
        // "дискорде", "тиктоку", "инстаграме": a Cyrillic name with a case ending of one or two letters.
        for cut in 1...2 where word.count > cut + 3 {
            if let known = written[String(word.dropLast(cut))] { return known }
        }
        return nil
    }

    /// "discordzie", "tiktoku", "xbox'ta", "instada": a Latin platform name with an ending of up to four
    /// letters, unless the whole is an English word ("snapped", "instant", "steamy").
    private static func inflected(_ lower: String) -> String? {
        let bytes = Array(lower.utf8)
        guard bytes.count >= 4, let first = bytes.first, stemStarts.contains(first) else { return nil }
        var end = bytes.count
        if let apostrophe = bytes.firstIndex(of: 39) { end = apostrophe }
        for stem in stems where stem.count <= end {
            guard bytes.starts(with: stem.utf8) else { continue }
            let ending = end - stem.utf8.count
            if end < bytes.count && ending == 0 { return stem }  // "xbox'ta"
            guard ending >= 1, ending <= 4, end == bytes.count,
                  bytes[stem.utf8.count...].allSatisfy({ $0 >= 97 && $0 <= 122 }) else { continue }
            if Gazetteer.isEverydayWord(lower) { return nil }
            return stem
        }
        return nil
    }

    /// "My name" or "nick" in languages that say it without "is": "xbox'ta adım X", "ник X", "اسمي X". Skipped
    /// between a platform and its handle, and a strong frame there.
    static let ownNames: Set<String> = [
        "adım", "adim", "kullanıcı", "kullanici", "ismim", "nickim", "nick", "nicku", "nazwa", "ник", "ника", "никнейм",
        "ім'я", "імя", "اسمي", "اسمی", "ایدیم", "آیدیم", "یوزرم", "يوزري", "یوزرنیمم", "numele", "nome", "nombre",
    ]

    /// Whether an ASCII word (lower-case bytes) may be a platform's name with an ending ("discordzie"), for
    /// `ShapeHints`: a stem's letters first.
    static func mayBeInflected(_ word: [UInt8]) -> Bool {
        guard word.count >= 5, let first = word.first, stemStarts.contains(first) else { return false }
        return stems.contains { word.count > $0.utf8.count && word.starts(with: $0.utf8) }
    }

    /// Longest first, so "instagramie" is read as "instagram", not "insta".
    private static let stems: [String] = [
        "playstation", "instagram", "snapchat", "facebook", "telegram", "whatsapp", "youtube", "discord", "twitter",
        "tiktok", "roblox", "twitch", "insta", "steam", "xbox", "snap",
    ]
    private static let stemStarts: Set<UInt8> = Set(stems.compactMap(\.utf8.first))

    /// Platforms' names in Cyrillic and Arabic script, and the words of two-word ones ("تيك توك", "ایکس باکس").
    static let written: [String: String] = {
        var names: [String: String] = [:]
        let spellings: [(String, [String])] = [
            ("discord", ["дискорд", "дискорт", "ديسكورد", "دیسکورد", "دسکورد"]),
            ("tiktok", ["тикток", "тик-ток", "тиктак", "تيكتوك", "تيك", "توك", "تیکتاک", "تیک", "تاک", "تيك-توك"]),
            ("insta", ["инста", "инсте", "инсту", "инстаграм", "инстаграмм", "انستا", "انستغرام", "انستقرام", "انستجرام",
                       "اینستا", "اینستاگرام", "انستاگرام"]),
            ("snap", ["снэп", "снеп", "снап", "снапчат", "снэпчат", "سناب", "سنابشات", "سناپ", "اسنپ", "اسنپچت", "اسنپ‌چت"]),
            ("xbox", ["иксбокс", "иксбоксе", "xбокс", "باکس", "بوكس", "اکسباکس", "اكسبوكس"]),
            ("youtube", ["ютуб", "ютюб", "يوتيوب", "یوتیوب"]),
            ("telegram", ["телеграм", "телега", "تلگرام", "تيليجرام", "تلجرام", "تليجرام"]),
            ("facebook", ["фейсбук", "фб", "فيسبوك", "فیسبوک", "فيس", "فیس"]),
            ("twitter", ["твиттер", "тви́ттер", "تويتر", "توییتر"]),
            ("roblox", ["роблокс", "روبلوكس", "روبلاکس"]),
            ("twitch", ["твич", "تويتش"]),
            ("steam", ["стим", "ستيم", "استیم"]),
            ("whatsapp", ["ватсап", "вотсап", "واتساب", "واتس", "واتساپ"]),
            ("psn", ["псн"]),
        ]
        for (platform, written) in spellings {
            for spelling in written { names[spelling] = platform }
        }
        return names
    }()
}
