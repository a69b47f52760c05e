/// A parsed page reduced to what extraction needs: its elements in document order (pre-order),
/// the paragraph-level blocks of text they hold, and the metadata found on the way.
struct PageTree {
    struct Element {
        var tag: HTMLTag
        /// Index of the parent element; -1 for the root.
        var parent: Int32
        /// Index of the last element in this one's subtree (pre-order), so `i...end` is the subtree.
        var end: Int32
        /// Content hint from class, id, role and itemprop (see `ContentHints`).
        var hint: Int8
        /// How many furniture elements (negative hint, nav, aside, footer, header) lie on the
        /// path from the root to this element, this one included.
        var furniture: Int32
        /// How many `figure`/`figcaption` elements lie on that path.
        var figure: Int32
        /// How many headings lie on that path.
        var heading: Int32
        /// How many `blockquote` elements lie on that path (quoted posts keep their links).
        var quote: Int32 = 0
    }

    /// One paragraph-level block: the inline text between two block boundaries, kept as a range
    /// of `PageTree.text` (a String is made only for the blocks that are used).
    struct Block {
        /// The innermost block-level element that holds the text.
        var element: Int32
        /// Where the block's UTF-8 text starts in `PageTree.text`.
        var start: Int
        /// UTF-8 length of the text.
        var length: Int
        /// UTF-8 length of the part of the text inside links.
        var linkLength: Int
        /// Sentence punctuation marks in the text.
        var punctuation: Int
        /// True when the block ends at a `<br>` rather than an element boundary.
        var endsAtBreak: Bool
    }

    var elements: [Element] = []
    var blocks: [Block] = []
    /// The text of all blocks, one after the other, as UTF-8 with white space collapsed.
    var text: [UInt8] = []
    var metadata = PageMetadata.Raw()

    /// The text of `block`.
    func string(_ block: Block) -> String {
        text.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[block.start..<(block.start + block.length)]), as: UTF8.self) }
    }

    /// The texts of all blocks, in document order.
    var blockTexts: [String] { blocks.map { string($0) } }
}
