//! Synthetic data of any size, for benchmarks and tests: `ikz generate`. The files are
//! a valid data folder (they pass `ikz check`), with German place names with umlauts,
//! projects of many fields, participation that changes over time (members join and
//! leave), counts reported beside the names, milestones and annual reports. The same
//! sizes and seed always give the same files.

use std::fmt::Write as _;
use std::io;
use std::path::Path;

/// The size of a generated data folder.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Size {
    pub members: usize,
    pub projects: usize,
    pub years: u16,
    pub seed: u64,
}

/// The first year of generated data.
pub const FIRST_YEAR: u16 = 2013;

/// A small deterministic random source (SplitMix64): no dependency, same output on
/// every platform.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `0..n` (0 for n = 0).
    fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            0
        } else {
            (self.next() % n as u64) as usize
        }
    }

    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items
            .get(self.below(items.len()))
            .copied()
            .unwrap_or_default()
    }

    fn chance(&mut self, percent: usize) -> bool {
        self.below(100) < percent
    }
}

const PREFIXES: &[&str] = &[
    "", "", "", "Groß-", "Klein-", "Ober-", "Nieder-", "Alt-", "Neu-", "Bad ", "Hohen", "Mittel",
];
const ROOTS: &[&str] = &[
    "Gerau", "Büttel", "Mörfel", "Rüssels", "Königs", "Wäldch", "Hütten", "Flörs", "Bischofs",
    "Nau", "Stock", "Gerns", "Raun", "Kelster", "Bieber", "Lauter", "Zwingen", "Weiß", "Höchst",
    "Dörn", "Schön", "Trebur", "Lorsch", "Fürth", "Grünst", "Mühl", "Brück", "Über", "Tann",
    "Eich", "Linden", "Birk", "Wolfs", "Fried", "Götz", "Sulz", "Ried", "Rhein", "Main", "Spreng",
];
const SUFFIXES: &[&str] = &[
    "heim", "bach", "dorf", "born", "burg", "hausen", "feld", "stadt", "au", "ingen", "rode",
    "tal", "weiler", "hofen",
];
const REGIONS: &[&str] = &[
    "",
    "",
    "",
    "",
    " am Main",
    " am Rhein",
    " im Ried",
    " an der Lahn",
    " (Odenwald)",
];
const TOPICS: &[(&str, &str)] = &[
    ("Klärschlammverwertung", "Ver- und Entsorgung"),
    ("Informationssicherheit", "Digitalisierung"),
    ("Gemeinsame Beschaffung von Feuerwehrbedarf", "Feuerwehr"),
    ("Hitzeaktionsplanung", "Klima und Umwelt"),
    ("Klimaschutzmanagement", "Klima und Umwelt"),
    ("Straßenbeleuchtung auf LED", "Bauen und Straßen"),
    ("Zusammenlegung der Bauhöfe", "Bauhof"),
    ("Bürgerdienste online", "Digitalisierung"),
    ("Standesamtswesen", "Bürgerdienste"),
    ("Bezügeabrechnung", "Personal"),
    ("Hinweisgeberschutz", "Recht"),
    ("Fördermittelmanagement", "Finanzen"),
    ("Prüfung elektrischer Anlagen", "Gebäude"),
    ("Reinigung öffentlicher Gebäude", "Gebäude"),
    ("Streusalzmanagement", "Winterdienst"),
    ("Strom- und Gaseinkauf", "Beschaffung"),
    ("Schulträgerschaft Grundschulen", "Bildung"),
    ("Jugendförderung", "Soziales"),
    ("Seniorenberatung", "Soziales"),
    ("Friedhofsverwaltung", "Bürgerdienste"),
    ("Gewässerunterhaltung", "Ver- und Entsorgung"),
    ("Glasfaserausbau", "Digitalisierung"),
    ("Radverkehrskonzept", "Mobilität"),
    ("Ärztliche Versorgung auf dem Land", "Gesundheit"),
];
const QUALIFIERS: &[&str] = &[
    "",
    "",
    "Pilot",
    "Phase II",
    "Süd",
    "Nord",
    "Verbund Ost",
    "Übergangslösung",
    "Größere Städte",
];
const MILESTONES: &[&str] = &[
    "Vereinbarung unterzeichnet",
    "Ausschreibung veröffentlicht",
    "Förderbescheid des Landes erhalten",
    "Gemeinsame Stelle besetzt",
    "Erster Erfahrungsbericht vorgelegt",
    "Weitere Kommunen beigetreten",
];

/// "Groß-Büttelheim am Main".
fn place_name(rng: &mut Rng) -> String {
    let prefix = rng.pick(PREFIXES);
    let root = rng.pick(ROOTS);
    // "Hohen" + "Gerau" is one word: "Hohengerau".
    let root = if prefix.ends_with(char::is_alphabetic) {
        root.to_lowercase()
    } else {
        root.to_string()
    };
    format!("{prefix}{root}{}{}", rng.pick(SUFFIXES), rng.pick(REGIONS))
}

/// A unique code of 2 to 4 capital letters for member `i`: the first letters of its
/// name where free, otherwise letters counted from `i`.
fn code(name: &str, i: usize, taken: &mut std::collections::HashSet<String>) -> String {
    let letters: String = name
        .chars()
        .filter(|c| c.is_alphabetic())
        .flat_map(char::to_uppercase)
        .collect();
    let first: String = letters.chars().take(3).collect();
    if first.chars().count() >= 2 && taken.insert(first.clone()) {
        return first;
    }
    let mut n = i;
    loop {
        let mut c = String::new();
        let mut k = n;
        for _ in 0..4 {
            c.insert(0, char::from(b'A' + (k % 26) as u8));
            k /= 26;
        }
        if taken.insert(c.clone()) {
            return c;
        }
        n = n.wrapping_add(7919);
    }
}

/// A TOML basic string.
fn quoted(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// The files of a data folder of this size: (path inside the folder, content).
pub fn files(size: Size) -> Vec<(String, String)> {
    let mut rng = Rng(size.seed);
    let years = size.years.max(1);
    let last = FIRST_YEAR + years - 1;
    let mut out = Vec::with_capacity(size.projects + 4);

    out.push((
        "ikz.toml".to_string(),
        format!(
            "# Synthetic data written by `ikz generate`: {} members, {} projects, {} years.\n\
             format = 1\n\n[coverage]\nfirst_year = {FIRST_YEAR}\nlast_year = {last}\n\n\
             [cooperation]\nname = \"Erzeugte Kooperation für Tests und Benchmarks\"\n\
             since = {FIRST_YEAR}\nsources = [\"erzeugt\"]\n",
            size.members, size.projects, years
        ),
    ));
    out.push((
        "sources.toml".to_string(),
        "[[source]]\nid = \"erzeugt\"\ntitle = \"Von ikz generate erzeugte Testdaten\"\n"
            .to_string(),
    ));

    let (members, ids) = members(size, &mut rng);
    out.push(("members.toml".to_string(), members));
    out.push(("reports.toml".to_string(), reports(last, &mut rng)));
    for i in 0..size.projects {
        out.push(project(size, i, last, &ids, &mut rng));
    }
    out
}

/// `members.toml`: unique ids, names and codes; the first member is the district. With
/// the ids, for the projects to name.
fn members(size: Size, rng: &mut Rng) -> (String, Vec<String>) {
    let mut members = String::new();
    let mut ids = Vec::with_capacity(size.members);
    let mut seen_ids = std::collections::HashSet::new();
    let mut codes = std::collections::HashSet::new();
    let mut names = std::collections::HashSet::new();
    for i in 0..size.members {
        let (mut name, kind) = if i == 0 {
            (format!("Kreis {}", place_name(rng)), "Landkreis")
        } else {
            let kind = if rng.chance(40) { "Stadt" } else { "Gemeinde" };
            (place_name(rng), kind)
        };
        // Names are unique (as validation asks); after a few tries, a number helps.
        let mut tries = 0;
        while !names.insert(crate::text::fold(&name)) {
            tries += 1;
            name = if tries < 20 {
                place_name(rng)
            } else {
                format!("{} {i}", place_name(rng))
            };
        }
        let mut id = crate::text::slug(&name);
        if !seen_ids.insert(id.clone()) {
            id = format!("{id}-{i}");
            seen_ids.insert(id.clone());
        }
        let code = code(&name, i, &mut codes);
        let _ = writeln!(
            members,
            "[[member]]\nid = {}\nname = {}\nkind = \"{kind}\"\ncode = \"{code}\"\nsources = [\"erzeugt\"]\n",
            quoted(&id),
            quoted(&name)
        );
        ids.push(id);
    }
    (members, ids)
}

/// `reports.toml`: a report every other year.
fn reports(last: u16, rng: &mut Rng) -> String {
    let mut reports = String::new();
    for (n, year) in (FIRST_YEAR..=last).step_by(2).enumerate() {
        let _ = writeln!(
            reports,
            "[[report]]\nnumber = {}\nyear = {year}\npages = {}\nhighlights = [\"Bericht über {year}\"]\nsources = [\"erzeugt\"]\n",
            n + 1,
            10 + rng.below(30)
        );
    }
    reports
}

/// One project's file: a title from the topics, a start and status, a run of members as
/// participants (some joining later or leaving early), a count now and then, milestones.
fn project(size: Size, i: usize, last: u16, ids: &[String], rng: &mut Rng) -> (String, String) {
    let years = size.years.max(1);
    let (topic, field) = TOPICS
        .get(rng.below(TOPICS.len()))
        .copied()
        .unwrap_or(("", ""));
    let qualifier = rng.pick(QUALIFIERS);
    let title = if qualifier.is_empty() {
        format!("{topic} {}", rng.pick(ROOTS))
    } else {
        format!("{topic} – {qualifier}")
    };
    let id = format!("p{i}-{}", crate::text::slug(topic));
    let start = FIRST_YEAR + rng.below(usize::from(years)) as u16;
    let (status, end) = match rng.below(10) {
        0..=5 => ("running", None),
        6..=8 if start < last => (
            "completed",
            Some(start + 1 + rng.below(usize::from(last - start)) as u16),
        ),
        _ if start == last => ("planned", None),
        _ => ("running", None),
    };
    let project_end = end.unwrap_or(last);
    let mut text = format!(
        "id = {}\ntitle = {}\nfield = {}\nsummary = {}\nstatus = \"{status}\"\nstart = {start}\n",
        quoted(&id),
        quoted(&title),
        quoted(field),
        quoted(&format!(
            "{topic}: gemeinsames Vorhaben mehrerer Kommunen, begonnen {start}."
        ))
    );
    if let Some(e) = end {
        let _ = writeln!(text, "end = {e}");
    }
    // Participants: a run of members from a random place, some joining later or
    // leaving early.
    let n = if size.members == 0 {
        0
    } else {
        1 + rng.below(size.members.min(60))
    };
    let from = rng.below(size.members.max(1));
    let mut parts = Vec::with_capacity(n);
    for k in 0..n {
        let Some(m) = ids.get((from + k) % size.members) else {
            continue;
        };
        let joined = (rng.chance(15) && start < project_end)
            .then(|| start + 1 + rng.below(usize::from(project_end - start)) as u16);
        let left = (rng.chance(10) && joined.unwrap_or(start) < project_end)
            .then_some(project_end - 1)
            .filter(|&l| l >= joined.unwrap_or(start));
        parts.push(match (joined, left) {
            (None, None) => quoted(m),
            (j, l) => {
                let mut t = format!("{{ member = {}", quoted(m));
                if let Some(j) = j {
                    let _ = write!(t, ", joined = {j}");
                }
                if let Some(l) = l {
                    let _ = write!(t, ", left = {l}");
                }
                t + " }"
            }
        });
    }
    let _ = writeln!(text, "participants = [{}]", parts.join(", "));
    if rng.chance(30) {
        let count = n + rng.below(size.members.saturating_sub(n) + 1);
        let _ = writeln!(
            text,
            "reported = [{{ year = {project_end}, count = {count} }}]"
        );
    }
    let _ = writeln!(text, "sources = [\"erzeugt\"]");
    for _ in 0..rng.below(3) {
        let year = start + rng.below(usize::from(project_end - start) + 1) as u16;
        let _ = write!(
            text,
            "\n[[milestone]]\nyear = {year}\ntext = {}\n",
            quoted(rng.pick(MILESTONES))
        );
    }
    (format!("projects/{id}.toml"), text)
}

/// A generated data set, loaded from memory as `ikz --data` would load the folder.
pub fn load(size: Size) -> crate::data::Loaded {
    let files = files(size);
    let borrowed: Vec<(&str, &[u8])> = files
        .iter()
        .map(|(p, c)| (p.as_str(), c.as_bytes()))
        .collect();
    crate::data::load_memory(&borrowed)
}

/// Writes a generated data folder into `dir` (created if missing); returns how many
/// files it wrote. Files of an earlier run with the same names are replaced.
pub fn write(dir: &Path, size: Size) -> io::Result<usize> {
    std::fs::create_dir_all(dir.join("projects"))?;
    let files = files(size);
    for (path, content) in &files {
        std::fs::write(dir.join(path), content)?;
    }
    Ok(files.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn generated_data_is_valid_at_any_size() {
        for (members, projects, years, seed) in [
            (15, 20, 12, 1),
            (1, 1, 1, 2),
            (500, 300, 20, 3),
            (1, 5, 3, 4),
            (40, 0, 1, 5),
        ] {
            let size = Size {
                members,
                projects,
                years,
                seed,
            };
            let loaded = load(size);
            let errors: Vec<String> = loaded
                .diagnostics
                .iter()
                .filter(|d| d.is_error())
                .map(|d| crate::present::words::problems::line(d, crate::diag::Lang::En))
                .take(5)
                .collect();
            assert!(errors.is_empty(), "{size:?}: {errors:#?}");
            assert_eq!(loaded.model.members.len(), members);
            assert_eq!(loaded.model.projects.len(), projects);
        }
    }

    #[test]
    fn the_same_size_and_seed_give_the_same_files() {
        let size = Size {
            members: 30,
            projects: 50,
            years: 10,
            seed: 7,
        };
        assert_eq!(files(size), files(size));
        assert_ne!(files(size), files(Size { seed: 8, ..size }));
    }

    #[test]
    fn names_have_umlauts_and_participation_changes() {
        let loaded = load(Size {
            members: 200,
            projects: 400,
            years: 12,
            seed: 9,
        });
        let m = &loaded.model;
        assert!(
            m.members
                .iter()
                .any(|x| x.name.contains(['ä', 'ö', 'ü', 'ß']))
        );
        assert!(m.projects.iter().any(|p| p.title.contains(['ä', 'ö', 'ü'])));
        assert!(
            m.projects
                .iter()
                .flat_map(|p| &p.participants)
                .any(|x| x.joined.is_some())
        );
        assert!(
            m.projects
                .iter()
                .flat_map(|p| &p.participants)
                .any(|x| x.left.is_some())
        );
        assert!(m.projects.iter().any(|p| !p.reported.is_empty()));
    }
}
