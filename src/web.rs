//! Web addresses: the one kind of address that `o` opens and a link on screen leads to.
//!
//! A source's `url` comes from a data file that anyone with access to a shared folder may
//! have written. Handed to a browser or an opener as it is, `file:///…`, `javascript:…`
//! or a text starting with `-` (an option to the opener) would do what the file's author
//! wanted, not what the user asked for. So an address is parsed, only `http` and `https`
//! with a host pass, and what is passed on is the parsed address written out again: it
//! starts with `http`, so no program can take it for an option.

use url::Url;

/// A parsed `http` or `https` address with a host.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WebAddress(Url);

/// Why an address is not a web address.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum NotWeb {
    /// Not an address at all: a path, a word, an option such as `-S …`, or `http://`
    /// without a host.
    NotAnAddress,
    /// An address of another kind, by its scheme: `file`, `javascript`, `mailto`, …
    Scheme(String),
}

impl WebAddress {
    pub fn parse(text: &str) -> Result<Self, NotWeb> {
        let url = Url::parse(text.trim()).map_err(|_| NotWeb::NotAnAddress)?;
        match url.scheme() {
            "http" | "https" if url.host_str().is_some_and(|h| !h.is_empty()) => {
                Ok(WebAddress(url))
            }
            "http" | "https" => Err(NotWeb::NotAnAddress),
            other => Err(NotWeb::Scheme(other.to_string())),
        }
    }

    /// The address as written out after parsing: `http://…` or `https://…`.
    pub fn as_str(&self) -> &str {
        self.0.as_str()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn web_addresses_pass_written_out_again() {
        let a = WebAddress::parse("https://ikz.imkreisgg.de").unwrap();
        assert_eq!(a.as_str(), "https://ikz.imkreisgg.de/");
        let b = WebAddress::parse("HTTP://Example.org/a b?x=ä").unwrap();
        assert_eq!(b.as_str(), "http://example.org/a%20b?x=%C3%A4");
        // The addresses of the shipped sources keep their form (percent-encoded already).
        let gigu = "https://www.gigu.de/sv_ginsheim_gustavsburg/de/Stadt%20&%20Rathaus/";
        assert_eq!(WebAddress::parse(gigu).unwrap().as_str(), gigu);
    }

    #[test]
    fn anything_else_says_why_not() {
        for (text, why) in [
            ("-S touch /tmp/pwned", NotWeb::NotAnAddress),
            ("--help", NotWeb::NotAnAddress),
            ("/etc/passwd", NotWeb::NotAnAddress),
            (
                "C:\\Windows\\system32\\calc.exe",
                NotWeb::Scheme("c".into()),
            ),
            ("ikz.imkreisgg.de", NotWeb::NotAnAddress),
            ("http://", NotWeb::NotAnAddress),
            ("file:///etc/passwd", NotWeb::Scheme("file".into())),
            ("javascript:alert(1)", NotWeb::Scheme("javascript".into())),
            ("mailto:ikz@example.org", NotWeb::Scheme("mailto".into())),
            ("", NotWeb::NotAnAddress),
        ] {
            assert_eq!(WebAddress::parse(text), Err(why), "{text}");
        }
    }

    #[test]
    fn no_address_that_passes_starts_with_a_dash() {
        for text in ["https://-x.example.org", "http://a.b/-c", " https://a.b"] {
            if let Ok(a) = WebAddress::parse(text) {
                assert!(a.as_str().starts_with("http"), "{text}");
            }
        }
    }
}
