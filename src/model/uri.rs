//! Percent-encoding for links the model builds (directions) and the shareable URL (state): in the
//! model, the lower layer, so both can use it without the model reaching forward.

/// Percent-encodes everything but unreserved characters (RFC 3986), as UTF-8.
pub fn encode_component(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => out.push(b as char),
            _ => out.push_str(&format!("%{b:02X}")),
        }
    }
    out
}

/// Decodes `%XX` and `+` (as a space); invalid escapes stay as they are.
pub fn decode_component(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'%' if i + 2 < bytes.len() => {
                match u8::from_str_radix(std::str::from_utf8(&bytes[i + 1..i + 3]).unwrap_or("zz"), 16) {
                    Ok(b) => {
                        out.push(b);
                        i += 3;
                        continue;
                    }
                    Err(_) => out.push(b'%'),
                }
            }
            b'+' => out.push(b' '),
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip_and_tolerance() {
        assert_eq!(encode_component("ä ß,&"), "%C3%A4%20%C3%9F%2C%26");
        assert_eq!(decode_component(&encode_component("Kaufmann/-frau ä")), "Kaufmann/-frau ä");
        assert_eq!(decode_component("a+b"), "a b");
        assert_eq!(decode_component("100%"), "100%");
    }
}
