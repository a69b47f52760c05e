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

    /// The text of one paragraph-level block: the inline text between two block boundaries.
    struct Block {
        /// The innermost block-level element that holds the text.
        var element: Int32
        var text: String
        /// UTF-8 length of `text`.
        var length: Int
        /// UTF-8 length of the part of `text` inside links.
        var linkLength: Int
        /// Sentence punctuation marks in the text.
        var punctuation: Int
        /// True when the block ends at a `<br>` rather than an element boundary.
        var endsAtBreak: Bool
    }

    var elements: [Element] = []
    var blocks: [Block] = []
    var metadata = PageMetadata.Raw()
}
