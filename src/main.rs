//! `ikz`: parse the command line, run it, print what it says, exit with its code.

use std::io::Write;
use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    let cli = ikz::cli::Cli::parse();
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
