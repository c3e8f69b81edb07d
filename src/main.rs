//! `ikz`: read the settings and the command line; without a command open the browser,
//! otherwise run the command, print what it says and exit with its code.

use std::io::{BufWriter, IsTerminal, Write};
use std::process::ExitCode;

use ikz::cli::console;
use ikz::cli::settings::{SettingsFile, system_locale};

fn main() -> ExitCode {
    let env = |k: &str| std::env::var(k).ok();
    let file = SettingsFile::find(&env);
    let system = system_locale();
    let lang = ikz::cli::lang_of_args(std::env::args_os(), &file, &env, system.as_deref());
    // Started by a double-click: a window of its own, which must not close on an error
    // before it can be read, and exports go where people look.
    let own_window = console::owns_console();
    let code = run(file, system.as_deref(), lang, own_window);
    if code != ikz::cli::EXIT_OK && own_window {
        console::hold(lang);
    }
    ExitCode::from(code)
}

fn run(file: SettingsFile, system: Option<&str>, lang: ikz::lang::Lang, own_window: bool) -> u8 {
    let env = |k: &str| std::env::var(k).ok();
    let cli = match ikz::cli::Cli::try_parse_in(lang) {
        Ok(cli) => cli,
        Err(e) => return ikz::cli::refused(&e, lang),
    };
    let settings = cli.settings(file, &env, system);
    // Without a command, in a terminal, the browser; `-o FILE` asks for the overview.
    if cli.command.is_none() && cli.output.is_none() && std::io::stdout().is_terminal() {
        if let Some(why) = ikz::cli::no_full_screen(env("TERM").as_deref(), lang) {
            say_error(&why, !ikz::text::utf8_locale(env));
            return ikz::cli::EXIT_USAGE;
        }
        let exports = settings.exports_dir(own_window);
        let start = ikz::tui::Start {
            origin: settings.origin(),
            options: cli.app_options(&settings, &env),
            exports,
            note: ikz::cli::settings_note(lang, &settings),
            editor: settings.editor.value.clone(),
            poll: settings.poll.value,
            settings_file: settings.file.path.clone(),
            new_folder: settings.new_folder(),
        };
        return match ikz::tui::run(start) {
            Ok(code) => code,
            Err(e) => {
                eprintln!("ikz: {}: {e}", lang.texts().cli.terminal_failed);
                ikz::cli::EXIT_USAGE
            }
        };
    }
    // A terminal whose locale is not UTF-8 gets what it can show: ASCII, German letters
    // as two (ä → ae). A file or a pipe gets UTF-8 as always.
    let ascii = !ikz::text::utf8_locale(env);
    let stdout = std::io::stdout();
    // The tables are measured as shown there, unless `-o` writes them into a file.
    let into_file = cli
        .output
        .as_deref()
        .is_some_and(|p| p != std::path::Path::new("-"));
    ikz::text::set_ascii_output(ascii && stdout.is_terminal() && !into_file);
    let mut out: BufWriter<Box<dyn Write>> = if ascii && stdout.is_terminal() {
        BufWriter::new(Box::new(ikz::text::AsciiLines::new(stdout.lock())))
    } else {
        BufWriter::new(Box::new(stdout.lock()))
    };
    let outcome =
        ikz::cli::run_to(&cli, &settings, &mut out).and_then(|outcome| match out.flush() {
            // The reader went away at the end: the command's own exit code stands.
            Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => Err(e),
            _ => Ok(outcome),
        });
    match outcome {
        Ok(outcome) => {
            say_error(&outcome.stderr, ascii);
            outcome.code
        }
        // The reader went away (`ikz matrix | head -1`): end quietly, as Unix tools do.
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => ikz::cli::EXIT_OK,
        Err(e) => {
            // What is still buffered cannot be written either: drop it, not retry it.
            std::mem::forget(out);
            eprintln!("{}", ikz::cli::output_error(&e, lang));
            ikz::cli::EXIT_OUTPUT
        }
    }
}

/// Writes `text` to standard error: as ASCII (German letters as two) to a terminal that
/// shows no more (`ascii`), else as it is.
fn say_error(text: &str, ascii: bool) {
    let stderr = std::io::stderr();
    let _ = if ascii && stderr.is_terminal() {
        let mut err = ikz::text::AsciiLines::new(stderr.lock());
        err.write_all(text.as_bytes()).and_then(|()| err.flush())
    } else {
        stderr.lock().write_all(text.as_bytes())
    };
}
