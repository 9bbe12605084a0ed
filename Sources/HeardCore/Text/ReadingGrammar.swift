/// The few words whose grammar the reader needs: negators, words that start a clause, subject pronouns and
/// the abbreviations a full stop does not end. They are folded forms (lower case, no apostrophes); text-speak
/// for them ("dnt", "bc", "nvr") works through `TextSpeak`, whose expansions are read with these lists.
enum ReadingGrammar {
    /// Words that negate what follows in their clause. "no one" is "no" followed by "one". "without" is left
    /// out on purpose: "left without food" describes harm, it does not deny it.
    static let negators: Set<String> = [
        "not", "never", "no", "nobody", "noone", "nothing", "none", "neither", "nor", "nowhere", "cannot",
        "dont", "didnt", "doesnt", "cant", "couldnt", "wont", "wouldnt", "shouldnt", "isnt", "arent", "wasnt",
        "werent", "havent", "hasnt", "hadnt", "aint", "mustnt", "neednt", "shant", "mightnt",
    ]

    /// Words that start a new clause: a negation before them does not reach past them ("he doesnt feed me and
    /// hits me", "i dont know why he hits me"). Conjunctions, and the words that open a question or a
    /// reported clause.
    static let clauseStarters: Set<String> = [
        "but", "and", "so", "because", "although", "though", "however", "when", "whenever", "while", "whilst",
        "if", "unless", "until", "till", "then", "since", "why", "what", "how", "where", "who", "which", "that",
        "whereas", "otherwise", "except", "plus", "also", "anyway",
    ]

    /// Subject pronouns: in text with no punctuation, one after another word starts a new clause
    /// ("my step dad hits me when hes drunk i dont want to go home" -> "... drunk | i dont want ...").
    static let subjectPronouns: Set<String> = [
        "i", "im", "ive", "he", "she", "they", "we", "hes", "shes", "theyre", "theyve", "weve", "youre", "youve",
    ]

    /// Subject pronouns only when written with their apostrophe: "I'd", "I'll", "we'll", "she'll", "we're".
    static let subjectPronounsWithApostrophe: Set<String> = [
        "id", "ill", "well", "wed", "shell", "hell", "were", "theyd", "theyll", "youd", "youll", "hed", "shed",
    ]

    /// Words after which a subject pronoun does not start a clause ("older than i am", "as i said"); clause
    /// starters ("because i") are glue too, since they have just started one.
    static let pronounGlue: Set<String> = ["than", "as", "like", "or", "nor"]

    /// Abbreviations whose full stop does not end a sentence ("Mr. Jones said").
    static let abbreviations: Set<String> = ["mr", "mrs", "ms", "mx", "dr", "st", "eg", "ie", "vs", "prof", "approx"]
}
