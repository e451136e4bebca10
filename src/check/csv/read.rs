//! A table as the editors hand it in, read one way for the command line (`import`, `check`) and
//! the check page: a CSV as Excel or LibreOffice saves it.

use super::import::{Imported, csv_rows, decode, import_rows};
use super::{Placing, Words};
use crate::model::Lang;

/// The places of the table `name` (its bytes): categories in `words`, rows without coordinates
/// placed by `placing`. Err says why the file could not be read at all.
pub fn read(name: &str, bytes: &[u8], lang: Lang, words: &Words, placing: &Placing) -> Result<Imported, String> {
    let _ = name;
    let (headers, rows, lines) = csv_rows(&decode(bytes));
    Ok(import_rows(headers, rows, lines, lang, words, placing))
}
