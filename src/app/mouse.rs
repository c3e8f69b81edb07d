//! The mouse in the browser: a click selects and focuses, the wheel scrolls the pane
//! under the pointer. (The matrix view's mouse is in `matrix.rs`.)

use ratatui::crossterm::event::{MouseButton, MouseEvent, MouseEventKind};
use ratatui::layout::Position;

use super::{App, Context, Pane, View, layout_height};
use crate::model::MemberIdx;
use crate::present::layout;

impl App {
    /// A mouse event, in whichever view is shown.
    pub(super) fn mouse(&mut self, m: MouseEvent) {
        if self.view == View::Browser {
            self.browser_mouse(m);
        } else if self.context() == Context::Overlay {
            if let MouseEventKind::Down(_) = m.kind {
                self.overlay = None;
            }
        } else if self.errors.is_empty() {
            self.matrix_mouse(m);
        }
    }

    fn browser_mouse(&mut self, m: MouseEvent) {
        let Some(areas) = layout::areas(self.size) else {
            return;
        };
        let at = Position::new(m.column, m.row);
        let panes = [
            (Pane::Years, areas.years),
            (Pane::Projects, areas.projects),
            (Pane::Members, areas.members),
            (Pane::Detail, areas.detail),
        ];
        let Some(&(pane, area)) = panes.iter().find(|(_, a)| a.contains(at)) else {
            return;
        };
        match m.kind {
            MouseEventKind::Down(MouseButton::Left) => {
                if self.context() != Context::Browser {
                    if self.context() == Context::Overlay {
                        self.overlay = None;
                    }
                    return;
                }
                self.message = None;
                self.focus_pane(pane);
                let inner = layout::inner(area);
                if pane != Pane::Detail && inner.contains(at) {
                    let row = self.offsets[pane.index()] + usize::from(at.y - inner.y);
                    if row < self.rows(pane) {
                        self.select_row(pane, row);
                    }
                }
            }
            MouseEventKind::ScrollDown | MouseEventKind::ScrollUp
                if self.context() == Context::Browser =>
            {
                let down = m.kind == MouseEventKind::ScrollDown;
                let height = layout_height(self, pane);
                let max = self.rows(pane).saturating_sub(height);
                let o = &mut self.offsets[pane.index()];
                *o = if down {
                    (*o + 3).min(max)
                } else {
                    o.saturating_sub(3)
                };
            }
            _ => {}
        }
    }

    fn select_row(&mut self, pane: Pane, row: usize) {
        match pane {
            Pane::Years => self.set_year(row),
            Pane::Projects => {
                self.project = self.projects().get(row).copied();
                self.offsets[Pane::Detail.index()] = 0;
            }
            Pane::Members => {
                self.member = Some(MemberIdx(row));
                self.offsets[Pane::Detail.index()] = 0;
            }
            Pane::Detail => {}
        }
    }
}
