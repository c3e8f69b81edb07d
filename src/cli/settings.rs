//! The settings ikz runs with, each with where it came from: the command line's
//! option, an environment variable, the settings file, the system, or the default.
//! One order for each (README, "Settings"); `ikz config` shows the outcome.

use std::path::{Path, PathBuf};

use crate::data::settings::{Chosen, FileSettings, From, Switch};
use crate::diag::Diagnostic;
use crate::lang::Lang;

fn chosen<T>(value: T, from: From) -> Chosen<T> {
    Chosen { value, from }
}

/// The settings file: where it is, and what it says.
#[derive(Debug, Clone, Default)]
pub struct SettingsFile {
    /// Its place; `None` where the system has no place for settings.
    pub path: Option<PathBuf>,
    /// Whether there is a file there.
    pub exists: bool,
    pub settings: FileSettings,
    /// Its mistakes, located: the settings they concern have their defaults.
    pub problems: Vec<Diagnostic>,
}

impl SettingsFile {
    /// The settings file at `IKZ_CONFIG`, else at the platform's place:
    /// `%APPDATA%\ikz\config.toml`, `$XDG_CONFIG_HOME/ikz/config.toml` (by default
    /// `~/.config/ikz/config.toml`), `~/Library/Application Support/ikz/config.toml`.
    pub fn find(env: &dyn Fn(&str) -> Option<String>) -> SettingsFile {
        let path = env("IKZ_CONFIG")
            .filter(|p| !p.is_empty())
            .map(PathBuf::from)
            .or_else(|| dirs::config_dir().map(|d| d.join("ikz").join("config.toml")));
        match path {
            Some(path) => SettingsFile::at(path),
            None => SettingsFile::default(),
        }
    }

    /// The settings file at `path` (none there: no settings, no problem).
    pub fn at(path: PathBuf) -> SettingsFile {
        let shown = path.display().to_string();
        match std::fs::read(&path) {
            Ok(bytes) => {
                let (settings, problems) = crate::data::settings::read(&shown, bytes);
                SettingsFile {
                    path: Some(path),
                    exists: true,
                    settings,
                    problems,
                }
            }
            Err(e) => {
                let mut file = SettingsFile {
                    path: Some(path),
                    ..SettingsFile::default()
                };
                if e.kind() != std::io::ErrorKind::NotFound {
                    file.exists = true;
                    file.problems.push(Diagnostic {
                        severity: crate::diag::Severity::Error,
                        path: shown,
                        line: 1,
                        col: 1,
                        problem: crate::diag::FileProblem::CannotRead((&e).into()).into(),
                    });
                }
                file
            }
        }
    }
}

/// The language the system is set to, where ikz asks the system (Windows, macOS; on
/// other systems the locale variables are the system's setting).
pub fn system_locale() -> Option<String> {
    #[cfg(any(windows, target_os = "macos"))]
    {
        sys_locale::get_locale()
    }
    #[cfg(not(any(windows, target_os = "macos")))]
    {
        None
    }
}

/// The language: `--lang`, the settings file, `LC_ALL`/`LC_MESSAGES`/`LANG` (`C` and
/// `POSIX` are no preference), the system's language, English.
pub fn lang(
    option: Option<Lang>,
    file: &SettingsFile,
    env: &dyn Fn(&str) -> Option<String>,
    system: Option<&str>,
) -> Chosen<Lang> {
    if let Some(l) = option {
        return chosen(l, From::Option("--lang"));
    }
    if let Some(l) = file.settings.lang {
        return chosen(l, From::File);
    }
    if let Some((l, var)) = Lang::from_variables(env) {
        return chosen(l, From::Variable(var));
    }
    if let Some((l, name)) = system.and_then(|s| Some((Lang::of_locale(s)?, s))) {
        return chosen(l, From::System(name.to_string()));
    }
    chosen(Lang::En, From::Default)
}

/// Every setting, each with where it came from.
#[derive(Debug, Clone)]
pub struct Settings {
    pub file: SettingsFile,
    pub lang: Chosen<Lang>,
    /// The data folder; `None`: the built-in data.
    pub data: Chosen<Option<PathBuf>>,
    /// A data folder the settings file names that cannot be reached: the built-in data
    /// is shown instead, read-only.
    pub unreachable: Option<PathBuf>,
    /// The folder exports go into; `None`: the default (see [`Settings::exports_dir`]).
    pub exports: Chosen<Option<PathBuf>>,
    /// The editor's command; `None`: the system's (see `tui::editor`).
    pub editor: Chosen<Option<String>>,
    pub colors: Chosen<Switch>,
    /// Whether the browser polls the data folder (`auto`: where it is on a network
    /// drive); `--poll` forces it.
    pub poll: Chosen<Switch>,
}

/// What the command line says of the settings.
#[derive(Debug, Clone, Copy, Default)]
pub struct Options<'a> {
    pub lang: Option<Lang>,
    pub data: Option<&'a Path>,
    pub exports: Option<&'a Path>,
    /// `--poll`.
    pub poll: bool,
}

impl Settings {
    /// Each setting by its order: `data` and `exports` the option, the variable, the
    /// file, the default; `lang` as [`lang`] says; `editor` the file, `VISUAL`,
    /// `EDITOR`; `colors` `NO_COLOR`, the file, `auto`.
    pub fn resolve(
        options: Options<'_>,
        file: SettingsFile,
        env: &dyn Fn(&str) -> Option<String>,
        system: Option<&str>,
    ) -> Settings {
        let var = |name: &'static str| {
            env(name)
                .filter(|v| !v.is_empty())
                .map(|v| (v, From::Variable(name)))
        };
        let lang = lang(options.lang, &file, env, system);
        let fs = &file.settings;
        let path_of =
            |option: Option<&Path>, flag: &'static str, variable, written: &Option<String>| {
                let from_option = option.map(|p| chosen(Some(p.to_path_buf()), From::Option(flag)));
                let from_var =
                    || var(variable).map(|(v, from)| chosen(Some(PathBuf::from(v)), from));
                let from_file = || {
                    written
                        .as_ref()
                        .map(|p| chosen(Some(PathBuf::from(p)), From::File))
                };
                from_option
                    .or_else(from_var)
                    .or_else(from_file)
                    .unwrap_or(chosen(None, From::Default))
            };
        let mut data = path_of(options.data, "--data", "IKZ_DATA", &fs.data);
        let mut unreachable = None;
        // The folder of the settings file, set once and for all (a network drive), may be
        // away: the built-in data then, and a note. One given with `--data` or
        // `IKZ_DATA` is read as given (a typo there is an error).
        if let (Some(dir), From::File) = (&data.value, &data.from)
            && !dir.is_dir()
        {
            unreachable = Some(dir.clone());
            data = chosen(None, data.from.clone());
        }
        let exports = path_of(
            options.exports,
            "--export-dir",
            "IKZ_EXPORT_DIR",
            &fs.exports,
        );
        let editor = fs
            .editor
            .clone()
            .map(|e| chosen(Some(e), From::File))
            .or_else(|| var("VISUAL").map(|(v, from)| chosen(Some(v), from)))
            .or_else(|| var("EDITOR").map(|(v, from)| chosen(Some(v), from)))
            .unwrap_or(chosen(None, From::Default));
        let colors = if var("NO_COLOR").is_some() {
            chosen(Switch::Never, From::Variable("NO_COLOR"))
        } else {
            fs.colors.map_or(chosen(Switch::Auto, From::Default), |c| {
                chosen(c, From::File)
            })
        };
        let poll = if options.poll {
            chosen(Switch::Always, From::Option("--poll"))
        } else {
            fs.poll.map_or(chosen(Switch::Auto, From::Default), |p| {
                chosen(p, From::File)
            })
        };
        Settings {
            file,
            lang,
            data,
            unreachable,
            exports,
            editor,
            colors,
            poll,
        }
    }

    /// Where the data comes from.
    pub fn origin(&self) -> crate::data::Origin {
        match &self.data.value {
            Some(dir) => crate::data::Origin::Folder(dir.clone()),
            None => crate::data::Origin::BuiltIn,
        }
    }

    /// Whether the screens use colours: `never` (or `NO_COLOR`) none; `auto` none where
    /// `TERM` names a monochrome terminal (`…-mono`, `…-m`, the DEC VT terminals).
    pub fn color(&self, term: Option<&str>) -> bool {
        let mono = |t: &str| {
            t.ends_with("-mono")
                || t.ends_with("-m")
                || ["vt52", "vt100", "vt102", "vt220", "vt320"].contains(&t)
        };
        match self.colors.value {
            Switch::Never => false,
            Switch::Always => true,
            Switch::Auto => !term.is_some_and(mono),
        }
    }

    /// The folder exports go into: the one chosen (relative to the current folder);
    /// without one, the current folder, unless ikz was started by a double-click or
    /// the current folder cannot be written: then the user's Documents folder. (The
    /// message after an export names the whole path.)
    pub fn exports_dir(&self, double_click: bool) -> PathBuf {
        let here = std::env::current_dir().ok();
        let writable = here
            .as_ref()
            .is_some_and(|h| tempfile::tempfile_in(h).is_ok());
        self.exports_dir_in(here, writable && !double_click, dirs::document_dir())
    }

    /// Where the browser offers to make a data folder of the built-in data: `IKZ-Daten`
    /// in the user's Documents folder, else in the current folder.
    pub fn new_folder(&self) -> PathBuf {
        dirs::document_dir()
            .or_else(|| std::env::current_dir().ok())
            .unwrap_or_default()
            .join("IKZ-Daten")
    }

    /// [`Settings::exports_dir`] from what it finds: the current folder, whether it is
    /// the place for exports (writable, not after a double-click), the Documents folder.
    fn exports_dir_in(
        &self,
        here: Option<PathBuf>,
        here_will_do: bool,
        documents: Option<PathBuf>,
    ) -> PathBuf {
        if let Some(dir) = &self.exports.value {
            return here.map_or_else(|| dir.clone(), |h| h.join(dir));
        }
        match (here, documents) {
            (Some(here), _) if here_will_do => here,
            (_, Some(documents)) => documents,
            (here, None) => here.unwrap_or_default(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env<'a>(pairs: &'a [(&'static str, &'static str)]) -> impl Fn(&str) -> Option<String> + 'a {
        move |k| {
            pairs
                .iter()
                .find(|(n, _)| *n == k)
                .map(|(_, v)| v.to_string())
        }
    }

    fn file(text: &str) -> SettingsFile {
        let (settings, problems) = crate::data::settings::read("config.toml", text.into());
        SettingsFile {
            path: Some("config.toml".into()),
            exists: true,
            settings,
            problems,
        }
    }

    #[test]
    fn the_language_comes_in_one_order() {
        let none = SettingsFile::default();
        let de_file = file("lang = \"de\"");
        let en_locale = env(&[("LANG", "en_GB.UTF-8")]);
        let c_locale = env(&[("LC_ALL", "C"), ("LANG", "POSIX")]);
        let empty = env(&[]);
        // The option first.
        let l = lang(Some(Lang::En), &de_file, &en_locale, Some("de-DE"));
        assert_eq!(l, chosen(Lang::En, From::Option("--lang")));
        // Then the file, above the locale.
        let l = lang(None, &de_file, &en_locale, None);
        assert_eq!(l, chosen(Lang::De, From::File));
        // Then the locale variables.
        let l = lang(None, &none, &en_locale, Some("de-DE"));
        assert_eq!(l, chosen(Lang::En, From::Variable("LANG")));
        // C and POSIX are no preference: the system's language decides.
        let l = lang(None, &none, &c_locale, Some("de-DE"));
        assert_eq!(l, chosen(Lang::De, From::System("de-DE".into())));
        // Then English.
        assert_eq!(
            lang(None, &none, &empty, None),
            chosen(Lang::En, From::Default)
        );
        // A language the file gets wrong is left to the rest of the order.
        let wrong = file("lang = \"fr\"");
        assert_eq!(wrong.problems.len(), 1);
        let l = lang(None, &wrong, &empty, Some("de_AT"));
        assert_eq!(l.value, Lang::De);
    }

    #[test]
    fn every_setting_says_where_it_came_from() {
        let dir = tempfile::tempdir().unwrap();
        let d = dir.path().to_str().unwrap().to_string();
        let f = file(&format!(
            "data = '{d}'\nexports = 'exports'\neditor = 'nano -w'\ncolors = 'never'\n"
        ));
        let s = Settings::resolve(Options::default(), f.clone(), &env(&[]), None);
        assert_eq!(s.data, chosen(Some(PathBuf::from(&d)), From::File));
        assert_eq!(
            s.exports,
            chosen(Some(PathBuf::from("exports")), From::File)
        );
        assert_eq!(s.editor, chosen(Some("nano -w".to_string()), From::File));
        assert_eq!(s.colors, chosen(Switch::Never, From::File));
        assert!(!s.color(None));
        // Variables above the file, options above both; NO_COLOR above all.
        let vars = env(&[
            ("IKZ_DATA", "/nowhere/a"),
            ("IKZ_EXPORT_DIR", "out"),
            ("EDITOR", "vi"),
            ("NO_COLOR", "1"),
        ]);
        let s = Settings::resolve(Options::default(), f.clone(), &vars, None);
        assert_eq!(s.data.from, From::Variable("IKZ_DATA"));
        assert_eq!(
            s.exports,
            chosen(Some(PathBuf::from("out")), From::Variable("IKZ_EXPORT_DIR"))
        );
        assert_eq!(
            s.editor.from,
            From::File,
            "the editor of the file is ikz's own"
        );
        assert_eq!(s.colors, chosen(Switch::Never, From::Variable("NO_COLOR")));
        let options = Options {
            lang: None,
            data: Some(Path::new("/given")),
            exports: Some(Path::new("there")),
            poll: false,
        };
        let s = Settings::resolve(options, f, &vars, None);
        assert_eq!(
            s.data,
            chosen(Some(PathBuf::from("/given")), From::Option("--data"))
        );
        assert_eq!(s.exports.from, From::Option("--export-dir"));
        // Nothing set: the defaults.
        let s = Settings::resolve(Options::default(), SettingsFile::default(), &env(&[]), None);
        assert_eq!(s.data, chosen(None, From::Default));
        assert_eq!(s.editor, chosen(None, From::Default));
        assert_eq!(s.colors, chosen(Switch::Auto, From::Default));
        assert!(s.color(Some("xterm-256color")));
        assert!(!s.color(Some("xterm-mono")));
        assert!(!s.color(Some("vt100")));
    }

    #[test]
    fn a_data_folder_away_gives_the_built_in_data_and_a_note() {
        let f = file("data = '/nowhere/ikz-daten'");
        let s = Settings::resolve(Options::default(), f, &env(&[]), None);
        assert_eq!(s.origin(), crate::data::Origin::BuiltIn);
        assert_eq!(s.unreachable, Some(PathBuf::from("/nowhere/ikz-daten")));
        // One given on the command line is read as it is, and its error shown.
        let options = Options {
            data: Some(Path::new("/nowhere/ikz-daten")),
            ..Options::default()
        };
        let s = Settings::resolve(options, SettingsFile::default(), &env(&[]), None);
        assert_eq!(s.unreachable, None);
        assert!(matches!(s.origin(), crate::data::Origin::Folder(_)));
    }

    #[test]
    fn exports_go_where_people_look() {
        let s = Settings::resolve(Options::default(), SettingsFile::default(), &env(&[]), None);
        let (here, docs) = (
            PathBuf::from("/srv/ikz"),
            PathBuf::from("/home/a/Dokumente"),
        );
        let at = |will_do, documents: Option<&PathBuf>| {
            s.exports_dir_in(Some(here.clone()), will_do, documents.cloned())
        };
        // From a terminal, into the current folder.
        assert_eq!(at(true, Some(&docs)), here);
        // After a double-click, or where the current folder cannot be written: Documents.
        assert_eq!(at(false, Some(&docs)), docs);
        // Without a Documents folder, the current folder all the same.
        assert_eq!(at(false, None), here);
        // A chosen folder always, relative to the current one.
        let f = file("exports = 'Auswertungen'");
        let s = Settings::resolve(Options::default(), f, &env(&[]), None);
        let dir = s.exports_dir_in(Some(here.clone()), false, Some(docs));
        assert_eq!(dir, here.join("Auswertungen"));
    }

    #[test]
    fn exports_go_to_documents_after_a_double_click() {
        let s = Settings::resolve(Options::default(), SettingsFile::default(), &env(&[]), None);
        if let Some(docs) = dirs::document_dir() {
            assert_eq!(s.exports_dir(true), docs);
        }
        let here = std::env::current_dir().unwrap();
        assert_eq!(s.exports_dir(false), here);
    }

    #[test]
    fn a_settings_file_that_is_not_there_is_no_problem() {
        let dir = tempfile::tempdir().unwrap();
        let f = SettingsFile::at(dir.path().join("config.toml"));
        assert!(!f.exists);
        assert!(f.problems.is_empty());
        // A folder where the file should be is a located problem.
        let f = SettingsFile::at(dir.path().to_path_buf());
        assert!(f.exists);
        assert_eq!(f.problems.len(), 1);
    }
}
