//! `e` on the gaps screen: the user's editor on a data file at a line. Which editor is
//! `$VISUAL`, else `$EDITOR`, else the system's plain one; how to name the line depends on
//! the editor, so the common ones are known by name and the rest get `+line`, which vi,
//! Vim, Neovim, nano, Emacs, micro, Kakoune and joe understand.

use std::path::Path;
use std::process::Command;

/// The editor the user asked for (the first of `VISUAL`, `EDITOR` that is set), or the
/// system's own.
pub fn chosen(get: impl Fn(&str) -> Option<String>) -> String {
    ["VISUAL", "EDITOR"]
        .iter()
        .filter_map(|v| get(v))
        .find(|e| !e.trim().is_empty())
        .unwrap_or_else(|| if cfg!(windows) { "notepad" } else { "vi" }.to_string())
}

/// The command that opens `path` at `line` in `editor`: the editor's words as written
/// (`code --wait` is two), then the file and line the way that editor takes them.
pub fn command(editor: &str, path: &Path, line: usize) -> Option<Command> {
    let mut words = editor.split_whitespace();
    let program = words.next()?;
    let mut cmd = Command::new(program);
    cmd.args(words);
    let name = Path::new(program)
        .file_stem()
        .and_then(|s| s.to_str())
        .unwrap_or(program)
        .to_ascii_lowercase();
    let at = format!("{}:{line}", path.display());
    match name.as_str() {
        // These return at once unless told to wait for the file to close.
        "code" | "codium" | "code-insiders" => cmd.args(["--wait", "--goto", &at]),
        "subl" | "zed" => cmd.args(["--wait", &at]),
        "hx" | "helix" => cmd.arg(&at),
        "notepad" => cmd.arg(path),
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
        assert!(command("   ", Path::new("x"), 1).is_none());
    }

    #[test]
    fn visual_before_editor_and_a_plain_one_without() {
        let env = |pairs: &'static [(&'static str, &'static str)]| {
            move |k: &str| {
                pairs
                    .iter()
                    .find(|(n, _)| *n == k)
                    .map(|(_, v)| v.to_string())
            }
        };
        assert_eq!(chosen(env(&[("EDITOR", "nano"), ("VISUAL", "vim")])), "vim");
        assert_eq!(chosen(env(&[("EDITOR", "nano"), ("VISUAL", " ")])), "nano");
        let plain = if cfg!(windows) { "notepad" } else { "vi" };
        assert_eq!(chosen(env(&[])), plain);
    }
}
