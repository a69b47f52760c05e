import DyadIngest
import Foundation
import Testing

@Suite struct ParallelMapTests {
    @Test func keepsOrderWithUnevenWorkOnAnyNumberOfJobs() {
        // Every fifth element is slow: threads that finish early take the next elements.
        let input = Array(0..<60)
        for jobs in [nil, 1, 2, 3, 100] {
            let out = input.concurrentMap(jobs: jobs) { i -> Int in
                if i % 5 == 0 { usleep(2000) }
                return i * i
            }
            #expect(out == input.map { $0 * $0 }, "jobs \(String(describing: jobs))")
        }
    }
}

@Suite struct PipelinedMapTests {
    @Test func handsBackEveryBatchInOrderWithItsTag() {
        for jobs in [1, 2, 3, 8] {
            let pool = PipelinedMap<Int, Int, String>(jobs: jobs) { i -> Int in
                if i % 7 == 0 { usleep(1500) }
                return i * i
            }
            // Batches of uneven sizes, an empty one among them.
            let batches = [Array(0..<5), [], Array(5..<23), [23], Array(24..<40)]
            for (k, b) in batches.enumerated() { pool.submit(b, tag: "batch \(k)") }
            #expect(pool.pending == batches.count)
            for (k, b) in batches.enumerated() {
                let finished = pool.takeOldest()
                #expect(finished?.tag == "batch \(k)", "jobs \(jobs)")
                #expect(finished?.outputs == b.map { $0 * $0 }, "jobs \(jobs), batch \(k)")
            }
            #expect(pool.pending == 0)
            #expect(pool.takeOldest() == nil)
            pool.finish()
        }
    }

    @Test func threadsGoOnToTheNextBatchWhileTheSlowItemOfOneRuns() {
        // One slow item in the first batch: with two threads the second batch is finished
        // while it runs (a map per batch would make the second batch wait for it).
        let slowDone = Counter()
        let fastDone = Counter()
        let pool = PipelinedMap<Int, Int, Int>(jobs: 2) { i -> Int in
            if i == 0 {
                usleep(300_000)
                slowDone.add()
            } else {
                fastDone.add()
            }
            return i
        }
        pool.submit([0, 1], tag: 0)
        pool.submit([2, 3, 4, 5], tag: 1)
        // The other thread finishes item 1 and the whole second batch long before the slow one ends.
        var waited = 0
        while fastDone.value < 5 && waited < 250 {
            usleep(1000)
            waited += 1
        }
        #expect(fastDone.value == 5)
        #expect(slowDone.value == 0)
        #expect(pool.takeOldest()?.outputs == [0, 1])
        #expect(pool.takeOldest()?.outputs == [2, 3, 4, 5])
        pool.finish()
    }

    @Test func aDeadlinePassedGivesNothingUntilTheBatchIsDone() {
        let pool = PipelinedMap<Int, Int, Int>(jobs: 2) { i -> Int in
            usleep(200_000)
            return i
        }
        pool.submit([1, 2], tag: 7)
        #expect(pool.takeOldest(waitingUntil: Date()) == nil)
        #expect(pool.pending == 1)
        #expect(pool.takeOldest()?.tag == 7)
        pool.finish()
    }
}

private final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0
    var value: Int { lock.withLock { count } }
    func add() { lock.withLock { count += 1 } }
}
