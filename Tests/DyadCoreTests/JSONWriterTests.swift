import DyadCore
import Testing

@Suite struct JSONWriterTests {
    func literal(_ s: String) -> String {
        var out = ""
        JSONObjectWriter.appendString(s, to: &out)
        return out
    }

    @Test func stringsAreEscapedOnlyWhereJSONAndJavaScriptNeedIt() {
        #expect(literal("Venezuela backs Russia") == #""Venezuela backs Russia""#)
        #expect(literal("Caracas — “el país”") == #""Caracas — “el país”""#)
        #expect(literal("a \"quote\" and a \\ slash") == #""a \"quote\" and a \\ slash""#)
        #expect(literal("line\nbreak\ttab\r\u{1}") == #""line\nbreak\ttab\r\u0001""#)
        #expect(literal("separator\u{2028}here\u{2029}") == #""separator\u2028here\u2029""#)
    }
}
