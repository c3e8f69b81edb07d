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
    /// The language of the locale: `LC_ALL`, else `LC_MESSAGES`, else `LANG` (see
    /// [`Lang::from_variables`]); English where none names a language.
    pub fn from_locale(get: impl Fn(&str) -> Option<String>) -> Lang {
        Lang::from_variables(get).map_or(Lang::En, |(lang, _)| lang)
    }

    /// The language the locale variables ask for, and the variable that asks: the
    /// first of `LC_ALL`, `LC_MESSAGES`, `LANG` that is set and names a language. An
    /// empty one, `C`, `C.UTF-8` and `POSIX` name none (no preference: the next
    /// decides).
    pub fn from_variables(get: impl Fn(&str) -> Option<String>) -> Option<(Lang, &'static str)> {
        ["LC_ALL", "LC_MESSAGES", "LANG"]
            .into_iter()
            .find_map(|v| Some((Lang::of_locale(&get(v)?)?, v)))
    }

    /// The language a locale's name asks for: German for `de…` (`de_DE.UTF-8`,
    /// `de-AT`), English for any other language; `None` for no preference (empty, `C`,
    /// `C.UTF-8`, `POSIX`).
    pub fn of_locale(name: &str) -> Option<Lang> {
        let name = name.trim();
        let language = name.split(['.', '@']).next().unwrap_or(name);
        if language.is_empty() || language == "C" || language == "POSIX" {
            return None;
        }
        let language = language.to_ascii_lowercase();
        let de = language == "de" || language.starts_with("de_") || language.starts_with("de-");
        Some(if de { Lang::De } else { Lang::En })
    }
}
