import DyadExtract
import DyadTestSupport
import Foundation
import Synchronization
import Testing

/// `LineReader`: lines from files and from a pipe that is still being written.
@Suite struct LineReaderTests {
    static func texts(_ reader: LineReader, count: Int? = nil) -> [String] {
        var out: [String] = []
        while count.map({ out.count < $0 }) ?? true, let line = reader.next() {
            switch line {
            case let .text(s, number): out.append("\(number):\(s)")
            case let .tooLong(bytes, number): out.append("\(number):too long \(bytes)")
            case let .invalidUTF8(number): out.append("\(number):invalid")
            case let .unreadable(reason, after): out.append("unreadable after \(after): \(reason)")
            }
        }
        return out
    }

    @Test func handsOutLinesOfAPipeBeforeItIsClosed() throws {
        let pipe = Pipe()
        let reader = LineReader(handle: pipe.fileHandleForReading, maxLineBytes: 100)
        try pipe.fileHandleForWriting.write(contentsOf: Data("{\"a\":1}\r\nsecond\nthi".utf8))
        // The writer keeps the pipe open: the two whole lines must come without waiting for more.
        let got = Mutex<[String]>([])
        let done = DispatchSemaphore(value: 0)
        // The test waits for the thread before it uses the reader again.
        nonisolated(unsafe) let shared = reader
        Thread {
            let lines = Self.texts(shared, count: 2)
            got.withLock { $0 = lines }
            done.signal()
        }.start()
        let timedOut = done.wait(timeout: .now() + 20) == .timedOut
        #expect(!timedOut, "the reader waited for more input than the whole lines it had")
        guard !timedOut else {
            try pipe.fileHandleForWriting.close()
            done.wait()
            return
        }
        #expect(got.withLock { $0 } == ["1:{\"a\":1}", "2:second"])
        // The unfinished line is finished by what follows, and the end of input ends the last one.
        try pipe.fileHandleForWriting.write(contentsOf: Data("rd\nfourth".utf8))
        try pipe.fileHandleForWriting.close()
        #expect(Self.texts(reader) == ["3:third", "4:fourth"])
        #expect(reader.next() == nil)
    }

    @Test func skipsOverlongAndInvalidLinesAcrossReads() throws {
        let scratch = try ScratchDirectory(prefix: "dyad-lines")
        defer { scratch.remove() }
        let dir = scratch.url
        let url = dir.appendingPathComponent("lines.txt")
        // A line longer than one read's buffer (1 MiB), between ordinary lines.
        var data = Data("\u{FEFF}first\n".utf8)
        data.append(Data(repeating: UInt8(ascii: "x"), count: 3 << 20))
        data.append(Data("\nok\n".utf8))
        data.append(Data([0xFF, 0xFE, 0x0A]))
        data.append(Data("last".utf8))
        try data.write(to: url)
        let handle = try FileHandle(forReadingFrom: url)
        defer { try? handle.close() }
        #expect(Self.texts(LineReader(handle: handle, maxLineBytes: 1000))
            == ["1:first", "2:too long \(3 << 20)", "3:ok", "4:invalid", "5:last"])
    }

    @Test func reportsAReadErrorInsteadOfEndingInSilence() throws {
        // A folder opened for reading fails with EISDIR on read(2).
        let scratch = try ScratchDirectory(prefix: "dyad-lines")
        defer { scratch.remove() }
        let dir = scratch.url
        let fd = open(dir.path, O_RDONLY)
        try #require(fd >= 0)
        let handle = FileHandle(fileDescriptor: fd, closeOnDealloc: true)
        let lines = Self.texts(LineReader(handle: handle, maxLineBytes: 1000))
        #expect(lines.count == 1)
        #expect(lines.first?.hasPrefix("unreadable after 0: ") == true, "\(lines)")
    }
}
