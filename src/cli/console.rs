//! The console ikz runs in, where Windows makes one for it: started by a double-click,
//! `ikz.exe` has a console of its own, which closes the moment it ends.

/// Whether ikz has its console to itself: on Windows, started by a double-click (no
/// arguments, and the console has no other process, no shell); never elsewhere. (A
/// scheduled task with arguments is not a double-click.)
pub fn owns_console() -> bool {
    #[cfg(windows)]
    {
        if std::env::args_os().len() > 1 {
            return false;
        }
        let mut ids = [0u32; 2];
        // SAFETY: the buffer is valid for the two ids its length says.
        let n = unsafe {
            windows_sys::Win32::System::Console::GetConsoleProcessList(ids.as_mut_ptr(), 2)
        };
        n == 1
    }
    #[cfg(not(windows))]
    {
        false
    }
}

/// Before a console of its own closes on an error: says so and waits for Enter, so that
/// the message can be read.
pub fn hold(lang: crate::lang::Lang) {
    use std::io::Write as _;
    let mut err = std::io::stderr();
    let _ = write!(err, "\n{} ", lang.texts().cli.press_enter);
    let _ = err.flush();
    let mut line = String::new();
    let _ = std::io::stdin().read_line(&mut line);
}
