import Foundation

/// A first-in, first-out queue between one producer thread and one consumer, holding at most
/// `capacity` items: the producer waits while it is full, so reading never runs far ahead.
final class BoundedQueue<Element>: @unchecked Sendable {
    private let condition = NSCondition()
    private var items: [Element] = []
    private var closed = false
    let capacity: Int

    init(capacity: Int) {
        self.capacity = max(1, capacity)
    }

    func put(_ item: Element) {
        condition.lock()
        while items.count >= capacity { condition.wait() }
        items.append(item)
        condition.broadcast()
        condition.unlock()
    }

    /// The next item; nil once the queue is closed and empty.
    func take() -> Element? {
        condition.lock()
        defer { condition.unlock() }
        while items.isEmpty && !closed { condition.wait() }
        guard !items.isEmpty else { return nil }
        let item = items.removeFirst()
        condition.broadcast()
        return item
    }

    /// What ``poll()`` finds.
    enum Polled {
        case item(Element)
        /// Nothing yet; more may come.
        case empty
        /// Closed, and nothing left.
        case closed
    }

    /// The next item if there is one now, without waiting.
    func poll() -> Polled {
        condition.lock()
        defer { condition.unlock() }
        guard !items.isEmpty else { return closed ? .closed : .empty }
        let item = items.removeFirst()
        condition.broadcast()
        return .item(item)
    }

    /// No more items will be put.
    func close() {
        condition.lock()
        closed = true
        condition.broadcast()
        condition.unlock()
    }
}
