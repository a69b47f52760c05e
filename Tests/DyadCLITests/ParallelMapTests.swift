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
