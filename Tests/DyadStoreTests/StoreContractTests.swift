import Testing
@testable import DyadStore

/// The store contract on SQLite (always) ...
@Suite struct SQLiteStoreContractTests {
    @Test func appliesEveryMigrationByName() async throws { try await StoreContract.appliesEveryMigrationByName(.sqlite) }
    @Test func readsBackEveryFieldOfTheDataModel() async throws { try await StoreContract.readsBackEveryFieldOfTheDataModel(.sqlite) }
    @Test func keepsEventsWithCodesOutsideCameo() async throws { try await StoreContract.keepsEventsWithCodesOutsideCameo(.sqlite) }
    @Test func writingTheSameArticleTwiceChangesNothing() async throws { try await StoreContract.writingTheSameArticleTwiceChangesNothing(.sqlite) }
    @Test func concurrentWritersDoNotDuplicate() async throws { try await StoreContract.concurrentWritersDoNotDuplicate(.sqlite) }
    @Test func filtersMatchPrefixesCountriesAndDirections() async throws { try await StoreContract.filtersMatchPrefixesCountriesAndDirections(.sqlite) }
    @Test func filtersMatchPlaces() async throws { try await StoreContract.filtersMatchPlaces(.sqlite) }
    @Test func sqlMetacharactersAreOnlyData() async throws { try await StoreContract.sqlMetacharactersAreOnlyData(.sqlite) }
    @Test func aggregatesGroupAcrossArticles() async throws { try await StoreContract.aggregatesGroupAcrossArticles(.sqlite) }
    @Test func recordsIngestRuns() async throws { try await StoreContract.recordsIngestRuns(.sqlite) }
    @Test func pagesThroughEventsInIdOrder() async throws { try await StoreContract.pagesThroughEventsInIdOrder(.sqlite) }
    @Test func exportsGDELTAndICEWSTables() async throws { try await StoreContract.exportsGDELTAndICEWSTables(.sqlite) }
    @Test func nearDuplicatesAreOneArticleWithManyURLs() async throws { try await StoreContract.nearDuplicatesAreOneArticleWithManyURLs(.sqlite) }
    @Test func concurrentNearDuplicateWritersStoreOneArticle() async throws { try await StoreContract.concurrentNearDuplicateWritersStoreOneArticle(.sqlite) }
    @Test func upgradingKeepsTheURLsOfEarlierArticles() async throws { try await StoreContract.upgradingKeepsTheURLsOfEarlierArticles(.sqlite) }
    @Test func readsBackAnArticleAndItsEvents() async throws { try await StoreContract.readsBackAnArticleAndItsEvents(.sqlite) }
    @Test func searchesActorsByCodeAndName() async throws { try await StoreContract.searchesActorsByCodeAndName(.sqlite) }
    @Test func buildsTheAlignmentNetworkOfAPeriod() async throws { try await StoreContract.buildsTheAlignmentNetworkOfAPeriod(.sqlite) }
    @Test func timelinesFromDyadDaysEqualCountsOverEvents() async throws { try await StoreContract.timelinesFromDyadDaysEqualCountsOverEvents(.sqlite) }
    @Test func upgradingFillsDyadDaysFromStoredEvents() async throws { try await StoreContract.upgradingFillsDyadDaysFromStoredEvents(.sqlite) }
    @Test func bulkLoadAnswersEveryQueryAsWithout() async throws { try await StoreContract.bulkLoadAnswersEveryQueryAsWithout(.sqlite) }
    @Test func upgradingToBulkLoadsLeavesNoLoadUnderWay() async throws { try await StoreContract.upgradingToBulkLoadsLeavesNoLoadUnderWay(.sqlite) }
    @Test func aLoadBegunBeforeV7IsCarriedOnAndFinished() async throws { try await StoreContract.aLoadBegunBeforeV7IsCarriedOnAndFinished(.sqlite) }

    @Test func usesWriteAheadLogging() async throws {
        try await StoreFixtures.withTemporaryPath { path in
            let store = try await SQLiteEventStore.open(path: path)
            #expect(try store.journalMode() == "wal")
            #expect(try store.integrityCheck() == ["ok"])
            try await store.close()
        }
    }
}

/// ... and the same contract on PostgreSQL when DYAD_TEST_POSTGRES_URL names a server.
@Suite(.enabled(if: StoreFixtures.postgresURL != nil, StoreFixtures.postgresSkipReason))
struct PostgresStoreContractTests {
    @Test func appliesEveryMigrationByName() async throws { try await StoreContract.appliesEveryMigrationByName(.postgres) }
    @Test func readsBackEveryFieldOfTheDataModel() async throws { try await StoreContract.readsBackEveryFieldOfTheDataModel(.postgres) }
    @Test func keepsEventsWithCodesOutsideCameo() async throws { try await StoreContract.keepsEventsWithCodesOutsideCameo(.postgres) }
    @Test func writingTheSameArticleTwiceChangesNothing() async throws { try await StoreContract.writingTheSameArticleTwiceChangesNothing(.postgres) }
    @Test func concurrentWritersDoNotDuplicate() async throws { try await StoreContract.concurrentWritersDoNotDuplicate(.postgres) }
    @Test func filtersMatchPrefixesCountriesAndDirections() async throws { try await StoreContract.filtersMatchPrefixesCountriesAndDirections(.postgres) }
    @Test func filtersMatchPlaces() async throws { try await StoreContract.filtersMatchPlaces(.postgres) }
    @Test func sqlMetacharactersAreOnlyData() async throws { try await StoreContract.sqlMetacharactersAreOnlyData(.postgres) }
    @Test func aggregatesGroupAcrossArticles() async throws { try await StoreContract.aggregatesGroupAcrossArticles(.postgres) }
    @Test func recordsIngestRuns() async throws { try await StoreContract.recordsIngestRuns(.postgres) }
    @Test func pagesThroughEventsInIdOrder() async throws { try await StoreContract.pagesThroughEventsInIdOrder(.postgres) }
    @Test func exportsGDELTAndICEWSTables() async throws { try await StoreContract.exportsGDELTAndICEWSTables(.postgres) }
    @Test func nearDuplicatesAreOneArticleWithManyURLs() async throws { try await StoreContract.nearDuplicatesAreOneArticleWithManyURLs(.postgres) }
    @Test func concurrentNearDuplicateWritersStoreOneArticle() async throws { try await StoreContract.concurrentNearDuplicateWritersStoreOneArticle(.postgres) }
    @Test func upgradingKeepsTheURLsOfEarlierArticles() async throws { try await StoreContract.upgradingKeepsTheURLsOfEarlierArticles(.postgres) }
    @Test func readsBackAnArticleAndItsEvents() async throws { try await StoreContract.readsBackAnArticleAndItsEvents(.postgres) }
    @Test func searchesActorsByCodeAndName() async throws { try await StoreContract.searchesActorsByCodeAndName(.postgres) }
    @Test func buildsTheAlignmentNetworkOfAPeriod() async throws { try await StoreContract.buildsTheAlignmentNetworkOfAPeriod(.postgres) }
    @Test func timelinesFromDyadDaysEqualCountsOverEvents() async throws { try await StoreContract.timelinesFromDyadDaysEqualCountsOverEvents(.postgres) }
    @Test func upgradingFillsDyadDaysFromStoredEvents() async throws { try await StoreContract.upgradingFillsDyadDaysFromStoredEvents(.postgres) }
    @Test func bulkLoadAnswersEveryQueryAsWithout() async throws { try await StoreContract.bulkLoadAnswersEveryQueryAsWithout(.postgres) }
    @Test func upgradingToBulkLoadsLeavesNoLoadUnderWay() async throws { try await StoreContract.upgradingToBulkLoadsLeavesNoLoadUnderWay(.postgres) }
    @Test func aLoadBegunBeforeV7IsCarriedOnAndFinished() async throws { try await StoreContract.aLoadBegunBeforeV7IsCarriedOnAndFinished(.postgres) }
}
