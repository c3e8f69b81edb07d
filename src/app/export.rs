//! `e` in the matrix: which files to write of what it shows — the workbook, the CSV for
//! Excel, the CSV for scripts, Markdown — ticked with space, written with Enter into the
//! export folder (the choice is kept for the next `e`).

use super::keymap::{Action, Context};
use super::screen::{Behavior, Transition};
use super::{App, Effect};
pub use crate::present::export::Kind;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExportState {
    /// Which of [`Kind::ALL`] are ticked.
    pub ticked: [bool; 4],
    /// The row under the cursor.
    pub at: usize,
}

impl ExportState {
    /// The choice made last (at first, the workbook alone).
    pub fn open(app: &App) -> ExportState {
        let ticked = Kind::ALL.map(|k| app.export_kinds.contains(&k));
        ExportState { ticked, at: 0 }
    }

    /// The kinds ticked, in their order.
    pub fn kinds(&self) -> Vec<Kind> {
        Kind::ALL
            .into_iter()
            .zip(self.ticked)
            .filter_map(|(k, t)| t.then_some(k))
            .collect()
    }
}

impl Behavior for ExportState {
    fn context(&self) -> Context {
        Context::Export
    }

    fn is_popup(&self) -> bool {
        true
    }

    fn update(&mut self, app: &mut App, action: Action) -> Transition {
        let last = Kind::ALL.len() - 1;
        match action {
            Action::Down => self.at = (self.at + 1).min(last),
            Action::Up => self.at = self.at.saturating_sub(1),
            Action::MarkCell => {
                if let Some(t) = self.ticked.get_mut(self.at) {
                    *t = !*t;
                }
            }
            Action::Follow => {
                let kinds = self.kinds();
                if kinds.is_empty() {
                    app.message = Some(app.options.lang.texts().matrix.export_none.to_string());
                    return Transition::Stay;
                }
                app.export_kinds.clone_from(&kinds);
                app.request(Effect::Export(kinds));
                return Transition::Pop;
            }
            Action::Back => return Transition::Pop,
            _ => {}
        }
        Transition::Stay
    }
}
