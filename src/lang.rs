//! The two languages of the interface: the foundation that `diag` and `present` share.

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
