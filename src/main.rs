//! `ikz`: parse the command line; without a command open the browser, otherwise run the
//! command, print what it says and exit with its code.

use std::io::{IsTerminal, Write};
use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    let cli = ikz::cli::Cli::parse();
    if cli.command.is_none() && std::io::stdout().is_terminal() {
        let options = cli.app_options(|k| std::env::var(k).ok());
        return match ikz::tui::run(ikz::data::load(&cli.origin()), options) {
            Ok(code) => ExitCode::from(code),
            Err(e) => {
                eprintln!("ikz: the terminal failed: {e}");
                ExitCode::from(ikz::cli::EXIT_USAGE)
            }
        };
    }
    let outcome = ikz::cli::run(&cli);
    // A closed pipe (`ikz members | head -1`) is not an error worth a message.
    let _ = std::io::stdout()
        .lock()
        .write_all(outcome.stdout.as_bytes());
    let _ = std::io::stderr()
        .lock()
        .write_all(outcome.stderr.as_bytes());
    ExitCode::from(outcome.code)
}
