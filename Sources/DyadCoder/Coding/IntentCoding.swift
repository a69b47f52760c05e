/// CAMEO's convention for stated intentions: an intention to cooperate is an 03 event and an
/// intention to act in conflict is a 13 threat, not the action itself ("Obama wants to attack
/// Switzerland" is 138, "Biden will visit Poland" is 036).
enum IntentCoding {
    /// The 03 or 13 code for an intended action coded as `code`, or nil when the code keeps its
    /// meaning under intention (statements, appeals, intents, demands, criticism, threats).
    static func intentCode(for code: String) -> String? {
        if let exact = byCode[code] { return exact }
        if code.count > 3, let three = byCode[String(code.prefix(3))] { return three }
        return byRoot[String(code.prefix(2))]
    }

    static let byRoot: [String: String] = [
        "04": "036", "05": "032", "06": "031", "07": "033", "08": "035",
        "14": "133", "15": "138", "16": "131", "17": "137", "18": "138", "19": "138", "20": "138",
    ]

    /// The 13 code for a threat to do what is coded as `code`, where the act keeps its code as an
    /// intention: a threat to demand, disapprove or reject ("threatened to block the bid", "to
    /// sue") is a threat, not specified (130).
    static func threatCode(for code: String) -> String? {
        ["10", "11", "12"].contains(String(code.prefix(2))) ? "130" : nil
    }

    /// The 12 code for refusing an act of cooperation coded as `code` ("refused to release the
    /// hostages" is 1243, "will not lift sanctions" 1244), or nil for other acts.
    static func refusalCode(for code: String) -> String? {
        if let exact = refusalByCode[code] { return exact }
        if code.count > 3, let three = refusalByCode[String(code.prefix(3))] { return three }
        return refusalByRoot[String(code.prefix(2))]
    }

    /// The code for stopping an ongoing act coded as `code` ("stopped arming the rebels" is 1622,
    /// reduce or stop military aid), or nil where stopping is no act of its own.
    static func cessationCode(for code: String) -> String? {
        cessationByCode[String(code.prefix(3))] ?? (code.hasPrefix("07") ? "162" : nil)
    }

    static let cessationByCode: [String: String] = [
        "071": "1621", "072": "1622", "073": "1623", "062": "1622",
        "190": "087", "193": "087", "194": "087", "195": "087",
    ]

    static let refusalByRoot: [String: String] = ["04": "125", "05": "120", "06": "121", "07": "122", "08": "124"]

    static let refusalByCode: [String: String] = [
        "061": "1211", "062": "1212", "071": "1221", "072": "1222", "073": "1223", "074": "1224",
        "081": "1241", "082": "1242", "084": "1243", "0841": "1243", "085": "1244", "086": "1245", "087": "1246",
        "057": "127",
    ]

    static let byCode: [String: String] = [
        "046": "036", "045": "039", "057": "030",
        "061": "0311", "062": "0312", "063": "0313", "064": "0314",
        "071": "0331", "072": "0332", "073": "0333", "074": "0334",
        "081": "0351", "082": "0352", "083": "034", "084": "0353", "085": "0354", "086": "0355", "087": "0356",
        "161": "1313", "162": "1311", "163": "1312", "164": "1313", "166": "1313",
        "172": "132", "173": "137", "174": "137",
    ]
}
