//! Windows-1252, the code page German Excel saves "CSV" in: decoded and encoded here as the WHATWG
//! Encoding Standard does (what encoding_rs does, tested against it), without encoding_rs in the
//! editors' pages: its decoders come as one, and the CJK tables of the others were most of the
//! editors' page's data (issue 33: a first download ≤ 250 KB).

/// The characters of 0x80–0x9F; the rest of the code page is Latin-1. The five bytes Windows
/// leaves empty stand for the C1 controls of the same number, as the standard says.
const HIGH: [char; 32] = [
    '\u{20AC}', '\u{0081}', '\u{201A}', '\u{0192}', '\u{201E}', '\u{2026}', '\u{2020}', '\u{2021}', '\u{02C6}',
    '\u{2030}', '\u{0160}', '\u{2039}', '\u{0152}', '\u{008D}', '\u{017D}', '\u{008F}', '\u{0090}', '\u{2018}',
    '\u{2019}', '\u{201C}', '\u{201D}', '\u{2022}', '\u{2013}', '\u{2014}', '\u{02DC}', '\u{2122}', '\u{0161}',
    '\u{203A}', '\u{0153}', '\u{009D}', '\u{017E}', '\u{0178}',
];

pub fn decode(bytes: &[u8]) -> String {
    bytes.iter().map(|&b| if (0x80..0xA0).contains(&b) { HIGH[usize::from(b - 0x80)] } else { char::from(b) }).collect()
}

/// A character the code page lacks becomes `&#…;` (decimal), which a spreadsheet shows as written.
pub fn encode(text: &str) -> Vec<u8> {
    let mut out = Vec::with_capacity(text.len());
    for c in text.chars() {
        let code = u32::from(c);
        match HIGH.iter().position(|&h| h == c) {
            Some(i) => out.push(0x80 + i as u8),
            None if code < 0x80 || (0xA0..0x100).contains(&code) => out.push(code as u8),
            None => out.extend_from_slice(format!("&#{code};").as_bytes()),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_byte_reads_as_encoding_rs_reads_it() {
        let all: Vec<u8> = (0..=255).collect();
        assert_eq!(decode(&all), encoding_rs::WINDOWS_1252.decode(&all).0);
    }

    #[test]
    fn text_is_written_as_encoding_rs_writes_it() {
        let mut text: String = (0..0x3000u32).filter_map(char::from_u32).collect();
        text.push_str("Straße Köln € „Zitat“ — 🙂 Ölmühle");
        assert_eq!(encode(&text), encoding_rs::WINDOWS_1252.encode(&text).0.into_owned());
        assert_eq!(decode(&encode("Größe: 5 € – „ja“")), "Größe: 5 € – „ja“");
    }
}
