//! Cell text that a spreadsheet program shows as text and never runs, and that import reads back
//! to the value it came from.

/// The mark import takes off: OWASP's "treat this cell as text" prefix.
const TEXT_MARK: char = '\'';

/// In front of an international phone number instead of the apostrophe.
const PHONE_MARK: char = '\u{a0}';

/// A cell's text as export writes it for `column` (a contract property); `restore` undoes it.
pub(super) fn neutralise(value: &str, column: &str) -> String {
    // Spreadsheets run a cell that starts with = + - @ tab or CR as a formula, which can send the
    // sheet away (HYPERLINK) or start programs (DDE); OWASP's remedy is the apostrophe, their own
    // "this is text" mark. Leading spaces are looked past: an import that trims them would uncover
    // the formula. Read from a file, the apostrophe may stay visible and spoil "+49 …" numbers, so
    // those get a no-break space: invisible, no formula start to Excel, in Windows-1252, trimmed
    // by import; a program that strips it anyway finds only digits and separators, nothing to run.
    // A value's own leading apostrophe is doubled, so that import takes exactly one off.
    let risky = value.trim_start().starts_with(['=', '+', '-', '@']) || value.starts_with(['\t', '\r', TEXT_MARK]);
    if column == "phone" && phone_shaped(value) {
        format!("{PHONE_MARK}{value}")
    } else if risky {
        format!("{TEXT_MARK}{value}")
    } else {
        value.to_string()
    }
}

/// The value a (trimmed) cell stands for: `neutralise` undone.
pub(super) fn restore(cell: &str) -> &str {
    cell.strip_prefix(TEXT_MARK).unwrap_or(cell)
}

/// "+49 4171 8819-0", "+49 (0)4171 8819-0", "+49/4171/88190".
fn phone_shaped(value: &str) -> bool {
    value.strip_prefix('+').is_some_and(|rest| {
        rest.starts_with(|c: char| c.is_ascii_digit())
            && rest.chars().all(|c| c.is_ascii_digit() || " -/().".contains(c))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_phone_numbers_in_the_phone_column_keep_their_plus() {
        assert_eq!(neutralise("+49 4171 8819-0", "phone"), "\u{a0}+49 4171 8819-0");
        assert_eq!(neutralise("+49 (0)4171 8819-0", "phone"), "\u{a0}+49 (0)4171 8819-0");
        assert_eq!(neutralise("+49 4171 8819-0", "name"), "'+49 4171 8819-0");
        assert_eq!(neutralise("+49 4171 =A1", "phone"), "'+49 4171 =A1");
        assert_eq!(neutralise("+", "phone"), "'+");
        assert_eq!(neutralise("  =1+1", "name"), "'  =1+1");
        assert_eq!(neutralise("04171 8819-0", "phone"), "04171 8819-0");
        assert_eq!(neutralise("Bürgerweide 20", "street"), "Bürgerweide 20");
        assert_eq!(restore("''s-Gravenweg"), "'s-Gravenweg");
        assert_eq!(restore("Winsen"), "Winsen");
    }
}
