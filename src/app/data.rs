//! What the app shows comes from: the data loaded, what it said about its files, and
//! what is built from it once per load.

use std::sync::Arc;

use crate::data::{Gaps, Loaded};
use crate::diag::{Diagnostic, Gap};
use crate::model::Model;
use crate::present::layout::Wants;
use crate::query::grid::Keys;
use crate::query::search::Index;

/// What was loaded, and what is built from it once per load.
#[derive(Debug)]
pub struct Data {
    /// Shared, so that work off the input thread (an export) can read it.
    pub model: Arc<Model>,
    /// The search index of the model (see [`super::App::without_index`]).
    pub index: Index,
    /// Whether `index` is the model's (and not still being built).
    pub(super) index_ready: bool,
    /// The matrix's filter index and sort keys.
    pub grid_keys: Keys,
    /// Whether `grid_keys` are the model's.
    pub(super) keys_ready: bool,
    /// How wide the browser's list panes would like to be for this data.
    pub pane_wants: Wants,
    /// Where the data came from, as shown in the status bar.
    pub origin: String,
    /// Where the data came from: the folder edits are written into.
    pub from: crate::data::Origin,
    /// The fingerprint of the data shown (see [`crate::data::Loaded::fingerprint`]).
    pub(super) fingerprint: u64,
    pub warnings: Vec<Diagnostic>,
    /// What the data still lacks (the gaps screen lists it): see [`Data::gaps`].
    gaps: Gaps,
    /// Errors of the data: while there are any, the app shows them and nothing else.
    pub errors: Vec<Diagnostic>,
    /// Errors of the files since the last good load: the last good data stays on
    /// screen, and `w` lists these.
    pub stale: Vec<Diagnostic>,
}

impl Data {
    /// The loaded data, without the search index and the matrix keys (which are built
    /// apart, see [`super::App::install`]).
    pub fn new(loaded: Loaded) -> Data {
        let (errors, warnings) = loaded
            .diagnostics
            .into_iter()
            .partition(Diagnostic::is_error);
        let model = Arc::new(loaded.model);
        Data {
            index: Index::default(),
            index_ready: false,
            grid_keys: Keys::default(),
            keys_ready: false,
            pane_wants: Wants::of(&model),
            origin: loaded.origin.describe(),
            from: loaded.origin.clone(),
            fingerprint: loaded.fingerprint,
            model,
            warnings,
            gaps: loaded.gaps,
            errors,
            stale: Vec::new(),
        }
    }

    /// What an edit is planned on (see [`crate::data::edit::plan`]).
    pub fn plan_on(&self) -> crate::data::edit::plan::On<'_> {
        crate::data::edit::plan::On {
            origin: &self.from,
            model: &self.model,
            gaps: &self.gaps,
        }
    }

    /// What the data still lacks, by kind, the largest first; found the first time
    /// it is asked for.
    pub fn gaps(&self) -> &[Gap] {
        self.gaps.list(&self.model)
    }
}
