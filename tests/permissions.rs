//! Exported files are created as any new file is, with the user's umask taken off: under
//! the usual umask 022 colleagues on a shared drive can read them (0644). The umask is
//! the process's, so this file is a test program of its own, with one test.

#![cfg(unix)]
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::os::unix::fs::PermissionsExt;

use ikz::data::{Origin, load};
use ikz::present::export;
use ikz::query::grid::{Grid, Keys, Spec};
use nix::sys::stat::{Mode, umask};

fn mode(path: &std::path::Path) -> u32 {
    std::fs::metadata(path).unwrap().permissions().mode() & 0o777
}

#[test]
fn exports_follow_the_umask() {
    let model = load(&Origin::BuiltIn).model;
    let grid = Grid::build(&model, &Keys::new(&model), Spec::default());
    for (mask, expected) in [(0o022, 0o644), (0o027, 0o640), (0o077, 0o600)] {
        umask(Mode::from_bits_truncate(mask));
        let dir = tempfile::tempdir().unwrap();
        let files = export::write(
            dir.path(),
            &model,
            &grid,
            ikz::present::words::Lang::En,
            &export::Kind::ALL,
            &Default::default(),
        )
        .unwrap();
        for path in &files.files {
            assert_eq!(
                mode(path),
                expected,
                "{} under umask {mask:03o}",
                path.display()
            );
        }
    }
    umask(Mode::from_bits_truncate(0o022));
}
