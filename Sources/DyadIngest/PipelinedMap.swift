import Foundation

/// Maps batches of items on worker threads of its own, handing the results back batch by batch
/// in the order the batches came, with no barrier between batches.
///
/// A parallel map per batch (``Swift/Array/concurrentMap(jobs:_:)``) leaves threads idle at the
/// end of every batch while the slowest item finishes, and while the caller uses the results
/// (writing them to a store, printing them). Here a thread that runs out of work in one batch
/// goes on with the next one submitted, and the caller takes finished batches whenever it likes.
/// Each batch carries a tag the caller gets back with it (an error to report in its place, say).
///
/// Memory is bounded by the caller: it decides how many batches it submits before taking one.
public final class PipelinedMap<Input: Sendable, Output: Sendable, Tag: Sendable>: @unchecked Sendable {
    private struct Batch {
        var inputs: [Input]
        var outputs: [Output?]
        var remaining: Int
        var tag: Tag
    }

    private let condition = NSCondition()
    private var batches: [Int: Batch] = [:]
    /// Work not yet started: (batch, item), in order.
    private var work: [(batch: Int, item: Int)] = []
    private var workHead = 0
    private var nextBatch = 0
    private var oldest = 0
    private var closed = false
    private var running = 0
    private let transform: @Sendable (Input) -> Output

    /// Starts `jobs` threads (at least one) that run `transform`. The threads get `stackSize`
    /// bytes of stack: extraction and coding recurse on deeply nested input.
    public init(jobs: Int, stackSize: Int = 64 << 20, transform: @escaping @Sendable (Input) -> Output) {
        self.transform = transform
        let count = max(1, jobs)
        running = count
        for _ in 0..<count {
            let thread = Thread { [self] in runWorker() }
            thread.stackSize = stackSize
            thread.start()
        }
    }

    /// The batches submitted and not yet taken.
    public var pending: Int {
        condition.lock()
        defer { condition.unlock() }
        return nextBatch - oldest
    }

    /// The items submitted that no thread has started yet.
    public var pendingWork: Int {
        condition.lock()
        defer { condition.unlock() }
        return work.count - workHead
    }

    /// Queues a batch for the threads; an empty batch is finished at once.
    public func submit(_ inputs: [Input], tag: Tag) {
        condition.lock()
        let id = nextBatch
        nextBatch += 1
        batches[id] = Batch(inputs: inputs, outputs: Array(repeating: nil, count: inputs.count), remaining: inputs.count, tag: tag)
        for i in inputs.indices { work.append((id, i)) }
        condition.broadcast()
        condition.unlock()
    }

    /// The oldest batch not yet taken, its outputs in input order, once it is finished; nil when
    /// no batch is pending, or when `deadline` (if any) passes first.
    public func takeOldest(waitingUntil deadline: Date? = nil) -> (outputs: [Output], tag: Tag)? {
        condition.lock()
        defer { condition.unlock() }
        while true {
            guard let batch = batches[oldest] else { return nil }
            if batch.remaining == 0 {
                batches[oldest] = nil
                oldest += 1
                return (batch.outputs.map { $0! }, batch.tag)
            }
            if let deadline {
                if !condition.wait(until: deadline) { return nil }
            } else {
                condition.wait()
            }
        }
    }

    /// Lets the threads end once the work queued is done, and waits for them. Call it once the
    /// last batch is taken: the threads hold the map until then.
    public func finish() {
        condition.lock()
        closed = true
        condition.broadcast()
        while running > 0 { condition.wait() }
        condition.unlock()
    }

    private func runWorker() {
        condition.lock()
        while true {
            if workHead < work.count {
                let (b, i) = work[workHead]
                workHead += 1
                // Drop the handed-out part of the list now and then.
                if workHead >= 1024 && workHead * 2 >= work.count {
                    work.removeFirst(workHead)
                    workHead = 0
                }
                let input = batches[b]!.inputs[i]
                condition.unlock()
                let output = transform(input)
                condition.lock()
                batches[b]!.outputs[i] = output
                batches[b]!.remaining -= 1
                if batches[b]!.remaining == 0 { condition.broadcast() }
            } else if closed {
                running -= 1
                condition.broadcast()
                condition.unlock()
                return
            } else {
                condition.wait()
            }
        }
    }
}
