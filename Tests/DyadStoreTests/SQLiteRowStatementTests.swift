import Foundation
import GRDB
import Testing
@testable import DyadStore

/// The one-row statement binds a row's text from one buffer that it reuses and grows: every
/// value reads back as written, whatever its length and whatever the rows before it held.
@Suite struct SQLiteRowStatementTests {
    @Test func textReadsBackAsBoundAcrossRowsAndBufferGrowth() throws {
        try StoreFixtures.withTemporaryPath("rows") { path in
            let queue = try DatabaseQueue(path: path)
            let long = String(repeating: "ab\u{e9}\u{1F30D}", count: 700)  // about 6 KB: the buffer grows
            let rows: [[SQLValue]] = [
                [.int(1), .text("short"), .text(""), .null, .double(1.5)],
                [.int(2), .text(long), .text("x"), .text("after the long one"), .int(7)],
                [.int(3), .text(""), .text("quote ' and \" and ;"), .text(long + long), .null],
                [.int(4), .text("Zürich"), .text(String(repeating: "y", count: 15)), .text(String(repeating: "z", count: 16)), .text("")],
            ]
            let read = try queue.write { db -> [[DatabaseValue]] in
                try db.execute(sql: "CREATE TABLE t (k INTEGER PRIMARY KEY, a, b, c, d)")
                let insert = try SQLiteRowStatement(db, sql: "INSERT INTO t (k, a, b, c, d) VALUES (?, ?, ?, ?, ?)")
                for r in rows { try insert.run(r) }
                return try Row.fetchAll(db, sql: "SELECT k, a, b, c, d FROM t ORDER BY k").map { Array($0.databaseValues) }
            }
            #expect(read.map { $0.map(SQLiteDatabase.value) } == rows)
            // Empty text is '' (not NULL).
            #expect(read[0][2] == "".databaseValue)
        }
    }

    @Test func insertReturningTellsWhetherItInserted() throws {
        try StoreFixtures.withTemporaryPath("rows") { path in
            let queue = try DatabaseQueue(path: path)
            let outcomes = try queue.write { db -> [Bool] in
                try db.execute(sql: "CREATE TABLE t (id TEXT PRIMARY KEY, v TEXT)")
                let insert = try SQLiteRowStatement(db, sql: "INSERT INTO t (id, v) VALUES (?, ?) ON CONFLICT (id) DO NOTHING RETURNING id")
                return try [["a", "1"], ["b", "2"], ["a", "3"]].map { try insert.run([.text($0[0]), .text($0[1])]) }
            }
            #expect(outcomes == [true, true, false])
        }
    }

    /// `insert` reads the change count of its own run: a conflicting insert after inserts, and
    /// after another statement that changed rows, reports false.
    @Test func insertTellsWhetherItInsertedWithoutReturning() throws {
        try StoreFixtures.withTemporaryPath("rows") { path in
            let queue = try DatabaseQueue(path: path)
            let outcomes = try queue.write { db -> [Bool] in
                try db.execute(sql: "CREATE TABLE t (id TEXT PRIMARY KEY, v TEXT)")
                try db.execute(sql: "CREATE TABLE other (n INTEGER)")
                let insert = try SQLiteRowStatement(db, sql: "INSERT INTO t (id, v) VALUES (?, ?) ON CONFLICT (id) DO NOTHING")
                let other = try SQLiteRowStatement(db, sql: "INSERT INTO other (n) VALUES (?)")
                var out: [Bool] = []
                for (id, v) in [("a", "1"), ("b", "2"), ("a", "3")] { out.append(try insert.insert([.text(id), .text(v)])) }
                try other.run([.int(1)])
                out.append(try insert.insert([.text("b"), .text("4")]))
                out.append(try insert.insert([.text("c"), .text("5")]))
                return out
            }
            #expect(outcomes == [true, true, false, false, true])
            let values = try queue.read { db in try String.fetchAll(db, sql: "SELECT v FROM t ORDER BY id") }
            #expect(values == ["1", "2", "5"])
        }
    }

    /// A new store file gets the larger page size; a file made with another keeps its own and
    /// is read and written as before.
    @Test func newFilesGetTheLargerPageSizeAndOldOnesKeepTheirs() async throws {
        try await StoreFixtures.withTemporaryPath("pages-new") { fresh in
            let store = try await SQLiteEventStore.open(path: fresh)
            try await store.close()
            try await StoreFixtures.withTemporaryPath("pages-old") { old in
                try await DatabaseQueue(path: old).write { db in
                    try db.execute(sql: "PRAGMA page_size = 4096; CREATE TABLE t (x)")
                }
                let reopened = try await SQLiteEventStore.open(path: old)
                #expect(try await reopened.counts().events == 0)
                try await reopened.close()
                let sizes = try [fresh, old].map { path in
                    try DatabaseQueue(path: path).read { db in try Int.fetchOne(db, sql: "PRAGMA page_size") }
                }
                #expect(sizes == [SQLiteDatabase.pageSize, 4096])
                #expect(SQLiteDatabase.pageSize == 16384)
            }
        }
    }
}
