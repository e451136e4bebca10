//! Turning contact fields from data into links — the only links the widget ever makes from data.
//! Anything that is not clearly an http(s) address, an e-mail address or a phone number stays text.

/// The http(s) URL for a website field, or `None`. A bare host such as `www.bbs-winsen.de` gets
/// `https://`; any other scheme (`javascript:`, `data:`, `ftp:` …) is refused.
pub fn website_href(raw: &str) -> Option<String> {
    let s = raw.trim();
    if s.is_empty() || s.chars().any(|c| c.is_whitespace() || c.is_control() || "<>\"'`\\".contains(c)) {
        return None;
    }
    let lower = s.to_ascii_lowercase();
    let (url, rest) = if let Some(rest) = lower.strip_prefix("https://").or_else(|| lower.strip_prefix("http://")) {
        (s.to_string(), rest.to_string())
    } else if has_scheme(&lower) || s.starts_with("//") {
        return None;
    } else {
        (format!("https://{s}"), lower.clone())
    };
    let host = rest.split(['/', '?', '#']).next().unwrap_or("");
    let host = host.rsplit('@').next().unwrap_or(host);
    let name = host.split(':').next().unwrap_or("");
    let valid_host = name.contains('.')
        && !name.starts_with('.')
        && !name.ends_with('.')
        && name.chars().all(|c| c.is_alphanumeric() || c == '-' || c == '.');
    let localhost = name == "localhost";
    (valid_host || localhost).then_some(url)
}

/// `scheme:` at the start, where what follows is not a port number.
fn has_scheme(lower: &str) -> bool {
    let Some(colon) = lower.find(':') else {
        return false;
    };
    let scheme = &lower[..colon];
    let after = &lower[colon + 1..];
    scheme.starts_with(|c: char| c.is_ascii_alphabetic())
        && scheme.chars().all(|c| c.is_ascii_alphanumeric() || "+-.".contains(c))
        && !after.starts_with(|c: char| c.is_ascii_digit())
}

/// A website address shortened for display: no scheme, no trailing slash.
pub fn website_label(href: &str) -> String {
    let s = href.strip_prefix("https://").or_else(|| href.strip_prefix("http://")).unwrap_or(href);
    s.trim_end_matches('/').to_string()
}

/// `tel:` link for a phone number as people write it in Germany ("04171 8819-0",
/// "+49 (0) 4171 693-9725", "0800 4 5555 00"), or `None` if it cannot be a number.
pub fn phone_href(raw: &str) -> Option<String> {
    let s = raw.trim().replace("(0)", "");
    let s = s.trim();
    if !s.chars().all(|c| c.is_ascii_digit() || " +-/().\u{a0}".contains(c)) {
        return None;
    }
    let plus = s.starts_with('+');
    if s.chars().skip(1).any(|c| c == '+') {
        return None;
    }
    let digits: String = s.chars().filter(char::is_ascii_digit).collect();
    if !(3..=17).contains(&digits.len()) {
        return None;
    }
    Some(format!("tel:{}{}", if plus { "+" } else { "" }, digits))
}

/// `mailto:` link for a plain e-mail address, or `None`.
pub fn email_href(raw: &str) -> Option<String> {
    let s = raw.trim();
    let (local, domain) = s.split_once('@')?;
    let local_ok = !local.is_empty()
        && local.len() <= 64
        && local.chars().all(|c| c.is_alphanumeric() || "!#$%&*+-/=^_{|}~.".contains(c))
        && !local.starts_with('.')
        && !local.ends_with('.');
    let labels: Vec<&str> = domain.split('.').collect();
    let domain_ok = labels.len() >= 2
        && labels.iter().all(|l| {
            !l.is_empty()
                && !l.starts_with('-')
                && !l.ends_with('-')
                && l.chars().all(|c| c.is_alphanumeric() || c == '-')
        });
    (local_ok && domain_ok).then(|| format!("mailto:{s}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn websites() {
        assert_eq!(website_href("https://bbs-winsen.de/").as_deref(), Some("https://bbs-winsen.de/"));
        assert_eq!(website_href(" bbs-winsen.de ").as_deref(), Some("https://bbs-winsen.de"));
        assert_eq!(
            website_href("www.kvhs-harburg.de/kurse?x=1").as_deref(),
            Some("https://www.kvhs-harburg.de/kurse?x=1")
        );
        assert_eq!(website_href("HTTP://Example.org").as_deref(), Some("HTTP://Example.org"));
        assert_eq!(website_href("example.org:8080/a").as_deref(), Some("https://example.org:8080/a"));
        for bad in [
            "javascript:alert(1)",
            "JavaScript:alert(document.cookie)",
            "data:text/html,<b>x</b>",
            "ftp://example.org",
            "mailto:a@b.de",
            "//evil.example",
            "https://",
            "not a url",
            "bbs winsen",
            "https://exa mple.org",
            "",
            "vbscript:msgbox",
        ] {
            assert_eq!(website_href(bad), None, "{bad}");
        }
        assert_eq!(website_label("https://www.bbs-winsen.de/"), "www.bbs-winsen.de");
    }

    #[test]
    fn phones() {
        assert_eq!(phone_href("04171 8819-0").as_deref(), Some("tel:0417188190"));
        assert_eq!(phone_href("+49 (0) 4171 693-9725").as_deref(), Some("tel:+4941716939725"));
        assert_eq!(phone_href("0800 4 5555 00").as_deref(), Some("tel:08004555500"));
        for bad in ["call me", "12", "0417+1", "javascript:1", ""] {
            assert_eq!(phone_href(bad), None, "{bad}");
        }
    }

    #[test]
    fn emails() {
        assert_eq!(email_href("info@bbs-winsen.de").as_deref(), Some("mailto:info@bbs-winsen.de"));
        for bad in ["info", "a@b", "a b@c.de", "a@b..de", "@c.de", "x@-a.de", "a@b.de?subject=x", "<a@b.de>"] {
            assert_eq!(email_href(bad), None, "{bad}");
        }
    }
}
