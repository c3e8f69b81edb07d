//! `e` on the gaps screen: the user's editor on a data file at a line. Which editor is
//! the `editor` setting, else `$VISUAL`, else `$EDITOR` (see `cli::settings`), else the
//! system's plain one: Notepad on Windows, the first of nano and vi on Unix. How to name
//! the line depends on the editor, so the common ones are known by name and the rest get
//! `+line`, which vi, Vim, Neovim, nano, Emacs, micro, Kakoune and joe understand.

use std::path::Path;
use std::process::Command;

/// The editor to start: the one chosen, or the system's own (`true`: no editor was
/// chosen, so the message names the one used).
pub fn chosen(setting: Option<&str>, path: Option<std::ffi::OsString>) -> (String, bool) {
    match setting.filter(|e| !e.trim().is_empty()) {
        Some(e) => (e.to_string(), false),
        None => (plain(path), true),
    }
}

/// The system's plain editor: Notepad on Windows; on Unix the first of nano and vi that
/// is on the `PATH` (vi where neither is, for the message).
fn plain(path: Option<std::ffi::OsString>) -> String {
    if cfg!(windows) {
        return "notepad".to_string();
    }
    let dirs: Vec<std::path::PathBuf> =
        path.map_or_else(Vec::new, |p| std::env::split_paths(&p).collect());
    ["nano", "vi"]
        .into_iter()
        .find(|name| dirs.iter().any(|d| d.join(name).is_file()))
        .unwrap_or("vi")
        .to_string()
}

/// The editor's command as words. On Windows a value that names an existing file is the
/// program as it is (`C:\Program Files\Notepad++\notepad++.exe`, spaces and all);
/// otherwise it is split by Windows' rules (quotes group, backslashes stay). On Unix it
/// is split as the shell would (`'my editor' -w`). `None` for nothing, or an unclosed
/// quote.
pub fn words(editor: &str, windows: bool, is_file: impl Fn(&str) -> bool) -> Option<Vec<String>> {
    let editor = editor.trim();
    if editor.is_empty() {
        return None;
    }
    if windows {
        let unquoted = editor.trim_matches('"');
        if is_file(unquoted) {
            return Some(vec![unquoted.to_string()]);
        }
        let words = windows_words(editor);
        return (!words.is_empty()).then_some(words);
    }
    shlex::split(editor).filter(|w| !w.is_empty())
}

/// Splits a command line as Windows' programs read theirs (`CommandLineToArgvW`):
/// spaces and tabs outside quotes separate; a quote opens or closes a quoted part; `2n`
/// backslashes before a quote are `n` backslashes, `2n+1` are `n` and a quote in the
/// word; backslashes elsewhere are themselves.
fn windows_words(line: &str) -> Vec<String> {
    let mut words = Vec::new();
    let mut word = String::new();
    let mut in_word = false;
    let mut quoted = false;
    let mut backslashes = 0usize;
    for c in line.chars() {
        match c {
            '\\' => {
                backslashes += 1;
                in_word = true;
            }
            '"' => {
                word.extend(std::iter::repeat_n('\\', backslashes / 2));
                if backslashes % 2 == 1 {
                    word.push('"');
                } else {
                    quoted = !quoted;
                }
                backslashes = 0;
                in_word = true;
            }
            ' ' | '\t' if !quoted => {
                word.extend(std::iter::repeat_n('\\', backslashes));
                backslashes = 0;
                if in_word {
                    words.push(std::mem::take(&mut word));
                    in_word = false;
                }
            }
            _ => {
                word.extend(std::iter::repeat_n('\\', backslashes));
                backslashes = 0;
                word.push(c);
                in_word = true;
            }
        }
    }
    word.extend(std::iter::repeat_n('\\', backslashes));
    if in_word {
        words.push(word);
    }
    words
}

/// The command that opens `path` at `line` in `editor`: the editor's words (see
/// [`words`]; `code --wait` is two), then the file and line the way that editor takes
/// them.
pub fn command(editor: &str, path: &Path, line: usize) -> Option<Command> {
    // A relative path that begins with `-` (a data folder named `-dd`) would be read as
    // an option: it goes as `./-dd/…`.
    let dotted;
    let path = if path.is_relative() && path.to_string_lossy().starts_with('-') {
        dotted = Path::new(".").join(path);
        dotted.as_path()
    } else {
        path
    };
    let words = words(editor, cfg!(windows), |p| Path::new(p).is_file())?;
    let (program, rest) = words.split_first()?;
    let mut cmd = Command::new(program);
    cmd.args(rest);
    let name = program
        .rsplit(['/', '\\'])
        .next()
        .unwrap_or(program)
        .to_ascii_lowercase();
    let name = [".exe", ".cmd", ".bat"]
        .iter()
        .find_map(|ext| name.strip_suffix(ext))
        .unwrap_or(&name);
    let at = format!("{}:{line}", path.display());
    match name {
        // These return at once unless told to wait for the file to close.
        "code" | "codium" | "code-insiders" => cmd.args(["--wait", "--goto", &at]),
        "subl" | "zed" => cmd.args(["--wait", &at]),
        "hx" | "helix" => cmd.arg(&at),
        "notepad" => cmd.arg(path),
        "notepad++" => cmd.arg(format!("-n{line}")).arg(path),
        _ => cmd.arg(format!("+{line}")).arg(path),
    };
    Some(cmd)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(editor: &str) -> Vec<String> {
        let cmd = command(editor, Path::new("data/p.toml"), 8).unwrap();
        std::iter::once(cmd.get_program())
            .chain(cmd.get_args())
            .map(|a| a.to_string_lossy().into_owned())
            .collect()
    }

    #[test]
    fn each_editor_gets_the_line_its_way() {
        assert_eq!(args("vim"), ["vim", "+8", "data/p.toml"]);
        // A folder named like an option is never one.
        let cmd = command("vim", Path::new("-dd/p.toml"), 3).unwrap();
        let got: Vec<String> = cmd
            .get_args()
            .map(|a| a.to_string_lossy().into_owned())
            .collect();
        assert_eq!(got, ["+3", "./-dd/p.toml"]);
        assert_eq!(
            args("/usr/bin/nano"),
            ["/usr/bin/nano", "+8", "data/p.toml"]
        );
        assert_eq!(args("emacs -nw"), ["emacs", "-nw", "+8", "data/p.toml"]);
        assert_eq!(
            args("code --new-window"),
            ["code", "--new-window", "--wait", "--goto", "data/p.toml:8"]
        );
        assert_eq!(args("hx"), ["hx", "data/p.toml:8"]);
        assert_eq!(args("notepad"), ["notepad", "data/p.toml"]);
        // On Windows, VS Code is `code.cmd`: known by its name all the same.
        assert_eq!(args("code.cmd")[1..], ["--wait", "--goto", "data/p.toml:8"]);
        assert!(command("   ", Path::new("x"), 1).is_none());
    }

    #[test]
    fn unix_editors_are_split_as_the_shell_would() {
        let unix = |e: &str| words(e, false, |_| false);
        assert_eq!(unix("code --wait").unwrap(), ["code", "--wait"]);
        assert_eq!(
            unix("'/opt/My Editor/bin/edit' -w").unwrap(),
            ["/opt/My Editor/bin/edit", "-w"]
        );
        assert_eq!(
            unix(r#""/opt/My Editor/edit" --title "Daten IKZ""#).unwrap(),
            ["/opt/My Editor/edit", "--title", "Daten IKZ"]
        );
        assert_eq!(unix(r"my\ editor").unwrap(), ["my editor"]);
        // An unclosed quote starts nothing.
        assert_eq!(unix("'nano"), None);
        assert_eq!(unix(""), None);
    }

    #[test]
    fn windows_editors_with_spaces_quotes_and_without() {
        let npp = r"C:\Program Files\Notepad++\notepad++.exe";
        let exists = |p: &str| p == npp;
        let win = |e: &str| words(e, true, exists).unwrap();
        // A path that names a file is the program, spaces and all; quoted or not.
        assert_eq!(win(npp), [npp]);
        assert_eq!(win(&format!("\"{npp}\"")), [npp]);
        // Quoted with arguments: Windows' rules; backslashes stay.
        assert_eq!(
            win(&format!("\"{npp}\" -multiInst -nosession")),
            [npp, "-multiInst", "-nosession"]
        );
        assert_eq!(
            win(r"C:\Tools\vim.exe -u NONE"),
            [r"C:\Tools\vim.exe", "-u", "NONE"]
        );
        assert_eq!(win("notepad"), ["notepad"]);
        // Backslashes before a quote: halved, and an odd one makes the quote literal.
        assert_eq!(windows_words(r#"a\\"b c" d\"e"#), [r"a\b c", r#"d"e"#]);
        assert_eq!(windows_words(r#""" x"#), ["", "x"]);
    }

    #[test]
    fn notepad_plus_plus_gets_its_line_option() {
        let cmd = command("notepad++", Path::new("p.toml"), 12).unwrap();
        let args: Vec<_> = cmd
            .get_args()
            .map(|a| a.to_string_lossy().into_owned())
            .collect();
        assert_eq!(args, ["-n12", "p.toml"]);
    }

    #[test]
    fn the_setting_or_a_plain_editor_named() {
        assert_eq!(chosen(Some("vim"), None), ("vim".to_string(), false));
        assert!(chosen(Some("  "), None).1);
        let bin = tempfile::tempdir().unwrap();
        std::fs::write(bin.path().join("vi"), "").unwrap();
        let path = Some(bin.path().as_os_str().to_owned());
        let plain = if cfg!(windows) { "notepad" } else { "vi" };
        assert_eq!(chosen(None, path.clone()), (plain.to_string(), true));
        std::fs::write(bin.path().join("nano"), "").unwrap();
        let plain = if cfg!(windows) { "notepad" } else { "nano" };
        assert_eq!(chosen(None, path), (plain.to_string(), true));
    }
}
