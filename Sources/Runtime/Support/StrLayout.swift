/// Python `str` padding and tab expansion over code points (CPython 3.11):
/// `center` puts an odd extra space on the left only when the width is odd
/// (`'ab'.center(5) == '  ab '`, `'abc'.center(6) == ' abc  '`), `zfill`
/// keeps a leading sign in front, `expandtabs` restarts columns at `\n`/`\r`.
extension StrAlgorithms {
    /// `s.center(width, fill)`.
    public static func center(_ s: Scalars, width: Int, fill: Unicode.Scalar = " ") -> Scalars {
        if s.count >= width { return s }
        let margin = width - s.count
        let left = margin / 2 + (margin & width & 1)
        return pad(s, left: left, right: margin - left, fill: fill)
    }

    /// `s.ljust(width, fill)`.
    public static func ljust(_ s: Scalars, width: Int, fill: Unicode.Scalar = " ") -> Scalars {
        s.count >= width ? s : pad(s, left: 0, right: width - s.count, fill: fill)
    }

    /// `s.rjust(width, fill)`.
    public static func rjust(_ s: Scalars, width: Int, fill: Unicode.Scalar = " ") -> Scalars {
        s.count >= width ? s : pad(s, left: width - s.count, right: 0, fill: fill)
    }

    /// `s.zfill(width)`: zeros after any leading `+`/`-`.
    public static func zfill(_ s: Scalars, width: Int) -> Scalars {
        if s.count >= width { return s }
        var out = pad(s, left: width - s.count, right: 0, fill: "0")
        let fillCount = width - s.count
        if let first = s.first, first == "+" || first == "-" {
            out[0] = first
            out[fillCount] = "0"
        }
        return out
    }

    private static func pad(_ s: Scalars, left: Int, right: Int, fill: Unicode.Scalar) -> Scalars {
        Array(repeating: fill, count: left) + s + Array(repeating: fill, count: right)
    }

    /// `s.expandtabs(tabsize)`.
    public static func expandtabs(_ s: Scalars, tabsize: Int = 8) -> Scalars {
        var out: Scalars = []
        var column = 0
        for c in s {
            switch c {
            case "\t":
                if tabsize > 0 {
                    let spaces = tabsize - column % tabsize
                    out.append(contentsOf: Array(repeating: " ", count: spaces))
                    column += spaces
                }
            case "\n", "\r":
                out.append(c)
                column = 0
            default:
                out.append(c)
                column += 1
            }
        }
        return out
    }
}
