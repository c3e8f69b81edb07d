//! The two languages of the interface, and words and messages in both: the foundation
//! that `text` and `diag` share.

/// The language of the interface: of the screens, the command line and the messages
/// about the data.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum Lang {
    De,
    #[default]
    En,
}

impl Lang {
    /// The language of the locale: `LC_ALL`, else `LC_MESSAGES`, else `LANG`; German if
    /// it starts with "de", English otherwise. The first variable that is set decides.
    pub fn from_locale(get: impl Fn(&str) -> Option<String>) -> Lang {
        let locale = ["LC_ALL", "LC_MESSAGES", "LANG"]
            .iter()
            .find_map(|v| get(v).filter(|s| !s.is_empty()));
        match locale {
            Some(l) if l.to_ascii_lowercase().starts_with("de") => Lang::De,
            _ => Lang::En,
        }
    }
}

/// A message in both languages of the interface, written where the problem is found:
/// the data is loaded once, and the screen or command that shows it chooses.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Said {
    en: String,
    de: String,
}

impl Said {
    pub fn new(en: impl Into<String>, de: impl Into<String>) -> Said {
        Said {
            en: en.into(),
            de: de.into(),
        }
    }

    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::En => &self.en,
            Lang::De => &self.de,
        }
    }
}

/// A word in both languages, for messages that name what they speak of.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Noun {
    pub en: &'static str,
    pub de: &'static str,
}

impl Noun {
    pub const fn new(en: &'static str, de: &'static str) -> Noun {
        Noun { en, de }
    }
}

/// `said!("english {x}", "deutsch {x}")`: a [`Said`] of two format strings over the same
/// variables.
macro_rules! said {
    ($en:literal, $de:literal $(,)?) => {
        $crate::lang::Said::new(format!($en), format!($de))
    };
}
pub(crate) use said;
