//! New data while the app runs (a file changed, or `r`). Data with errors never
//! replaces good data: the last good data stays on screen and the status bar says that
//! the files have errors, which `w` lists. Good data replaces the old, and the selection
//! stays where the same items (by id) still exist; each screen finds its own items again.

use super::screen::Screen;
use super::{App, Data, ErrorsState};
use crate::data::Loaded;
use crate::query::grid::Keys;
use crate::query::search::Index;

impl App {
    /// Takes freshly loaded data.
    pub fn reload(&mut self, loaded: Loaded) {
        let t = self.options.lang.texts();
        let asked = std::mem::take(&mut self.reload_asked);
        if loaded.fingerprint == self.data.fingerprint {
            // The files are as they were: nothing changes (the selection, the history,
            // a search and the last message stay), unless they had errors in between.
            if !self.data.stale.is_empty() {
                self.data.stale.clear();
                self.message = Some(t.reloaded.to_string());
            } else if asked {
                self.message = Some(t.reload_unchanged.to_string());
            }
            return;
        }
        let mut new = Data::new(loaded);
        if !new.errors.is_empty() && self.data.errors.is_empty() {
            // Keep the last good data (and its warnings); say why the new one is not shown.
            self.message = Some((t.reload_failed)(new.errors.len()));
            self.data.stale = new.errors;
            return;
        }

        // Where the user is, by id.
        let year = self.selected_year();
        let project = self.project.map(|p| self.data.model.project(p).id.clone());
        let member = self.member.map(|m| self.data.model.member(m).id.clone());

        // Built here, not in the background: a reload is not the first frame.
        new.index = Index::new(&new.model);
        new.grid_keys = Keys::new(&new.model);
        new.index_ready = true;
        new.keys_ready = true;
        let was_errors = !self.data.errors.is_empty();
        let old = std::mem::replace(&mut self.data, new).model;

        self.year = (0..self.year_count())
            .find(|&r| self.year_at(r) == year)
            .unwrap_or(0);
        let list = self.projects();
        self.project = project
            .and_then(|id| self.data.model.project_by_id(&id))
            .filter(|p| list.contains(p))
            .or_else(|| list.first().copied());
        self.member = member
            .and_then(|id| self.data.model.member_by_id(&id))
            .or_else(|| {
                (!self.data.model.members.is_empty()).then_some(crate::model::MemberIdx(0))
            });

        let is_errors = !self.data.errors.is_empty();
        if was_errors != is_errors {
            // From the errors to the data, or the other way: the screens start anew.
            if was_errors {
                self.select_start();
            }
            self.stack = self.first_screens();
        } else {
            let mut stack = std::mem::take(&mut self.stack);
            for s in &mut stack {
                s.reload(self, &old);
            }
            self.stack = stack;
            if self.stack.is_empty() {
                self.stack = vec![Screen::Errors(ErrorsState::default())];
            }
        }
        let wrote = std::mem::take(&mut self.history.just_wrote);
        if wrote && self.data.errors.is_empty() {
            // What was written says more than that the data was read again.
            return;
        }
        self.message = Some(if self.data.errors.is_empty() {
            t.reloaded.to_string()
        } else {
            (t.reload_failed)(self.data.errors.len())
        });
    }
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use ratatui::layout::Rect;

    use super::super::tests::{mx, options, press, project_id};
    use super::super::{App, Context, Effect, View};
    use crate::data::{Origin, load};

    /// A copy of the shipped data in a temporary folder, to change.
    fn copy_of_data() -> tempfile::TempDir {
        fn copy(from: &Path, to: &Path) {
            std::fs::create_dir_all(to).unwrap();
            for e in std::fs::read_dir(from).unwrap() {
                let e = e.unwrap();
                if e.path().is_dir() {
                    copy(&e.path(), &to.join(e.file_name()));
                } else {
                    std::fs::copy(e.path(), to.join(e.file_name())).unwrap();
                }
            }
        }
        let dir = tempfile::tempdir().unwrap();
        copy(
            &Path::new(env!("CARGO_MANIFEST_DIR")).join("data"),
            dir.path(),
        );
        dir
    }

    fn edit(dir: &Path, file: &str, from: &str, to: &str) {
        let path = dir.join(file);
        let text = std::fs::read_to_string(&path).unwrap();
        assert!(text.contains(from), "{file} lacks {from}");
        std::fs::write(path, text.replacen(from, to, 1)).unwrap();
    }

    fn folder_app(dir: &Path) -> App {
        let origin = Origin::Folder(dir.to_path_buf());
        App::new(load(&origin), options(), Rect::new(0, 0, 120, 40))
    }

    fn again(app: &mut App, dir: &Path) {
        app.reload(load(&Origin::Folder(dir.to_path_buf())));
        app.settle();
    }

    #[test]
    fn new_data_appears_and_the_selection_stays_on_the_same_items() {
        let dir = copy_of_data();
        let mut app = folder_app(dir.path());
        press(&mut app, "j j tab j j j j j j j");
        assert_eq!(project_id(&app), "klimaschutz");
        let member = app.member.map(|m| app.data.model.member(m).id.clone());
        // A new project sorts first and shifts every index; a title changes.
        std::fs::write(
            dir.path().join("projects/aaa-neu.toml"),
            "id = \"aaa-neu\"\ntitle = \"Ein neues Projekt\"\nstatus = \"running\"\nstart = 2024\nsources = [\"pm-2024\"]\n",
        )
        .unwrap();
        edit(
            dir.path(),
            "projects/klimaschutz.toml",
            "title = \"Klimaschutz\"",
            "title = \"Klimaschutz im Kreis\"",
        );
        again(&mut app, dir.path());
        assert_eq!(app.message.as_deref(), Some("Data reloaded."));
        assert_eq!(project_id(&app), "klimaschutz");
        assert_eq!(
            app.data.model.project(app.project.unwrap()).title,
            "Klimaschutz im Kreis"
        );
        assert_eq!(
            app.member.map(|m| app.data.model.member(m).id.clone()),
            member
        );
        assert_eq!(app.selected_year(), Some(2024));
        assert_eq!(app.data.model.projects.len(), 23);
    }

    #[test]
    fn a_reload_keeps_the_way_back_the_search_and_the_message_where_the_data_holds_them() {
        let dir = copy_of_data();
        let mut app = folder_app(dir.path());
        press(&mut app, "j j tab j j j j j j j");
        assert_eq!(project_id(&app), "klimaschutz");
        // Enter follows the link to the other list; Esc would come back.
        let focus = |app: &App| app.browser().map(|b| b.focus);
        let (start, member) = (focus(&app), app.member);
        press(&mut app, "enter");
        let (followed, followed_member) = (focus(&app), app.member);
        assert_ne!((followed, followed_member), (start, member));
        // Unchanged files: nothing changes, not even the message.
        app.message = Some("Exported: x.csv".into());
        again(&mut app, dir.path());
        assert_eq!(app.message.as_deref(), Some("Exported: x.csv"));
        // Changed files: a new project shifts every index, the way back still holds.
        std::fs::write(
            dir.path().join("projects/aaa-neu.toml"),
            "id = \"aaa-neu\"\ntitle = \"Ein neues Projekt\"\nstatus = \"running\"\nstart = 2024\nsources = [\"pm-2024\"]\n",
        )
        .unwrap();
        again(&mut app, dir.path());
        assert_eq!((focus(&app), app.member), (followed, followed_member));
        press(&mut app, "esc");
        assert_eq!(
            (focus(&app), app.member),
            (start, member),
            "Esc goes back after the reload"
        );
        assert_eq!(project_id(&app), "klimaschutz");
        // A search keeps its text.
        press(&mut app, "/ k l i m a");
        std::fs::remove_file(dir.path().join("projects/aaa-neu.toml")).unwrap();
        again(&mut app, dir.path());
        assert_eq!(app.search().map(|s| s.line.text.as_str()), Some("klima"));
        assert!(app.search().is_some_and(|s| !s.hits().is_empty()));
    }

    #[test]
    fn r_says_when_nothing_changed() {
        let dir = copy_of_data();
        let mut app = folder_app(dir.path());
        press(&mut app, "r");
        assert_eq!(app.take_effect(), Some(Effect::Reload));
        again(&mut app, dir.path());
        assert_eq!(
            app.message.as_deref(),
            Some("Data read again: nothing changed.")
        );
    }

    #[test]
    fn broken_files_keep_the_last_good_data_until_they_are_fixed() {
        let dir = copy_of_data();
        let mut app = folder_app(dir.path());
        let projects = app.data.model.projects.len();
        edit(
            dir.path(),
            "projects/klimaschutz.toml",
            "title = \"Klimaschutz\"",
            "title = \"Klimaschutz",
        );
        again(&mut app, dir.path());
        assert_eq!(
            app.data.model.projects.len(),
            projects,
            "the last good data stays"
        );
        assert!(!app.data.stale.is_empty());
        assert_eq!(app.context(), Context::Browser);
        assert!(
            app.message
                .clone()
                .unwrap_or_default()
                .contains("last good data")
        );
        press(&mut app, "w");
        let text = crate::ui::tests::screen(&app);
        assert!(text.contains("klimaschutz.toml:"), "{text}");
        press(&mut app, "esc");
        // Fixed: the new data appears, the errors go.
        edit(
            dir.path(),
            "projects/klimaschutz.toml",
            "title = \"Klimaschutz",
            "title = \"Klimaschutz neu\"",
        );
        again(&mut app, dir.path());
        assert!(app.data.stale.is_empty());
        assert!(
            app.data
                .model
                .projects
                .iter()
                .any(|p| p.title == "Klimaschutz neu")
        );
    }

    #[test]
    fn data_that_started_broken_appears_once_fixed() {
        let dir = copy_of_data();
        edit(
            dir.path(),
            "members.toml",
            "code = \"BIE\"",
            "code = \"bie\"",
        );
        let mut app = folder_app(dir.path());
        assert_eq!(app.context(), Context::Errors);
        press(&mut app, "r");
        assert_eq!(app.take_effect(), Some(Effect::Reload));
        // Still broken: the error screen shows the new list.
        again(&mut app, dir.path());
        assert_eq!(app.context(), Context::Errors);
        edit(
            dir.path(),
            "members.toml",
            "code = \"bie\"",
            "code = \"BIE\"",
        );
        again(&mut app, dir.path());
        assert_eq!(app.context(), Context::Browser);
        assert_eq!(app.data.model.members.len(), 15);
    }

    #[test]
    fn r_on_the_built_in_data_says_it_does_not_change() {
        let mut app = super::super::tests::app();
        press(&mut app, "r");
        assert_eq!(app.take_effect(), None);
        assert!(app.message.clone().unwrap_or_default().contains("built-in"));
    }

    #[test]
    fn the_matrix_and_the_search_survive_a_reload() {
        let dir = copy_of_data();
        let mut app = folder_app(dir.path());
        press(&mut app, "0 m g j j l l l s");
        let cursor = (mx(&app).project(), mx(&app).member());
        let ids = (
            app.data.model.project(cursor.0.unwrap()).id.clone(),
            app.data.model.member(cursor.1.unwrap()).id.clone(),
        );
        std::fs::write(
            dir.path().join("projects/aaa-neu.toml"),
            "id = \"aaa-neu\"\ntitle = \"AAA\"\nstatus = \"running\"\nstart = 2020\nsources = [\"pm-2024\"]\n",
        )
        .unwrap();
        again(&mut app, dir.path());
        assert_eq!(app.view(), View::Matrix);
        assert_eq!(mx(&app).grid.rows.len(), 23);
        assert_eq!(
            app.data.model.project(mx(&app).project().unwrap()).id,
            ids.0
        );
        assert_eq!(app.data.model.member(mx(&app).member().unwrap()).id, ids.1);
        assert_eq!(mx(&app).grid.spec.rows, crate::query::grid::RowOrder::Start);
        // The search prompt keeps its text and searches the new data.
        press(&mut app, "m / a a a");
        again(&mut app, dir.path());
        let st = app.search().unwrap();
        assert_eq!(st.line.text, "aaa");
        assert_eq!(app.data.index.name(st.hits()[0].item), "AAA");
    }
}
