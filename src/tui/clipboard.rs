//! `y`: the text to the clipboard the user pastes from, by the way that reaches it.
//! - Inside tmux: tmux's paste buffer (`tmux load-buffer -w -`), which tmux also hands
//!   to the terminal's clipboard where its `set-clipboard` option lets it.
//! - Over SSH: the terminal's clipboard through OSC 52 (the system's clipboard is on the
//!   other machine).
//! - On the user's own machine: the system's clipboard (Windows' old console and many
//!   Linux terminals pass no OSC 52); where there is none (no display), OSC 52.

use std::io::Write as _;
use std::process::{Command, Stdio};

/// How the text is to be copied.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Way {
    Tmux,
    Terminal,
    System,
}

use crate::app::Copied;

/// The way for the environment ikz runs in.
pub fn way(env: &dyn Fn(&str) -> Option<String>) -> Way {
    let set = |k: &str| env(k).is_some_and(|v| !v.is_empty());
    if set("TMUX") {
        Way::Tmux
    } else if set("SSH_CONNECTION") || set("SSH_TTY") || set("SSH_CLIENT") {
        Way::Terminal
    } else {
        Way::System
    }
}

/// The system's clipboard, opened at the first copy and kept: on Linux the copied text
/// is served by this process for as long as it holds the clipboard.
#[derive(Default)]
pub struct Clipboard {
    system: Option<arboard::Clipboard>,
}

impl Clipboard {
    /// Copies `text` the way the environment asks for, falling back to OSC 52 where
    /// tmux or the system's clipboard fail.
    pub fn copy(
        &mut self,
        text: &str,
        env: &dyn Fn(&str) -> Option<String>,
    ) -> std::io::Result<Copied> {
        match way(env) {
            Way::Tmux => match tmux(text) {
                Some(copied) => return Ok(copied),
                None => terminal(text)?,
            },
            Way::Terminal => terminal(text)?,
            Way::System => {
                if self.system.is_none() {
                    self.system = arboard::Clipboard::new().ok();
                }
                if let Some(clipboard) = self.system.as_mut()
                    && clipboard.set_text(text).is_ok()
                {
                    return Ok(Copied::System);
                }
                terminal(text)?;
            }
        }
        Ok(Copied::Terminal)
    }
}

/// OSC 52 to the terminal, through crossterm.
fn terminal(text: &str) -> std::io::Result<()> {
    let mut out = std::io::stdout().lock();
    ratatui::crossterm::execute!(
        out,
        ratatui::crossterm::clipboard::CopyToClipboard::to_clipboard_from(text)
    )?;
    out.flush()
}

/// Into tmux's buffer: `tmux load-buffer -w -` with the text on its input; then whether
/// tmux passes it on to the terminal (`set-clipboard` not `off`). `None` where tmux
/// cannot be run or refuses.
fn tmux(text: &str) -> Option<Copied> {
    let mut child = Command::new("tmux")
        .args(["load-buffer", "-w", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .ok()?;
    if let Some(mut input) = child.stdin.take() {
        input.write_all(text.as_bytes()).ok()?;
    }
    if !child.wait().ok()?.success() {
        return None;
    }
    let option = Command::new("tmux")
        .args(["show-options", "-gv", "set-clipboard"])
        .stderr(Stdio::null())
        .output()
        .ok()?;
    let value = String::from_utf8_lossy(&option.stdout).trim().to_string();
    Some(if value == "off" {
        Copied::TmuxOnly
    } else {
        Copied::Tmux
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env<'a>(pairs: &'a [(&str, &str)]) -> impl Fn(&str) -> Option<String> + 'a {
        move |k| {
            pairs
                .iter()
                .find(|(n, _)| *n == k)
                .map(|(_, v)| v.to_string())
        }
    }

    #[test]
    fn tmux_first_then_ssh_then_the_system() {
        assert_eq!(
            way(&env(&[
                ("TMUX", "/tmp/tmux-0/default,1,0"),
                ("SSH_TTY", "/dev/pts/1")
            ])),
            Way::Tmux
        );
        assert_eq!(
            way(&env(&[("SSH_CONNECTION", "10.0.0.1 5 10.0.0.2 22")])),
            Way::Terminal
        );
        assert_eq!(way(&env(&[("SSH_TTY", "/dev/pts/1")])), Way::Terminal);
        assert_eq!(way(&env(&[("TMUX", "")])), Way::System);
        assert_eq!(way(&env(&[])), Way::System);
    }
}
