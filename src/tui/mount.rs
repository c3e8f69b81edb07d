//! Whether a data folder lies on a network or user-space file system, where file
//! events do not tell of changes made by other machines (SMB/CIFS, NFS, FUSE, 9p on
//! Linux; their kin on macOS; a remote drive or UNC path on Windows): there the
//! reloader also polls (see [`super::reloader`]).
//!
//! What a system reports is turned into an answer by plain functions
//! ([`linux_remote`], [`macos_remote`], [`windows_remote`]), tested with the values
//! each system gives, so the answer for a CIFS mount is tested on a machine without one.

use std::path::Path;

/// The file system a folder is on, as far as watching goes: `Some(its name)` where
/// file events may miss what other machines change.
pub fn remote(dir: &Path) -> Option<String> {
    imp::remote(dir)
}

/// Linux: the network and user-space file systems by `statfs`'s `f_type`.
pub fn linux_remote(f_type: u64) -> Option<&'static str> {
    Some(match f_type {
        0xFF53_4D42 => "cifs",
        0xFE53_4D42 => "smb2",
        0x0000_517B => "smb",
        0x0000_6969 => "nfs",
        0x6573_5546 => "fuse",
        0x0102_1997 => "9p",
        0x5346_414F => "afs",
        0x00C3_6400 => "ceph",
        0x0BD0_0BD0 => "lustre",
        0x4750_4653 => "gpfs",
        _ => return None,
    })
}

/// macOS: by `statfs`'s `f_fstypename`.
pub fn macos_remote(name: &str) -> bool {
    matches!(name, "smbfs" | "nfs" | "afpfs" | "webdav" | "cifs" | "ftp") || name.contains("fuse")
}

/// Windows: a path on a share (`\\server\share\…`, `\\?\UNC\…`), or on a drive Windows
/// reports as remote (`GetDriveTypeW` gives 4, `DRIVE_REMOTE`, for a mapped drive).
pub fn windows_remote(path: &str, drive_type: Option<u32>) -> bool {
    const DRIVE_REMOTE: u32 = 4;
    let unc = path.starts_with("\\\\?\\UNC\\")
        || (path.starts_with("\\\\")
            && !path.starts_with("\\\\?\\")
            && !path.starts_with("\\\\.\\"));
    unc || drive_type == Some(DRIVE_REMOTE)
}

#[cfg(target_os = "linux")]
mod imp {
    use std::os::unix::ffi::OsStrExt as _;
    use std::path::Path;

    pub fn remote(dir: &Path) -> Option<String> {
        let c = std::ffi::CString::new(dir.as_os_str().as_bytes()).ok()?;
        // SAFETY: zeroed memory is a valid `statfs` (plain integers), and the path is a
        // NUL-terminated string that lives through the call.
        let mut st: libc::statfs = unsafe { std::mem::zeroed() };
        let ok = unsafe { libc::statfs(c.as_ptr(), &mut st) } == 0;
        if !ok {
            return None;
        }
        #[allow(clippy::unnecessary_cast, clippy::cast_sign_loss)]
        let f_type = st.f_type as u64 & 0xFFFF_FFFF;
        super::linux_remote(f_type).map(str::to_string)
    }
}

#[cfg(target_os = "macos")]
mod imp {
    use std::os::unix::ffi::OsStrExt as _;
    use std::path::Path;

    pub fn remote(dir: &Path) -> Option<String> {
        let c = std::ffi::CString::new(dir.as_os_str().as_bytes()).ok()?;
        // SAFETY: as on Linux: a zeroed `statfs` is valid, the path lives through the call.
        let mut st: libc::statfs = unsafe { std::mem::zeroed() };
        if unsafe { libc::statfs(c.as_ptr(), &mut st) } != 0 {
            return None;
        }
        let name: Vec<u8> = st
            .f_fstypename
            .iter()
            .take_while(|&&c| c != 0)
            .map(|&c| c as u8)
            .collect();
        let name = String::from_utf8_lossy(&name).into_owned();
        super::macos_remote(&name).then_some(name)
    }
}

#[cfg(windows)]
mod imp {
    use std::os::windows::ffi::OsStrExt as _;
    use std::path::Path;

    pub fn remote(dir: &Path) -> Option<String> {
        let full = std::path::absolute(dir).unwrap_or_else(|_| dir.to_path_buf());
        let text = full.to_string_lossy().into_owned();
        // The root of the drive: `S:\`.
        let root: Option<Vec<u16>> = text.get(..3).filter(|r| r.ends_with(":\\")).map(|r| {
            std::ffi::OsStr::new(r)
                .encode_wide()
                .chain(std::iter::once(0))
                .collect()
        });
        // SAFETY: the root is a NUL-terminated wide string that lives through the call.
        let drive_type = root
            .map(|r| unsafe { windows_sys::Win32::Storage::FileSystem::GetDriveTypeW(r.as_ptr()) });
        super::windows_remote(&text, drive_type).then(|| "remote".to_string())
    }
}

#[cfg(not(any(target_os = "linux", target_os = "macos", windows)))]
mod imp {
    pub fn remote(_dir: &std::path::Path) -> Option<String> {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn network_and_user_space_file_systems_by_what_each_system_reports() {
        assert_eq!(linux_remote(0xFF53_4D42), Some("cifs"));
        assert_eq!(linux_remote(0xFE53_4D42), Some("smb2"));
        assert_eq!(linux_remote(0x6969), Some("nfs"));
        assert_eq!(linux_remote(0x6573_5546), Some("fuse"));
        assert_eq!(linux_remote(0x0102_1997), Some("9p"));
        // ext4, tmpfs, btrfs, xfs, overlayfs: local.
        for local in [0xEF53, 0x0102_1994, 0x9123_683E, 0x5846_5342, 0x794C_7630] {
            assert_eq!(linux_remote(local), None, "{local:x}");
        }
        assert!(macos_remote("smbfs") && macos_remote("nfs") && macos_remote("macfuse"));
        assert!(!macos_remote("apfs") && !macos_remote("hfs"));
        assert!(windows_remote(r"\\rathaus\ikz\Daten", Some(1)));
        assert!(windows_remote(r"\\?\UNC\rathaus\ikz\Daten", None));
        assert!(windows_remote(r"S:\IKZ\Daten", Some(4)));
        assert!(!windows_remote(r"C:\Users\x\Documents\IKZ", Some(3)));
        assert!(!windows_remote(r"\\?\C:\Users\x", Some(3)));
    }

    #[test]
    fn a_folder_that_is_not_there_is_not_remote() {
        let dir = tempfile::tempdir().unwrap();
        assert_eq!(remote(&dir.path().join("missing")), None);
    }
}
