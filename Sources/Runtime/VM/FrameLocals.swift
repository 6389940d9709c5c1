extension Frame {
    /// The frame's namespace as `locals()`, `sys._getframe().f_locals` and
    /// `eval`/`exec` see it: a module or class body's dict itself; for a
    /// function, a new dict of its bound fast locals then its bound cell
    /// and free variables (a snapshot, as CPython's `locals()` in a
    /// function).
    func localsSnapshot() -> PyDict {
        if let d = localsDict { return d }
        if !isFunctionFrame { return globals }
        let d = PyDict()
        for (i, n) in code.varNames.enumerated() where i < locals.count {
            if let v = locals[i] { d.setStr(n, v) }
        }
        let cellNames = code.cellNames + code.freeNames
        let cells = self.cells
        for (i, n) in cellNames.enumerated() where i < cells.count {
            if let v = cells[i].value { d.setStr(n, v) }
        }
        return d
    }
}
