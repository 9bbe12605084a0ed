import Testing
@testable import HeardCore
@testable import HeardPrivacy

@Suite("Digests from libcrypto")
struct DigestTests {
    @Test("SHA-256 known answers")
    func sha256() {
        #expect(Digest.sha256Hex(Array("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(Digest.sha256Hex([]) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
    }

    @Test("HMAC-SHA256 matches RFC 4231 test case 2")
    func hmac() {
        let mac = Digest.hmacSHA256(key: Array("Jefe".utf8), message: Array("what do ya want for nothing?".utf8))
        #expect(Digest.hex(mac) == "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843")
    }

    @Test("a key set up once gives the one-shot HMAC for every message, on several threads at once")
    func keyedHMAC() async {
        let keyed = Digest.KeyedHMAC(key: Array("Jefe".utf8))
        #expect(Digest.hex(keyed.mac(Array("what do ya want for nothing?".utf8)))
                == "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843")
        // RFC 4231 test case 6: a key longer than the block, hashed first.
        let long = Digest.KeyedHMAC(key: Array(repeating: 0xAA, count: 131))
        #expect(Digest.hex(long.mac(Array("Test Using Larger Than Block-Size Key - Hash Key First".utf8)))
                == "60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54")
        let key = (0..<32).map { UInt8($0 * 7 % 251) }
        let shared = Digest.KeyedHMAC(key: key)
        let messages = (0..<400).map { index in Array("row \(index) of an export, \(String(repeating: "x", count: index))".utf8) }
        let differences = await withTaskGroup(of: Int.self) { group in
            for part in 0..<4 {
                group.addTask {
                    messages.enumerated().filter { $0.offset % 4 == part }
                        .filter { shared.mac($0.element) != Digest.hmacSHA256(key: key, message: $0.element) }.count
                }
            }
            return await group.reduce(0, +)
        }
        #expect(differences == 0)
        #expect(shared.mac([]) == Digest.hmacSHA256(key: key, message: []))
    }

    @Test("pseudonyms are stable per key and id, differ across keys, and never contain the id")
    func pseudonyms() {
        let series = SurveySeries(id: "s", title: "S")
        let location = SourceLocation(file: "a.csv", row: 2)
        let one = Pseudonymiser(key: Array(repeating: 1, count: 32))
        let two = Pseudonymiser(key: Array(repeating: 2, count: 32))
        let a = one.pseudonym(series: series, sourceID: "CLA12345", fallback: location)
        #expect(a == one.pseudonym(series: series, sourceID: "cla12345", fallback: location.at(row: 9)))
        #expect(a != two.pseudonym(series: series, sourceID: "CLA12345", fallback: location))
        #expect(!a.contains("12345") && a.count == 32)
        #expect(one.pseudonym(series: series, sourceID: nil, fallback: location)
                != one.pseudonym(series: series, sourceID: nil, fallback: location.at(row: 3)))
        // The pseudonym a workspace already stores is the documented one: the first 128 bits of HMAC-SHA256.
        let documented = Digest.hex(Digest.hmacSHA256(key: Array(repeating: 1, count: 32),
                                                      message: Array("id\u{0}s\u{0}cla12345".utf8)).prefix(16))
        #expect(a == documented)
    }
}

@Suite("Redaction")
struct RedactorTests {
    @Test("emails and UK phone numbers in common spacings", arguments: [
        ("email me jo.bloggs+x@example.co.uk ok", "email me [email] ok"),
        ("ring 07700 900123 pls", "ring [phone number] pls"),
        ("ring 07700900123", "ring [phone number]"),
        ("call +44 7700 900123 now", "call [phone number] now"),
        ("office 0115 496 0000.", "office [phone number]."),
        ("or (01632) 960 001", "or [phone number]"),
    ])
    func patterns(text: String, expected: String) {
        #expect(Redactor().redact(text) == expected)
    }

    @Test("ordinary numbers survive")
    func ordinaryNumbers() {
        #expect(Redactor().redact("i had 4 social workers in 2024 and got 10/10") == "i had 4 social workers in 2024 and got 10/10")
    }

    @Test("the export's own identity values are redacted wherever they appear, in any case")
    func denyList() {
        let redactor = Redactor(denyList: ["Kacper Nowak", "CLA55501", "kacper.n@example.com"])
        #expect(redactor.redact("its kacper btw, ask NOWAK") == "its [name] btw, ask [name]")
        #expect(redactor.redact("my id is CLA55501") == "my id is [personal detail]")
        // A capitalised word straight after a redacted name is the rest of that name.
        #expect(redactor.redact("thanks - Kacper Robinson") == "thanks - [name] [name]")
        #expect(redactor.redact("kacper, Monday") == "[name], Monday")
    }

    @Test("names that are everyday words are redacted only when written as a name")
    func everydayNames() {
        let redactor = Redactor(denyList: ["Hope Walker", "Summer Brown"])
        #expect(redactor.redact("i hope the summer is good") == "i hope the summer is good")
        #expect(redactor.redact("Hope and Summer are my mates") == "[name] and [name] are my mates")
    }
}
