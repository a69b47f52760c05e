import DyadActors
import DyadCore
import Testing

@Suite struct PetrarchAgentReaderTests {
    @Test func readsRolesPluralsAndSubstitutionSets() throws {
        var d = AgentDictionary()
        let report = try d.load(petrarchAgents: """
            !PERSON! = MAN, MEN, WOMAN, WOMEN
            FOREIGN_MINISTER [~GOVFRM] # comment
            ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~GOV]
            POLICE {} [ ~COP]
            CONGRESS!PERSON! [~LEG]
            SECURITY SERVICE [~GOV]
            """, file: "t.agents.txt")
        #expect(d.agents["foreign minister"]?.role == "GOVFRM")
        #expect(d.agents["foreign ministers"]?.role == "GOVFRM")
        #expect(d.agents["attorneys general"]?.role == "GOV")
        #expect(d.agents["attorney generals"] == nil)
        #expect(d.agents["police"]?.role == "COP")
        #expect(d.agents["polices"] == nil)
        #expect(d.agents["congresswomen"]?.role == "LEG")
        #expect(d.agents["congressmen"]?.role == "LEG")
        #expect(d.agents["congressmens"] == nil)
        #expect(d.agents["security services"]?.origin == "t.agents.txt:6")
        #expect(report.read == 5 && report.skipped == 0)
    }

    @Test func unsupportedLinesAreSkippedAndCounted() throws {
        let (agents, report) = try PetrarchAgentReader.read("""
            HUMAN_RIGHTS_BODY  [NGO~]
            ISLAMIC_EXTREMIST
            CHAIR!NOBODY! [~GOV]
            CLERK [GOV]
            ELDER [~ELDERLY]
            DEPARMENT_OF_ENVIRONMENT [~ENV}
            """, file: "odd.txt")
        #expect(agents.map(\.phrase) == ["human rights body", "deparment of environment"])
        #expect(agents.first?.role == "NGO~")
        #expect(report.skipped("lines without a code") == 1)
        #expect(report.skipped("phrases with an undefined substitution set") == 1)
        #expect(report.skipped("codes without '~'") == 1)
        #expect(report.skipped("roles that are not 2 to 6 capital letters") == 1)
        #expect(report.noted("lines with irregular brackets, read leniently") == 1)
        #expect(report.read == 2 && report.skipped == 4)
    }
}
