import DyadActors
import DyadCore
import Foundation
import DyadTestSupport
import Testing

@Suite struct GazetteerTests {
    // MARK: reading the format

    @Test func readsPlacesWithSpellingsCommentsAndTabs() throws {
        var g = Gazetteer()
        try g.load(parsing: """
            # lat      lon       country  name[; other spelling ...]
            55.7558    37.6173   RUS      Moscow
            50.4501    30.5234   UKR      Kyiv; Kiev   # the capital

            28.4636\t-16.2518\tESP\tSanta Cruz   de Tenerife
            -34.6037 -58.3816 ARG Buenos Aires;
            """, file: "test.coordinates")
        #expect(g.count == 4)
        let kyiv = try #require(g.place(named: "Kiev", country: nil))
        #expect(kyiv == GazetteerPlace(name: "Kyiv", country: "UKR", lat: 50.4501, lon: 30.5234))
        let tenerife = try #require(g.place(named: "Santa Cruz de Tenerife", country: "ESP"))
        #expect(tenerife.name == "Santa Cruz de Tenerife")
        #expect(tenerife.lat == 28.4636 && tenerife.lon == -16.2518)
        #expect(g.place(named: "Buenos Aires", country: nil)?.lon == -58.3816)
        #expect(g.place(named: "Minsk", country: nil) == nil)
    }

    @Test(arguments: [
        ("55.7558 37.6173 RUS\n", "bad.coordinates:1: expected 'LATITUDE LONGITUDE COUNTRY NAME[; OTHER SPELLING ...]', found '55.7558 37.6173 RUS'"),
        ("# header\n55.7558 Moscow\n", "bad.coordinates:2: expected 'LATITUDE LONGITUDE COUNTRY NAME[; OTHER SPELLING ...]', found '55.7558 Moscow'"),
        ("\n\n55,7558 37.6173 RUS Moscow\n", "bad.coordinates:3: '55,7558' is not a latitude (decimal degrees, north positive, e.g. 50.4501)"),
        ("N55.7 37.6173 RUS Moscow\n", "bad.coordinates:1: 'N55.7' is not a latitude (decimal degrees, north positive, e.g. 50.4501)"),
        ("nan 37.6173 RUS Moscow\n", "bad.coordinates:1: 'nan' is not a latitude (decimal degrees, north positive, e.g. 50.4501)"),
        ("1e1 37.6173 RUS Moscow\n", "bad.coordinates:1: '1e1' is not a latitude (decimal degrees, north positive, e.g. 50.4501)"),
        ("90.5 37.6173 RUS Moscow\n", "bad.coordinates:1: latitude 90.5 is outside -90 to 90"),
        ("-91 37.6173 RUS Moscow\n", "bad.coordinates:1: latitude -91 is outside -90 to 90"),
        ("55.7558 east RUS Moscow\n", "bad.coordinates:1: 'east' is not a longitude (decimal degrees, east positive, e.g. 30.5234)"),
        ("1 2 RUS a\n55.7558 180.01 RUS Moscow\n", "bad.coordinates:2: longitude 180.01 is outside -180 to 180"),
        ("55.7558 37.6173 Rus Moscow\n", "bad.coordinates:1: 'Rus' is not a country code (3 capital letters, e.g. UKR)"),
        ("55.7558 37.6173 RU Moscow\n", "bad.coordinates:1: 'RU' is not a country code (3 capital letters, e.g. UKR)"),
        ("46.2044 6.1432 IGOUNO Geneva\n", "bad.coordinates:1: 'IGOUNO' is not a country code (3 capital letters, e.g. UKR)"),
        ("55.7558 37.6173 RUS ;\n", "bad.coordinates:1: empty name"),
        ("55.7558 37.6173 RUS Moscow\n50.45 30.52 UKR Kyiv; Kiev\n50.4 30.5 UKR KIEV\n",
         "bad.coordinates:3: 'KIEV' is already given for UKR at line 2"),
    ])
    func reportsErrorsWithFileAndLine(_ text: String, _ message: String) {
        var g = Gazetteer()
        expectError(message) { try g.load(parsing: text, file: "bad.coordinates") }
    }

    @Test func theSameNameTwiceOnOneLineOrForTwoCountriesIsNoError() throws {
        var g = Gazetteer()
        try g.load(parsing: """
            13.0582 44.8838 YEM Kurdistan Region; Kurdistan region
            32.8872 13.1913 LBY Tripoli
            34.4367 35.8497 LBN Tripoli
            """, file: "ok.coordinates")
        #expect(g.count == 3)
    }

    // MARK: looking up

    @Test func lookUpFoldsCaseDiacriticsAndSpaces() throws {
        var g = Gazetteer()
        try g.load(parsing: """
            50.4501 30.5234 UKR Kyiv; Kiev
            50.0647 19.9450 POL Kraków
            18.5944 -72.3074 HTI Port-au-Prince
            12.1348 15.0557 TCD N’Djamena
            """, file: "test.coordinates")
        for name in ["kyiv", "KIEV", "Kyiv", " kiev "] {
            #expect(g.place(named: name, country: nil)?.name == "Kyiv", "\(name)")
        }
        #expect(g.place(named: "Krakow", country: nil)?.name == "Kraków")
        #expect(g.place(named: "KRAKÓW", country: "POL")?.lat == 50.0647)
        #expect(g.place(named: "port-au-prince", country: nil) != nil)
        #expect(g.place(named: "Port au Prince", country: nil) == nil)  // a hyphen is not a space
        #expect(g.place(named: "N'Djamena", country: nil)?.country == "TCD")  // typographic apostrophe
        #expect(g.place(named: "Santa  Cruz", country: nil) == nil)
    }

    @Test func aNameOfSeveralCountriesPrefersTheAskedCountry() throws {
        var g = Gazetteer()
        try g.load(parsing: """
            32.8872 13.1913 LBY Tripoli
            34.4367 35.8497 LBN Tripoli
            """, file: "test.coordinates")
        #expect(g.place(named: "Tripoli", country: nil)?.country == "LBY")
        #expect(g.place(named: "Tripoli", country: "LBN")?.lat == 34.4367)
        #expect(g.place(named: "tripoli", country: "LBY")?.lat == 32.8872)
        // A country with no Tripoli gets the first loaded.
        #expect(g.place(named: "Tripoli", country: "GRC")?.country == "LBY")
    }

    @Test func aLaterFileReplacesThePlaceOfItsNameAndCountry() throws {
        var g = Gazetteer()
        try g.load(parsing: """
            50.4501 30.5234 UKR Kyiv; Kiev
            32.8872 13.1913 LBY Tripoli
            34.4367 35.8497 LBN Tripoli
            49.9935 36.2304 UKR Kharkiv
            """, file: "shipped.coordinates")
        try g.load(parsing: """
            50.5 30.6 UKR KIEV
            34.5 35.9 LBN Tripoli; Trablous
            41.0 20.0 XKX New Place
            """, file: "mine.coordinates")
        #expect(g.count == 5)  // two replaced, one added
        // Every spelling of the replaced place leads to the new line.
        #expect(g.place(named: "Kyiv", country: "UKR") == GazetteerPlace(name: "KIEV", country: "UKR", lat: 50.5, lon: 30.6))
        #expect(g.place(named: "kiev", country: nil)?.lat == 50.5)
        // Only the place of the same country is replaced, and it keeps its place in the order.
        #expect(g.place(named: "Tripoli", country: nil)?.country == "LBY")
        #expect(g.place(named: "Tripoli", country: "LBY")?.lat == 32.8872)
        #expect(g.place(named: "Tripoli", country: "LBN")?.lat == 34.5)
        #expect(g.place(named: "Trablous", country: nil)?.country == "LBN")
        #expect(g.place(named: "Kharkiv", country: nil)?.lat == 49.9935)
        #expect(g.places.map(\.name) == ["Tripoli", "Kharkiv", "KIEV", "Tripoli", "New Place"])
    }

    @Test func loadsAFileFromDisk() throws {
        let scratch = try ScratchDirectory(prefix: "gazetteer")
        defer { scratch.remove() }
        let dir = scratch.url
        let url = dir.appendingPathComponent("mine.coordinates")
        try "1.5 2.5 ABC Somewhere\n1.5 200 ABC Elsewhere\n".write(to: url, atomically: true, encoding: .utf8)
        var g = Gazetteer()
        do {
            try g.load(contentsOf: url)
            Issue.record("expected an error")
        } catch {
            #expect(error as? DyadError == .badData(file: "mine.coordinates", line: 2, reason: "longitude 200 is outside -180 to 180"))
        }
    }

    // MARK: the shipped data

    /// The shipped gazetteer and the shipped actor dictionary, loaded once.
    static let shipped: (gazetteer: Gazetteer, actors: ActorDictionary)? = {
        guard let g = try? Gazetteer.standard(), let a = try? ActorDictionary.standard() else { return nil }
        return (g, a)
    }()

    func shippedData() throws -> (gazetteer: Gazetteer, actors: ActorDictionary) {
        try #require(Self.shipped, "the shipped gazetteer or actor dictionary does not load")
    }

    @Test func shippedGazetteerLoadsAndFindsWellKnownPlaces() throws {
        let g = try Gazetteer.standard()
        #expect(g.count >= 3_000)
        let kyiv = try #require(g.place(named: "kyiv", country: nil))
        #expect(kyiv.country == "UKR" && abs(kyiv.lat - 50.45) < 0.1 && abs(kyiv.lon - 30.52) < 0.1)
        #expect(g.place(named: "KIEV", country: "UKR") == kyiv)
        #expect(g.place(named: "Kraków", country: nil) == g.place(named: "Krakow", country: nil))
        #expect(g.place(named: "Krakow", country: nil)?.country == "POL")
        #expect(g.place(named: "Tripoli", country: nil)?.country == "LBY")
        #expect(g.place(named: "Tripoli", country: "LBN")?.country == "LBN")
        #expect(g.place(named: "Georgia", country: nil)?.country == "GEO")
        #expect(g.place(named: "Georgia", country: "USA")?.country == "USA")
        #expect(g.place(named: "Aleppo", country: "SYR")?.name == "Aleppo")
        #expect(g.place(named: "Gaza", country: nil)?.name == "Gaza Strip")
    }

    /// No shipped line replaces another: every line of every shipped file can be found, so a
    /// name given twice for one country in two shipped files is caught.
    @Test func noShippedLineOverridesAnother() throws {
        let (g, _) = try shippedData()
        var lines = 0
        for url in try ShippedDictionaries.files(withExtension: "coordinates") {
            for line in try ShippedDictionaries.read(url).split(separator: "\n") {
                let data = line.prefix(while: { $0 != "#" }).trimmingCharacters(in: .whitespaces)
                if !data.isEmpty { lines += 1 }
            }
        }
        #expect(g.count == lines)
    }

    @Test func everyCountryAndEachOfItsNamesHasAPoint() throws {
        let (g, actors) = try shippedData()
        let countries = actors.entries.filter { $0.kind == .country }
        #expect(countries.count >= 200)
        for c in countries {
            for name in [c.name] + c.aliases {
                let p = g.place(named: name, country: c.key)
                #expect(p?.country == c.key, "\(c.origin): no point for \(c.key) '\(name)'")
            }
        }
    }

    @Test func everyCapitalAndSeatHasCoordinates() throws {
        let (g, actors) = try shippedData()
        var n = 0
        for c in actors.entries where c.kind == .country {
            for name in c.capitals + c.seats {
                n += 1
                let p = g.place(named: name, country: c.key)
                #expect(p?.country == c.key, "\(c.origin): no coordinates for \(c.key) '\(name)'")
            }
        }
        #expect(n >= 280)
    }

    @Test func everyEntryNamesACountryOfTheActorDictionary() throws {
        let (g, actors) = try shippedData()
        let codes = Set(actors.entries.filter { $0.kind == .country }.map(\.key))
        for p in g.places where !codes.contains(p.country) {
            Issue.record("'\(p.name)' has the country code \(p.country), which countries.actors does not define")
        }
    }

    /// The places of places.actors: most have coordinates, under their own country, and every
    /// alias of a covered place finds a place of that country.
    @Test func placesOfTheActorDictionaryHaveCoordinatesInTheirCountry() throws {
        let (g, actors) = try shippedData()
        let places = actors.entries.filter { $0.kind == .place }
        var covered = 0
        for e in places {
            guard let p = g.place(named: e.name, country: e.country) else { continue }
            guard p.country == e.country else {
                Issue.record("\(e.origin): '\(e.name)' is \(e.country), but the gazetteer has it only for \(p.country)")
                continue
            }
            covered += 1
            for alias in e.aliases where g.place(named: alias, country: e.country)?.country != e.country {
                Issue.record("\(e.origin): the alias '\(alias)' of '\(e.name)' has no coordinates for \(e.country)")
            }
        }
        #expect(places.count >= 2_700)
        #expect(covered >= 2_750, "only \(covered) of \(places.count) places have coordinates")
    }

    // MARK: plausibility of the coordinates

    /// How far (km) a place may lie from its country's point: large countries get more room;
    /// small ones less, so a slip of a degree or a lost minus sign shows.
    static func bound(_ country: String) -> Double {
        let large: [String: Double] = [
            "RUS": 5_500, "CAN": 4_000, "IDN": 3_500, "USA": 3_000, "CHN": 3_000, "BRA": 3_000,
            "AUS": 3_000, "ARG": 3_000, "IND": 2_000, "JPN": 2_500, "CHL": 2_500, "MEX": 2_500,
            "MYS": 2_200, "KAZ": 2_000, "DZA": 2_000, "COD": 2_000, "SAU": 2_000, "LBY": 1_800,
            "SDN": 1_800, "IRN": 1_800, "PHL": 1_800,
        ]
        let small: Set<String> = [
            "ALB", "AND", "ARE", "ARM", "AUT", "AZE", "BDI", "BEL", "BEN", "BGD", "BGR", "BHR", "BHS",
            "BIH", "BLR", "BLZ", "BRB", "BRN", "BTN", "CHE", "CRI", "CYP", "CZE", "DEU", "DJI", "DMA",
            "DNK", "DOM", "ECU", "EST", "GEO", "GHA", "GIN", "GMB", "GNB", "GNQ", "GRD", "GTM", "GUY",
            "HKG", "HND", "HRV", "HTI", "HUN", "IRL", "ISL", "ISR", "JAM", "JOR", "KGZ", "KHM", "KNA",
            "KOR", "KWT", "LBN", "LBR", "LCA", "LIE", "LKA", "LSO", "LTU", "LUX", "LVA", "MAC", "MCO",
            "MDA", "MKD", "MLT", "MNE", "MUS", "MWI", "NIC", "NLD", "NPL", "PAN", "POL", "PRI", "PRK",
            "PRT", "PSE", "QAT", "ROU", "RWA", "SEN", "SGP", "SLE", "SLV", "SMR", "SRB", "SUR", "SVK",
            "SVN", "SWZ", "SYR", "TGO", "TJK", "TLS", "TTO", "TUN", "TWN", "UGA", "URY", "VAT", "XKX",
        ]
        return large[country] ?? (small.contains(country) ? 800 : 1_500)
    }

    /// Parts of a country far from its point, each with its own centre, radius (km) and reason:
    /// a place of the country may lie within the radius of one of these instead.
    static let outlying: [(country: String, lat: Double, lon: Double, km: Double, why: String)] = [
        ("USA", 64.0, -152.0, 1_500, "Alaska"),
        ("USA", 20.8, -156.9, 500, "Hawaii"),
        ("USA", 14.5, 145.0, 400, "Guam and the Northern Mariana Islands"),
        ("USA", -14.3, -170.7, 100, "American Samoa"),
        ("USA", 19.3, 166.6, 30, "Wake Island"),
        ("USA", 18.34, -64.9, 60, "the US Virgin Islands"),
        ("USA", 19.9, -75.15, 30, "Guantanamo Bay, a US base on Cuba"),
        ("AUS", -10.49, 105.62, 40, "Christmas Island, an external territory in the Indian Ocean"),
        ("AUS", -12.17, 96.84, 40, "the Cocos (Keeling) Islands, an external territory in the Indian Ocean"),
        ("AUS", -29.04, 167.95, 30, "Norfolk Island, an external territory in the Pacific"),
        ("NZL", -9.2, -171.8, 200, "Tokelau, a territory in the central Pacific"),
        ("CHL", -27.1, -109.35, 40, "Easter Island (Rapa Nui), 3,500 km off the coast"),
        ("ECU", -0.6, -90.5, 250, "the Galapagos Islands"),
        ("ESP", 28.3, -15.8, 400, "the Canary Islands, off Africa"),
        ("PRT", 38.5, -28.0, 400, "the Azores"),
        ("PRT", 32.7, -16.9, 80, "Madeira"),
        ("NOR", 78.5, 16.0, 400, "Svalbard"),
        ("DNK", 62.0, -6.85, 100, "the Faroe Islands"),
        ("IND", 10.0, 93.0, 700, "the Andaman and Nicobar Islands"),
        ("FRA", -21.3, 165.5, 400, "New Caledonia"),
        ("FRA", -17.6, -149.5, 300, "French Polynesia (Tahiti)"),
        ("FRA", 16.0, -61.5, 300, "the French Antilles (Martinique, Guadeloupe, Saint-Barthélemy)"),
        ("FRA", 4.0, -53.0, 300, "French Guiana"),
        ("FRA", -21.1, 55.5, 80, "La Réunion"),
        ("FRA", -12.8, 45.15, 60, "Mayotte"),
        ("FRA", -13.8, -177.2, 250, "Wallis and Futuna"),
        ("FRA", 46.9, -56.3, 50, "Saint Pierre and Miquelon"),
        ("FRA", -49.3, 69.5, 200, "the Kerguelen Islands"),
        ("GBR", 36.14, -5.35, 10, "Gibraltar"),
        ("GBR", 34.8, 33.4, 100, "the Sovereign Base Areas on Cyprus (Akrotiri, Dhekelia)"),
        ("GBR", -51.75, -59.2, 300, "the Falkland Islands"),
        ("GBR", -54.3, -36.7, 600, "South Georgia and the South Sandwich Islands"),
        ("GBR", -15.95, -5.7, 50, "Saint Helena"),
        ("GBR", -7.95, -14.35, 50, "Ascension Island"),
        ("GBR", -25.07, -130.1, 100, "the Pitcairn Islands"),
        ("GBR", 32.3, -64.75, 50, "Bermuda"),
        ("GBR", 19.3, -81.25, 100, "the Cayman Islands"),
        ("GBR", 21.7, -71.8, 100, "the Turks and Caicos Islands"),
        ("GBR", 18.0, -63.5, 300, "Anguilla, Montserrat and the British Virgin Islands"),
        ("NLD", 12.3, -69.0, 200, "Aruba, Curaçao and Bonaire"),
        ("NLD", 17.8, -63.0, 100, "Sint Maarten and Sint Eustatius"),
    ]

    /// Great-circle distance in km.
    static func km(_ lat1: Double, _ lon1: Double, _ lat2: Double, _ lon2: Double) -> Double {
        let r = Double.pi / 180
        let dLat = (lat2 - lat1) * r, dLon = (lon2 - lon1) * r
        let h = sin(dLat / 2) * sin(dLat / 2) + cos(lat1 * r) * cos(lat2 * r) * sin(dLon / 2) * sin(dLon / 2)
        return 2 * 6_371 * asin(min(1, sqrt(h)))
    }

    @Test func everyPlaceLiesNearItsCountry() throws {
        let (g, actors) = try shippedData()
        var points: [String: GazetteerPlace] = [:]
        for c in actors.entries where c.kind == .country {
            points[c.key] = g.place(named: c.name, country: c.key)
        }
        var outlyingUsed = Set<String>()
        for p in g.places {
            guard let home = points[p.country] else { continue }  // reported by the tests above
            let d = Self.km(p.lat, p.lon, home.lat, home.lon)
            if d <= Self.bound(p.country) { continue }
            if let o = Self.outlying.first(where: { $0.country == p.country && Self.km(p.lat, p.lon, $0.lat, $0.lon) <= $0.km }) {
                outlyingUsed.insert(o.why)
                continue
            }
            Issue.record("'\(p.name)' (\(p.country), \(p.lat), \(p.lon)) is \(Int(d)) km from \(home.name)'s point, more than \(Int(Self.bound(p.country))) km")
        }
        // Each outlying part is there for a place that needs it.
        for o in Self.outlying where !outlyingUsed.contains(o.why) {
            Issue.record("no place needs the outlying part '\(o.why)' of \(o.country)")
        }
    }
}
